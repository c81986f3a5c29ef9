/**
 * Where a number shown to readers comes from, and how sure a claim is. Every threshold, point
 * value, weight and band in the model carries an Evidence, so the site can say "documented",
 * "as reported" or "illustrative" next to the number it came with; every claim a chapter
 * judges carries a Verdict status. Both vocabularies live here and nowhere else.
 */
export type RefId = string;

export type Evidence =
  /** Seen in a source we cite (a bibliography id). */
  | { readonly kind: 'documented'; readonly refs: readonly RefId[]; readonly note?: string }
  /** Widely repeated, but the primary source could not be confirmed. */
  | { readonly kind: 'reported'; readonly refs: readonly RefId[]; readonly note?: string }
  /** No source gives this number; we chose it to make the widget work. */
  | { readonly kind: 'illustrative'; readonly note: string; readonly refs?: readonly RefId[] };

export type EvidenceKind = Evidence['kind'];

export const documented = (refs: readonly RefId[], note?: string): Evidence => ({ kind: 'documented', refs, ...(note ? { note } : {}) });
export const reported = (refs: readonly RefId[], note?: string): Evidence => ({ kind: 'reported', refs, ...(note ? { note } : {}) });
export const illustrative = (note: string, refs?: readonly RefId[]): Evidence => ({ kind: 'illustrative', note, ...(refs ? { refs } : {}) });

/** The label a reader sees beside a number, and what it means (the sources page lists these). */
export const evidenceKinds: Readonly<Record<EvidenceKind, { readonly label: string; readonly meaning: string }>> = {
  documented: { label: 'documented', meaning: 'Seen in a source we cite.' },
  reported: { label: 'as reported', meaning: 'Widely repeated, but we could not confirm the original.' },
  illustrative: { label: 'illustrative', meaning: 'No source gives this number; we chose it so an interactive can work, and say so beside it.' },
};

export function evidenceLabel(evidence: Evidence): string {
  return evidenceKinds[evidence.kind].label;
}

export function refsOf(evidence: Evidence): readonly RefId[] {
  return evidence.refs ?? [];
}

/**
 * A chapter's judgement on a claim people repeat. "Unsupported" and "myth" differ on purpose:
 * the first is a claim we found no evidence for either way, the second one that evidence
 * contradicts. Calling an unsupported claim a myth would overstate what we know.
 */
export const verdictStatuses = {
  documented: { label: 'Documented', meaning: 'Seen in a source we cite.' },
  reported: { label: 'Reported, unconfirmed', meaning: 'Widely repeated, but we could not confirm the original.' },
  unsupported: { label: 'Unsupported', meaning: 'Claimed, but we found no evidence for it.' },
  myth: { label: 'Myth', meaning: 'Contradicted by evidence.' },
} as const;

export type VerdictStatus = keyof typeof verdictStatuses;

export function isVerdictStatus(status: string): status is VerdictStatus {
  return Object.hasOwn(verdictStatuses, status);
}

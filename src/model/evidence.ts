/**
 * Where a number shown to readers comes from, and how sure a claim is. Every threshold, point
 * value, weight and band in the model carries an Evidence, so the site can say "documented",
 * "as reported" or "illustrative" next to the number it came with; every claim a chapter
 * judges carries a Verdict status. Both vocabularies are defined here and nowhere else; their
 * words, per locale, are in the model copy (`common.evidence`, `common.verdicts`).
 */
export type RefId = string;

/** Keys a note in the model copy (`notes`), so the note can be translated like any text. */
export type NoteKey = string;

export type Evidence =
  /** Seen in a source we cite (a bibliography id). */
  | { readonly kind: 'documented'; readonly refs: readonly RefId[]; readonly note?: NoteKey }
  /** Widely repeated, but the primary source could not be confirmed. */
  | { readonly kind: 'reported'; readonly refs: readonly RefId[]; readonly note?: NoteKey }
  /** No source gives this number; we chose it to make the widget work. The note says why. */
  | { readonly kind: 'illustrative'; readonly note: NoteKey; readonly refs?: readonly RefId[] };

export const evidenceKinds = ['documented', 'reported', 'illustrative'] as const;
export type EvidenceKind = (typeof evidenceKinds)[number];

export const documented = (refs: readonly RefId[], note?: NoteKey): Evidence => ({ kind: 'documented', refs, ...(note ? { note } : {}) });
export const reported = (refs: readonly RefId[], note?: NoteKey): Evidence => ({ kind: 'reported', refs, ...(note ? { note } : {}) });
export const illustrative = (note: NoteKey, refs?: readonly RefId[]): Evidence => ({ kind: 'illustrative', note, ...(refs ? { refs } : {}) });

export function refsOf(evidence: Evidence): readonly RefId[] {
  return evidence.refs ?? [];
}

/**
 * A chapter's judgement on a claim people repeat. "Unsupported" and "myth" differ on purpose:
 * the first is a claim we found no evidence for, the second one that evidence contradicts.
 * Calling an unsupported claim a myth would overstate what we know.
 */
export const verdictStatuses = ['documented', 'reported', 'unsupported', 'myth'] as const;
export type VerdictStatus = (typeof verdictStatuses)[number];

export function isVerdictStatus(status: string): status is VerdictStatus {
  return (verdictStatuses as readonly string[]).includes(status);
}

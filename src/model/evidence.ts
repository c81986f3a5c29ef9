/**
 * Where a number shown to readers comes from. Every threshold, point value, weight and band
 * in the model carries one of these, so the site can say "documented", "reported" or
 * "illustrative" next to the number it came with.
 */
export type RefId = string;

export type Evidence =
  /** Seen in a source we cite (a bibliography id). */
  | { readonly kind: 'documented'; readonly refs: readonly RefId[]; readonly note?: string }
  /** Widely repeated, but the primary source could not be confirmed. */
  | { readonly kind: 'reported'; readonly refs: readonly RefId[]; readonly note?: string }
  /** No source gives this number; we chose it to make the widget work. */
  | { readonly kind: 'illustrative'; readonly note: string; readonly refs?: readonly RefId[] };

export const documented = (refs: readonly RefId[], note?: string): Evidence => ({ kind: 'documented', refs, ...(note ? { note } : {}) });
export const reported = (refs: readonly RefId[], note?: string): Evidence => ({ kind: 'reported', refs, ...(note ? { note } : {}) });
export const illustrative = (note: string, refs?: readonly RefId[]): Evidence => ({ kind: 'illustrative', note, ...(refs ? { refs } : {}) });

/** The label a reader sees beside a number. */
export function evidenceLabel(evidence: Evidence): string {
  switch (evidence.kind) {
    case 'documented':
      return 'documented';
    case 'reported':
      return 'as reported';
    case 'illustrative':
      return 'illustrative';
  }
}

export function refsOf(evidence: Evidence): readonly RefId[] {
  return evidence.refs ?? [];
}

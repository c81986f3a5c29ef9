import type { Evidence, RefId } from './evidence';
import { refsOf } from './evidence';
import { fill, type Formatter } from '../i18n/format';
import type { CommonCopy } from './copy';
import type { IconId } from '../widgets/shared/icons';

/**
 * The shape every scoring system shares: a scale, named bands (tiers or grades), and
 * consequences that switch on or off at thresholds. Each system module adds its own inputs
 * and its own score function. Everything here is pure and knows nothing about the page; the
 * words for each id are model copy, per locale, in src/model/copy/.
 */
export interface Scale {
  readonly min: number;
  readonly max: number;
  readonly evidence: Evidence;
}

export interface Band {
  readonly id: string;
  /** Inclusive bounds. */
  readonly min: number;
  readonly max: number;
  readonly evidence: Evidence;
  /** The band's name in the system's own language, where it has one: a fact, not a translation. */
  readonly nativeName?: string;
}

export type ConsequenceKind = 'perk' | 'reward' | 'restriction' | 'shaming' | 'loan';

/** Whether a consequence is something a reader gains or something that is done to them. */
export type Polarity = 'benefit' | 'penalty';

export function polarityOf(kind: ConsequenceKind): Polarity {
  return kind === 'restriction' || kind === 'shaming' ? 'penalty' : 'benefit';
}

/** Bounds on the score; a missing side is open. `above` is exclusive, as sources say "over 750". */
export interface Threshold {
  readonly atLeast?: number;
  readonly above?: number;
  readonly atMost?: number;
}

export interface ConflictingReport {
  /** Keys its words in the system's copy (`conflicting`). */
  readonly id: string;
  readonly threshold: Threshold;
  readonly evidence: Evidence;
}

export interface Consequence {
  readonly id: string;
  readonly kind: ConsequenceKind;
  readonly when: Threshold;
  readonly evidence: Evidence;
  /** The thing it is about, drawn beside its status (src/widgets/shared/icons.ts); never the only sign of what it is. */
  readonly icon?: IconId;
  /** Other sources that put the same consequence at a different threshold. */
  readonly conflicting?: readonly ConflictingReport[];
}

export interface ScoringSystem {
  readonly id: string;
  readonly scale: Scale;
  readonly bands: readonly Band[];
  readonly consequences: readonly Consequence[];
}

/** The words a system's views need for its bands and consequences, keyed by id. */
export interface SystemCopy {
  readonly name: string;
  /** What the system calls its bands, as in "tier now Good" or "grade now AA". */
  readonly bandNoun: string;
  readonly bands: Readonly<Record<string, { readonly label: string; readonly gloss?: string }>>;
  readonly consequences: Readonly<Record<string, { readonly label: string; readonly detail: string }>>;
  readonly conflicting: Readonly<Record<string, string>>;
}

/** Everything a sentence about a system needs: its words, the shared templates, the formats. */
export interface Voice<Copy extends SystemCopy = SystemCopy> {
  readonly copy: Copy;
  readonly common: CommonCopy;
  readonly format: Formatter;
}

export class ScoreRangeError extends RangeError {
  constructor(system: ScoringSystem, score: number) {
    super(`${system.id}: score ${score} is outside the scale ${system.scale.min} to ${system.scale.max}`);
    this.name = 'ScoreRangeError';
  }
}

export function assertOnScale(system: ScoringSystem, score: number): void {
  if (!Number.isFinite(score) || score < system.scale.min || score > system.scale.max) {
    throw new ScoreRangeError(system, score);
  }
}

export function meets(threshold: Threshold, score: number): boolean {
  return (
    (threshold.atLeast === undefined || score >= threshold.atLeast) &&
    (threshold.above === undefined || score > threshold.above) &&
    (threshold.atMost === undefined || score <= threshold.atMost)
  );
}

export function bandAt(system: ScoringSystem, score: number): Band {
  assertOnScale(system, score);
  const band = system.bands.find((b) => score >= b.min && score <= b.max);
  if (!band) throw new ScoreRangeError(system, score);
  return band;
}

export interface ConsequenceState {
  readonly unlocked: readonly Consequence[];
  readonly locked: readonly Consequence[];
}

/** With no score (someone who is not scored at all), nothing is unlocked. */
export function consequencesAt(system: ScoringSystem, score: number | null): ConsequenceState {
  if (score !== null) assertOnScale(system, score);
  const unlocked: Consequence[] = [];
  const locked: Consequence[] = [];
  for (const consequence of system.consequences) {
    (score !== null && meets(consequence.when, score) ? unlocked : locked).push(consequence);
  }
  return { unlocked, locked };
}

/**
 * Every line a view can draw on a system's scale, each once, lowest first: band edges and the
 * thresholds of consequences (conflicting reports included), with what each line is.
 */
export function scaleLines(system: ScoringSystem): { value: number; bandEdge: boolean; consequences: readonly string[] }[] {
  const lines = new Map<number, { bandEdge: boolean; consequences: string[] }>();
  const at = (value: number) => lines.get(value) ?? lines.set(value, { bandEdge: false, consequences: [] }).get(value)!;
  for (const band of system.bands.slice(1)) at(band.min).bandEdge = true;
  for (const c of system.consequences) {
    for (const threshold of [c.when, ...(c.conflicting ?? []).map((r) => r.threshold)]) {
      const value = threshold.atLeast ?? threshold.above;
      if (value !== undefined && !at(value).consequences.includes(c.id)) at(value).consequences.push(c.id);
    }
  }
  return [...lines].sort(([a], [b]) => a - b).map(([value, line]) => ({ value, ...line }));
}

/** The nearest line above a score that would unlock something, if any: where the next perk is. */
export function nextLine(system: ScoringSystem, score: number): { value: number; consequences: readonly Consequence[] } | null {
  const locked = consequencesAt(system, score).locked.filter((c) => c.when.atLeast !== undefined || c.when.above !== undefined);
  const reachAt = (c: Consequence) => c.when.atLeast ?? c.when.above! + 1;
  const above = locked.map(reachAt).filter((v) => v > score);
  if (above.length === 0) return null;
  const value = Math.min(...above);
  return { value, consequences: locked.filter((c) => reachAt(c) === value) };
}

export interface Change {
  readonly before: number | null;
  readonly after: number | null;
  readonly bandBefore: Band | null;
  readonly bandAfter: Band | null;
  readonly unlocked: readonly Consequence[];
  readonly locked: readonly Consequence[];
}

export function compare(system: ScoringSystem, before: number | null, after: number | null): Change {
  const was = new Set(consequencesAt(system, before).unlocked.map((c) => c.id));
  const now = consequencesAt(system, after).unlocked;
  const nowIds = new Set(now.map((c) => c.id));
  return {
    before,
    after,
    bandBefore: before === null ? null : bandAt(system, before),
    bandAfter: after === null ? null : bandAt(system, after),
    unlocked: now.filter((c) => !was.has(c.id)),
    locked: system.consequences.filter((c) => was.has(c.id) && !nowIds.has(c.id)),
  };
}

/** The ids whose status a change flipped, so views can mark exactly those rows. */
export const flippedIds = (change: Change): Set<string> => new Set([...change.unlocked, ...change.locked].map((c) => c.id));

export function describeThreshold(threshold: Threshold, { common, format }: Pick<Voice, 'common' | 'format'>): string {
  const { atLeast, above, atMost } = threshold;
  const t = common.threshold;
  if (atLeast !== undefined && atMost !== undefined) return fill(t.range, { low: format.number(atLeast), high: format.number(atMost) });
  if (atLeast !== undefined) return fill(t.atLeast, { value: format.number(atLeast) });
  if (above !== undefined) return fill(t.above, { value: format.number(above) });
  if (atMost !== undefined) return fill(t.atMost, { value: format.number(atMost) });
  return t.any;
}

/**
 * One plain sentence for a change: the words a screen reader announces and a caption shows.
 * `cause` says what the reader did, when that is worth repeating back to them.
 */
export function describeChange(change: Change, voice: Voice, cause?: string): string {
  const { copy, common, format } = voice;
  const t = common.change;
  const band = (b: Band | null) => copy.bands[b!.id]!.label;
  const labels = (list: readonly Consequence[]) => list.map((c) => copy.consequences[c.id]!.label).join(t.listSeparator);
  const parts: string[] = [];
  if (cause) parts.push(fill(t.cause, { cause: cause.replace(/[.。]$/, '') }));
  const { before, after, bandBefore, bandAfter } = change;
  if (after === null) {
    parts.push(before === null ? t.notScored : t.noLongerScored);
  } else if (before === null) {
    parts.push(fill(t.scoredAt, { score: format.number(after), bandNoun: copy.bandNoun, band: band(bandAfter) }));
  } else if (before === after) {
    parts.push(fill(t.stays, { score: format.number(after) }));
  } else {
    const bandChange = bandBefore!.id === bandAfter!.id ? '' : fill(t.bandNow, { bandNoun: copy.bandNoun, band: band(bandAfter) });
    parts.push(fill(t.moved, { before: format.number(before), after: format.number(after), delta: format.delta(after - before), bandChange }));
  }
  if (change.unlocked.length) parts.push(fill(t.unlocked, { list: labels(change.unlocked) }));
  if (change.locked.length) parts.push(fill(t.lost, { list: labels(change.locked) }));
  return parts.join(t.sentenceSeparator);
}

/** Every bibliography id a system's numbers rest on, for checks and for source lists. */
export function systemRefs(system: ScoringSystem, extra: readonly Evidence[] = []): Set<RefId> {
  const evidence: Evidence[] = [
    system.scale.evidence,
    ...system.bands.map((b) => b.evidence),
    ...system.consequences.flatMap((c) => [c.evidence, ...(c.conflicting ?? []).map((r) => r.evidence)]),
    ...extra,
  ];
  return new Set(evidence.flatMap(refsOf));
}

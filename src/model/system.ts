import type { Evidence, RefId } from './evidence';
import { refsOf } from './evidence';

/**
 * The shape every scoring system shares: a scale, named bands (tiers or grades), and
 * consequences that switch on or off at thresholds. Each system module adds its own inputs
 * and its own score function; everything here is pure and knows nothing about the page.
 */
export interface Scale {
  readonly min: number;
  readonly max: number;
  readonly evidence: Evidence;
}

export interface Band {
  readonly id: string;
  readonly label: string;
  /** Inclusive bounds. */
  readonly min: number;
  readonly max: number;
  readonly evidence: Evidence;
  /** The band's name in the system's own language, where it has one. */
  readonly nativeName?: string;
  /** Extra words readers need, such as a disputed nickname. */
  readonly gloss?: string;
}

export type ConsequenceKind = 'perk' | 'reward' | 'restriction' | 'shaming' | 'loan';

/** Bounds on the score; a missing side is open. `above` is exclusive, as sources say "over 750". */
export interface Threshold {
  readonly atLeast?: number;
  readonly above?: number;
  readonly atMost?: number;
}

export interface ConflictingReport {
  readonly threshold: Threshold;
  readonly evidence: Evidence;
  readonly note: string;
}

export interface Consequence {
  readonly id: string;
  readonly label: string;
  readonly detail: string;
  readonly kind: ConsequenceKind;
  readonly when: Threshold;
  readonly evidence: Evidence;
  /** Other sources that put the same consequence at a different threshold. */
  readonly conflicting?: readonly ConflictingReport[];
}

export interface ScoringSystem {
  readonly id: string;
  readonly name: string;
  /** What the system calls its bands, as in "tier now Good" or "grade now AA". */
  readonly bandNoun: string;
  readonly scale: Scale;
  readonly bands: readonly Band[];
  readonly consequences: readonly Consequence[];
}

export class ScoreRangeError extends RangeError {
  constructor(system: ScoringSystem, score: number) {
    super(`${system.name}: score ${score} is outside the scale ${system.scale.min} to ${system.scale.max}`);
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

export interface Change {
  readonly bandNoun: string;
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
    bandNoun: system.bandNoun,
    before,
    after,
    bandBefore: before === null ? null : bandAt(system, before),
    bandAfter: after === null ? null : bandAt(system, after),
    unlocked: now.filter((c) => !was.has(c.id)),
    locked: system.consequences.filter((c) => was.has(c.id) && !nowIds.has(c.id)),
  };
}

const numberFormat = new Intl.NumberFormat('en-GB');
export const formatScore = (score: number): string => numberFormat.format(score);

/** "6 December 2015", "July 2015" or "2015", as precise as an ISO date (or part of one) is. */
export function formatIsoDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  const format = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'long', ...(day ? { day: 'numeric' } : {}), timeZone: 'UTC' });
  return format.format(new Date(Date.UTC(year!, month - 1, day ?? 1)));
}

export function formatDelta(delta: number): string {
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return `${sign}${numberFormat.format(Math.abs(delta))}`;
}

export function describeThreshold(threshold: Threshold): string {
  const { atLeast, above, atMost } = threshold;
  if (atLeast !== undefined && atMost !== undefined) return `${formatScore(atLeast)}–${formatScore(atMost)}`;
  if (atLeast !== undefined) return `${formatScore(atLeast)} or more`;
  if (above !== undefined) return `over ${formatScore(above)}`;
  if (atMost !== undefined) return `${formatScore(atMost)} or less`;
  return 'any score';
}

function listLabels(consequences: readonly Consequence[]): string {
  return consequences.map((c) => c.label).join('; ');
}

/**
 * One plain sentence for a change: the words a screen reader announces and a caption shows.
 * `cause` says what the reader did, when that is worth repeating back to them.
 */
export function describeChange(change: Change, cause?: string): string {
  const parts: string[] = [];
  if (cause) parts.push(cause.endsWith('.') ? cause : `${cause}.`);
  const { before, after, bandBefore, bandAfter } = change;
  if (after === null) {
    parts.push(before === null ? 'Not scored.' : 'No longer scored.');
  } else if (before === null) {
    parts.push(`Scored at ${formatScore(after)}, ${change.bandNoun} ${bandAfter!.label}.`);
  } else if (before === after) {
    parts.push(`Score stays at ${formatScore(after)}.`);
  } else {
    const bandText = bandBefore!.id === bandAfter!.id ? '' : `, ${change.bandNoun} now ${bandAfter!.label}`;
    parts.push(`Score ${formatScore(before)} to ${formatScore(after)} (${formatDelta(after - before)})${bandText}.`);
  }
  if (change.unlocked.length) parts.push(`Unlocked: ${listLabels(change.unlocked)}.`);
  if (change.locked.length) parts.push(`Lost: ${listLabels(change.locked)}.`);
  return parts.join(' ');
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

import { illustrative, refsOf, type Evidence } from './evidence';
import type * as Schufa from './schufa';
import { assertOnScale, bandAt, compare, describeChange, flippedIds, type Band, type Change, type ScoringSystem, type SystemCopy, type Voice } from './system';
import { fill } from '../i18n/format';
import type { FicoCopy } from './copy';

/**
 * FICO (United States), for "Build a FICO score" in the Schufa chapter. Cited: the 300–850
 * scale, the five category weights FICO publishes (35/30/15/10/10), the bands commonly used
 * with them, and the "Score" dating app's 675 line. Ours, and labelled illustrative wherever
 * shown: how the five category standings add up to a score (FICO publishes the weights, not
 * the formula), the profiles, and the loan-rate tiers. Words: model copy `fico`.
 *
 * FICO's facts are Schufa's model's (src/model/schufa.ts), which this file imports only as
 * types: `buildFicoData` is handed them on the server (src/widgets/fico-builder/data.ts) and
 * the island gets the result as plain data, so its bundle carries these rules and neither
 * model's data.
 */

export const STANDING_MIN = 0;
export const STANDING_MAX = 100;

/**
 * The five categories FICO publishes, in the order of their weights: the same ids as Schufa's
 * model (`ficoCategoryIds`, a test holds them equal), written here so that the island, which
 * needs them for its URL codec, does not load that model.
 */
export const categoryIds = ['payment-history', 'amounts-owed', 'length-of-history', 'new-credit', 'credit-mix'] as const;
export type CategoryId = (typeof categoryIds)[number];

export interface FicoCategory {
  readonly id: CategoryId;
  /** Share of the score, 0–1, as FICO publishes it for the general population. */
  readonly weight: number;
}

export const profileIds = ['new-to-credit', 'missed-payments', 'long-clean-record'] as const;
export type ProfileId = (typeof profileIds)[number];

export type Standings = Readonly<Record<CategoryId, number>>;

export interface FicoState {
  readonly standings: Standings;
}

export interface FicoProfile {
  readonly id: ProfileId;
  readonly state: FicoState;
  readonly evidence: Evidence;
}

export interface FicoData {
  readonly system: ScoringSystem;
  readonly categories: readonly FicoCategory[];
  readonly weightsEvidence: Evidence;
  readonly formulaEvidence: Evidence;
  readonly profiles: readonly FicoProfile[];
}

const standings = (values: readonly number[]): Standings => Object.fromEntries(categoryIds.map((id, i) => [id, values[i]])) as Record<CategoryId, number>;

/** What of Schufa's model the builder uses: FICO's range, weights, bands and the dating app's line. */
export type FicoFacts = Pick<
  typeof Schufa,
  'FICO_MIN' | 'FICO_MAX' | 'ficoRangeEvidence' | 'ficoWeights' | 'ficoWeightsEvidence' | 'ficoBands' | 'ficoBandsEvidence' | 'scoreDatingApp'
>;

/** The builder's data: FICO's documented facts, with our rate tiers (at the usual bands' edges) and profiles. */
export function buildFicoData(facts: FicoFacts): FicoData {
  const { FICO_MIN, FICO_MAX, ficoRangeEvidence, ficoWeights, ficoWeightsEvidence, ficoBands, ficoBandsEvidence, scoreDatingApp } = facts;
  const bandMin = (id: Schufa.FicoBandId): number => ficoBands.find((b) => b.id === id)!.min;
  const rateTier = illustrative('fico.rate-tier');
  const madeUp = illustrative('fico.profile');
  return {
    system: {
      id: 'fico',
      scale: { min: FICO_MIN, max: FICO_MAX, evidence: ficoRangeEvidence },
      bands: ficoBands.map((b) => ({ ...b, evidence: ficoBandsEvidence })),
      // The rate tiers are ours, at the edges of the usual bands; the dating app's line is documented.
      consequences: [
        { id: 'likely-declined', kind: 'restriction', icon: 'loan', when: { atMost: bandMin('fair') - 1 }, evidence: rateTier },
        { id: 'high-rate-loan', kind: 'loan', icon: 'loan', when: { atLeast: bandMin('fair') }, evidence: rateTier },
        { id: 'standard-rate-loan', kind: 'loan', icon: 'loan', when: { atLeast: bandMin('good') }, evidence: rateTier },
        { id: 'score-dating-app', kind: 'perk', icon: 'phone', when: { atLeast: scoreDatingApp.minScore }, evidence: scoreDatingApp.evidence },
        { id: 'best-rate-loan', kind: 'loan', icon: 'money', when: { atLeast: bandMin('very-good') }, evidence: rateTier },
      ],
    },
    categories: ficoWeights,
    weightsEvidence: ficoWeightsEvidence,
    formulaEvidence: illustrative('fico.formula', ['nfcc-fico']),
    profiles: [
      { id: 'new-to-credit', state: { standings: standings([70, 70, 10, 40, 20]) }, evidence: madeUp },
      { id: 'missed-payments', state: { standings: standings([20, 40, 60, 60, 60]) }, evidence: madeUp },
      { id: 'long-clean-record', state: { standings: standings([95, 85, 90, 80, 80]) }, evidence: madeUp },
    ],
  };
}

/** Everyone starts in the middle of every category. */
export const defaultFicoState: FicoState = { standings: standings(categoryIds.map(() => 50)) };

export const isCategoryId = (id: string): id is CategoryId => (categoryIds as readonly string[]).includes(id);

function assertStandings(values: Record<string, number>): asserts values is Standings {
  for (const id of Object.keys(values)) if (!isCategoryId(id)) throw new RangeError(`FICO: unknown category "${id}"`);
  for (const id of categoryIds) {
    const v = values[id];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < STANDING_MIN || v > STANDING_MAX) {
      throw new RangeError(`FICO: standing for ${id} must be a whole number from ${STANDING_MIN} to ${STANDING_MAX}, got ${String(v)}`);
    }
  }
}

/** Our illustration: the weighted share of the five standings, laid on 300–850 and rounded. */
export function ficoScore(data: FicoData, state: FicoState): number {
  assertStandings(state.standings);
  const share = data.categories.reduce((sum, c) => sum + c.weight * state.standings[c.id], 0) / STANDING_MAX;
  const score = Math.round(data.system.scale.min + (data.system.scale.max - data.system.scale.min) * share);
  assertOnScale(data.system, score);
  return score;
}

/** Sets one category's standing, rounded and kept on 0–100. */
export function setStanding(state: FicoState, id: string, value: number): FicoState {
  if (!isCategoryId(id)) throw new RangeError(`FICO: unknown category "${id}"`);
  if (!Number.isFinite(value)) throw new RangeError(`FICO: standing for ${id} must be a number, got ${value}`);
  return { standings: { ...state.standings, [id]: Math.min(STANDING_MAX, Math.max(STANDING_MIN, Math.round(value))) } };
}

export function findProfile(data: FicoData, id: string): FicoProfile {
  const profile = data.profiles.find((p) => p.id === id);
  if (!profile) throw new RangeError(`FICO: unknown profile "${id}"`);
  return profile;
}

export interface FicoView {
  readonly score: number;
  readonly band: Band;
}

export function viewFico(data: FicoData, state: FicoState): FicoView {
  const score = ficoScore(data, state);
  return { score, band: bandAt(data.system, score) };
}

export const ficoChange = (data: FicoData, before: FicoState, after: FicoState): Change => compare(data.system, ficoScore(data, before), ficoScore(data, after));

export const flippedBetween = (data: FicoData, before: FicoState, after: FicoState): Set<string> => flippedIds(ficoChange(data, before, after));

/** The kit's words for the score (the notes of every evidence it shows, whichever copy holds them). */
export type FicoSystemCopy = SystemCopy & { readonly notes: Readonly<Record<string, string>> };
/** The builder's own words: the categories, the profiles and the cause a profile announces. */
export type FicoBuilderCopy = Omit<FicoCopy, 'system'>;
export type FicoVoice = Voice<FicoSystemCopy> & { readonly fico: FicoBuilderCopy };

/** One sentence for a change; a profile's name is repeated back as its cause. */
export function describeFicoChange(data: FicoData, before: FicoState, after: FicoState, voice: FicoVoice, profile?: ProfileId): string {
  const cause = profile ? fill(voice.fico.profileCause, { label: voice.fico.profiles[profile].label }) : undefined;
  return describeChange(ficoChange(data, before, after), voice, cause);
}

/** Every piece of evidence the widget shows, for its source list and the checks. */
export function evidenceOf(data: FicoData): Evidence[] {
  return [
    data.system.scale.evidence,
    ...data.system.bands.map((b) => b.evidence),
    ...data.system.consequences.map((c) => c.evidence),
    data.weightsEvidence,
    data.formulaEvidence,
    ...data.profiles.map((p) => p.evidence),
  ];
}
/** Every bibliography id the widget shows. */
export const ficoRefsOf = (data: FicoData): ReadonlySet<string> => new Set(evidenceOf(data).flatMap(refsOf));
/** Every note key the widget's evidence carries, whichever copy holds its words. */
export const ficoNoteKeysOf = (data: FicoData): ReadonlySet<string> => new Set(evidenceOf(data).flatMap((e) => (e.note ? [e.note] : [])));

import { illustrative, refsOf, type Evidence } from './evidence';
import { compare, describeChange, flippedIds, type ScoringSystem, type SystemCopy, type Voice } from './system';
import type * as SchufaModel from './schufa';
import { fill } from '../i18n/format';

/**
 * "Move house" (the Schufa chapter): an illustrative city of nine neighbourhoods. The reader
 * moves from one to another and watches an address-weighted score, and the loan terms offered
 * on it, change under the rule they switch on:
 *
 * - `one-factor`: an agency that uses addresses, as German law allowed (§28b BDSG): the address
 *   is one factor, never the only one. How much an area takes off is ours, capped at half, after
 *   the Baden-Württemberg data-protection authority's "up to half". Schufa says it uses address
 *   data only in a few exceptional cases; rival agencies rely on it more.
 * - `new-score`: Schufa's new score (100–999, 12 criteria) counts the time at the current
 *   address, not the neighbourhood: any move costs the same, and staying wins it back.
 * - `draft-ban`: the February 2024 cabinet draft would have banned addresses and postcodes in
 *   scoring; as far as we found it never became law. With it, moving changes nothing.
 *
 * The rules, their dates and the cap come from src/model/schufa.ts, through `moveHouseData(schufa)`
 * (on the server; the island gets the result as plain data); every score, loss, threshold and
 * interest rate here is ours and labelled illustrative. Words: model copy `moveHouse`.
 */

export const ruleIds = ['one-factor', 'new-score', 'draft-ban'] as const;
export type RuleId = (typeof ruleIds)[number];
/** One letter per rule in shareable URLs; never reuse a retired one. */
export const ruleCodes: Readonly<Record<RuleId, string>> = { 'one-factor': 'a', 'new-score': 'n', 'draft-ban': 'b' };

export const neighbourhoodIds = ['north-hill', 'old-town', 'east-gardens', 'mill-lane', 'market', 'riverside', 'station', 'harbour', 'park-estate'] as const;
export type NeighbourhoodId = (typeof neighbourhoodIds)[number];

export interface Neighbourhood {
  readonly id: NeighbourhoodId;
  /** One letter in shareable URLs; never reuse a retired one. */
  readonly code: string;
  /**
   * How much of the most an address may take off ("up to half", in the schufa model) this one
   * takes under the one-factor rule, from 0 (nothing) to 1 (all of it). Ours.
   */
  readonly shareOfMax: number;
}

/** The city, row by row, three to a row (the grid the reader moves around with Tab). */
export const neighbourhoods: readonly Neighbourhood[] = [
  { id: 'north-hill', code: 'n', shareOfMax: 0 },
  { id: 'old-town', code: 'o', shareOfMax: 0.2 },
  { id: 'east-gardens', code: 'e', shareOfMax: 0.1 },
  { id: 'mill-lane', code: 'm', shareOfMax: 0.6 },
  { id: 'market', code: 'k', shareOfMax: 0.3 },
  { id: 'riverside', code: 'r', shareOfMax: 0.2 },
  { id: 'station', code: 's', shareOfMax: 1 },
  { id: 'harbour', code: 'h', shareOfMax: 0.8 },
  { id: 'park-estate', code: 'p', shareOfMax: 0.4 },
];

export const neighbourhoodOf = (id: NeighbourhoodId): Neighbourhood => neighbourhoods.find((n) => n.id === id)!;

/** The reader's own record, the same wherever they live: no payment defaults (ours). */
export const OWN_RECORD = 780;
/** What a fresh address costs on Schufa's new score until the reader has stayed a while (ours). */
export const NEW_ADDRESS_COST = 60;

/** Loan terms: the lines on the scale (ours) and the yearly interest offered above each (ours). */
export const loanTerms = [
  { id: 'loan-offered', atLeast: 450, rate: 0.11 },
  { id: 'standard-rate', atLeast: 650, rate: 0.07 },
  { id: 'best-rate', atLeast: 760, rate: 0.05 },
] as const;
export type LoanTermId = (typeof loanTerms)[number]['id'];

/**
 * What the widget takes from the schufa model, put together on the server by `moveHouseData(schufa)`
 * and handed to the island as plain data, so its bundle carries none of that model: the scale
 * (the new score's), the cap on what an address may take off, the new score's criteria count,
 * each rule's date and evidence, and the evidence of our own numbers.
 */
export interface MoveHouseData {
  readonly system: ScoringSystem;
  readonly maxLoss: number;
  readonly criteria: number;
  readonly rules: readonly { readonly id: RuleId; readonly date: string; readonly evidence: readonly Evidence[] }[];
  readonly evidence: Readonly<Record<'scale' | 'score' | 'city' | 'loss' | 'newAddress' | 'terms' | 'noBands', Evidence>>;
}

/** The parts of the schufa model the widget is built from. */
export type SchufaSource = Pick<typeof SchufaModel, 'ADDRESS_MAX_LOSS_SHARE' | 'addressRule' | 'newScore'>;

/**
 * Built on the server from the schufa model it is handed (so this file imports none of it at run
 * time, and neither does the island, whose bundle would otherwise carry the whole chapter's model).
 */
export function moveHouseData({ ADDRESS_MAX_LOSS_SHARE, addressRule, newScore }: SchufaSource): MoveHouseData {
  const evidence = {
    /** Everything on the one scale of Schufa's new score, so the rules can be compared; the points are ours. */
    scale: illustrative('moveHouse.scale', refsOf(newScore.evidence)),
    score: illustrative('moveHouse.score'),
    city: illustrative('moveHouse.city'),
    loss: illustrative('moveHouse.loss', refsOf(addressRule('up-to-half').evidence)),
    newAddress: illustrative('moveHouse.new-address', refsOf(addressRule('time-not-place').evidence)),
    terms: illustrative('moveHouse.terms'),
    noBands: illustrative('moveHouse.no-bands'),
  };
  return {
    system: {
      id: 'move-house',
      scale: { min: newScore.min, max: newScore.max, evidence: evidence.scale },
      bands: [{ id: 'no-bands', min: newScore.min, max: newScore.max, evidence: evidence.noBands }],
      consequences: loanTerms.map((t) => ({ id: t.id, kind: 'loan' as const, when: { atLeast: t.atLeast }, icon: 'loan' as const, evidence: evidence.terms })),
    },
    maxLoss: ADDRESS_MAX_LOSS_SHARE,
    criteria: newScore.criteria,
    rules: [
      { id: 'one-factor', date: addressRule('one-factor-only').date, evidence: [addressRule('one-factor-only').evidence, addressRule('schufa-rarely').evidence] },
      { id: 'new-score', date: addressRule('time-not-place').date, evidence: [addressRule('time-not-place').evidence] },
      { id: 'draft-ban', date: addressRule('draft-ban-2024').date, evidence: [addressRule('draft-ban-2024').evidence] },
    ],
    evidence,
  };
}

export const ruleOf = (data: MoveHouseData, id: RuleId) => data.rules.find((r) => r.id === id)!;

export interface MoveHouseState {
  readonly rule: RuleId;
  readonly home: NeighbourhoodId;
  /** Whether the reader has lived at this address a while (false right after a move). */
  readonly settled: boolean;
}

export const defaultMoveHouseState: MoveHouseState = { rule: 'one-factor', home: 'riverside', settled: true };

export const setRule = (state: MoveHouseState, rule: RuleId): MoveHouseState => ({ ...state, rule });
/** Moving is to another address: it is fresh until the reader stays. Moving to where they live changes nothing. */
export const moveTo = (state: MoveHouseState, home: NeighbourhoodId): MoveHouseState => (home === state.home ? state : { ...state, home, settled: false });
export const stay = (state: MoveHouseState): MoveHouseState => ({ ...state, settled: true });

/** Does the address (where, or how long) count under this rule? */
export const addressCounts = (rule: RuleId): 'place' | 'time' | 'nothing' => (rule === 'one-factor' ? 'place' : rule === 'new-score' ? 'time' : 'nothing');

/** The share of the score an address takes off where the place counts: never more than the cap. */
export const lossAt = (data: MoveHouseData, home: NeighbourhoodId): number => neighbourhoodOf(home).shareOfMax * data.maxLoss;

/** The share of the score the address takes off, under the state's rule. */
export function addressLoss(data: MoveHouseData, state: MoveHouseState): number {
  return addressCounts(state.rule) === 'place' ? lossAt(data, state.home) : 0;
}

/** The illustrative score: the reader's own record, less what the address costs under the rule. */
export function moveHouseScore(data: MoveHouseData, state: MoveHouseState): number {
  const { min, max } = data.system.scale;
  const counts = addressCounts(state.rule);
  const raw = counts === 'place' ? OWN_RECORD * (1 - lossAt(data, state.home)) : counts === 'time' && !state.settled ? OWN_RECORD - NEW_ADDRESS_COST : OWN_RECORD;
  return Math.min(max, Math.max(min, Math.round(raw)));
}

/** The best loan term a score reaches, or null: refused. */
export function termsAt(score: number): (typeof loanTerms)[number] | null {
  return [...loanTerms].reverse().find((t) => score >= t.atLeast) ?? null;
}

/** The score each neighbourhood would give, were the reader to move there now (for the map's labels). */
export const scoreIfMoved = (data: MoveHouseData, state: MoveHouseState, home: NeighbourhoodId): number => moveHouseScore(data, moveTo(state, home));

export type MoveHouseAction = { readonly rule: RuleId } | { readonly move: NeighbourhoodId } | { readonly stay: true };

export interface MoveHouseCopy {
  readonly system: SystemCopy & { readonly notes: Readonly<Record<string, string>> };
  readonly rules: Readonly<Record<RuleId, { readonly label: string; readonly short: string; readonly detail: string }>>;
  readonly neighbourhoods: Readonly<Record<NeighbourhoodId, string>>;
  readonly change: {
    readonly rule: string;
    readonly move: string;
    readonly stay: string;
    readonly terms: string;
    readonly refused: string;
  };
}

export interface MoveHouseVoice extends Voice<SystemCopy> {
  readonly house: MoveHouseCopy;
}

export const flippedBetween = (data: MoveHouseData, from: MoveHouseState, to: MoveHouseState): Set<string> =>
  flippedIds(compare(data.system, moveHouseScore(data, from), moveHouseScore(data, to)));

/** One sentence for a change: what the reader did, the score, what the loan now is. */
export function describeMoveHouseChange(data: MoveHouseData, from: MoveHouseState, to: MoveHouseState, actions: readonly MoveHouseAction[], voice: MoveHouseVoice): string {
  const { house, format, common } = voice;
  const causes = actions.map((a) =>
    'rule' in a ? fill(house.change.rule, { rule: house.rules[a.rule].short }) : 'move' in a ? fill(house.change.move, { place: house.neighbourhoods[a.move] }) : house.change.stay,
  );
  const before = moveHouseScore(data, from);
  const after = moveHouseScore(data, to);
  const scored = describeChange(compare(data.system, before, after), voice, causes.join(common.change.listSeparator));
  const was = termsAt(before);
  const now = termsAt(after);
  if (was?.id === now?.id) return scored;
  return [scored, now ? fill(house.change.terms, { rate: format.percent(now.rate) }) : house.change.refused].join(common.change.sentenceSeparator);
}

/** Every piece of evidence the widget shows, for its source list and the copy checks. */
export function moveHouseEvidence(data: MoveHouseData): readonly Evidence[] {
  return [...Object.values(data.evidence), ...data.rules.flatMap((r) => r.evidence)];
}
export const moveHouseRefs = (data: MoveHouseData): ReadonlySet<string> => new Set(moveHouseEvidence(data).flatMap(refsOf));
export const moveHouseNoteKeys = (data: MoveHouseData): ReadonlySet<string> => new Set(moveHouseEvidence(data).flatMap((e) => (e.note ? [e.note] : [])));

import { illustrative, type Evidence } from './evidence';
import { compare, flippedIds, type ScoringSystem } from './system';
import { fill, type Formatter } from '../i18n/format';
import type { ModelCopy, CommonCopy } from './copy';
import type { ListGroundId, RestrictionId, ShamingCaseId, ShamingChannel } from './lao-lai';

/**
 * "From judgment to the list, and back": one judgment debtor's path, as the reader chooses it.
 * Who the court ordered to pay (a person, or a company through its legal representative),
 * whether they can pay, and what they do when the deadline passes decide whether they are put on
 * the courts' list of dishonest judgment defaulters, and on which ground. Listing follows
 * conduct: being unable to pay is not one of the six grounds, and no score is involved at any
 * step. The rules are the pure functions below; the facts they rest on (the grounds, the 2015
 * restrictions, the shaming cases, the repair tiers) are the lao-lai model's, gathered into
 * `DebtorData` on the server (src/widgets/judgment-debtor/words.ts), so the widget's bundle
 * carries none of that model's code. Words are in the model copy (`judgmentDebtor`).
 */

export type JudgmentDebtorCopy = ModelCopy['judgmentDebtor'];

export const stageIds = ['judgment', 'deadline', 'decision', 'shaming', 'way-out'] as const;
export type StageId = (typeof stageIds)[number];
export const STAGES = stageIds.length;

export const whoIds = ['individual', 'company'] as const;
export type Who = (typeof whoIds)[number];
export const meansIds = ['able', 'unable'] as const;
export type Means = (typeof meansIds)[number];
/** What an able debtor does by the deadline: pay, or one of the six kinds of conduct that list a debtor. */
export type Conduct = 'pays' | ListGroundId;
/** The shaming channels the widget offers, each shown through one documented case. */
export const shamingChoices = ['ringback', 'moments', 'cinema', 'douyin', 'billboard', 'map'] as const satisfies readonly ShamingChannel[];
export type ShamingChoice = (typeof shamingChoices)[number];
export const exitIds = ['perform', 'credit-repair'] as const;
export type Exit = (typeof exitIds)[number];
export const tierIds = ['minor', 'general', 'serious'] as const;
export type Tier = (typeof tierIds)[number];

export interface DebtorState {
  /** How far along the path the reader has come, 1 to STAGES. */
  readonly step: number;
  readonly who: Who;
  readonly means: Means;
  readonly conduct: Conduct;
  readonly shaming: ShamingChoice;
  readonly exit: Exit;
  readonly tier: Tier;
}

/**
 * The path opens complete, at its last step, so a reader without JavaScript (or in print) sees
 * the whole of one debtor's path; the walking button then starts it again from the judgment.
 */
export const defaultDebtorState: DebtorState = { step: STAGES, who: 'individual', means: 'able', conduct: 'able-but-refuses', shaming: 'ringback', exit: 'perform', tier: 'general' };

/** One letter per choice, for links. Never reuse a retired letter. */
export const codes = {
  who: { individual: 'i', company: 'c' },
  means: { able: 'a', unable: 'u' },
  conduct: { pays: 'p', 'able-but-refuses': 'r', obstructs: 'o', evades: 'e', 'breaks-reporting': 'f', 'breaks-spending-order': 's', 'refuses-settlement': 'x' },
  shaming: { ringback: 'r', moments: 'm', cinema: 'c', douyin: 'd', billboard: 'b', map: 'p' },
  exit: { perform: 'p', 'credit-repair': 'r' },
  tier: { minor: 'm', general: 'g', serious: 's' },
} as const satisfies { readonly [K in Exclude<keyof DebtorState, 'step'>]: Readonly<Record<DebtorState[K], string>> };

/** The facts the path shows, from the lao-lai model (see words.ts); plain data for the island. */
export interface DebtorData {
  readonly grounds: readonly { readonly id: ListGroundId; readonly evidence: Evidence }[];
  readonly groundsEvidence: Evidence;
  readonly listNamesEvidence: Evidence;
  /** The 2015 restrictions the reader can picture first, then the rest, with the 2014 bar on company posts. */
  readonly restrictions: readonly { readonly id: RestrictionId | 'executive-posts'; readonly icon?: 'plane' | 'train' | 'hotel' | 'school'; readonly shown: boolean; readonly evidence: Evidence }[];
  readonly bindsEvidence: Evidence;
  readonly unable: { readonly since: number; readonly evidence: Evidence };
  /** The 2015 rules are written for people subject to enforcement: how they reach a debtor who cannot pay, no source says. */
  readonly unableRestrictionsEvidence: Evidence;
  readonly prosecuted: { readonly value: number; readonly year: number; readonly evidence: Evidence };
  readonly cases: Readonly<Record<ShamingChoice, { readonly id: ShamingCaseId; readonly date: string; readonly debtors?: number; readonly figure?: number; readonly evidence: Evidence }>>;
  readonly shamingChoiceEvidence: Evidence;
  readonly performEvidence: Evidence;
  readonly repair: { readonly trialInForce: string; readonly measuresInForce: string; readonly evidence: Evidence; readonly correctedEvidence: Evidence };
  readonly tiers: Readonly<Record<Tier, { readonly fromMonths: number; readonly toMonths: number }>>;
  readonly tiersEvidence: Evidence;
  readonly tierChoiceEvidence: Evidence;
  readonly restored: { readonly value: number; readonly year: number; readonly evidence: Evidence };
  readonly notAScoreEvidence: Evidence;
}

// ---------------------------------------------------------------------------------------------
// The rules

/** Why a debtor is or is not on the list once the deadline has passed. */
export type Listing =
  | { readonly listed: true; readonly ground: ListGroundId }
  | { readonly listed: false; readonly reason: 'paid' | 'unable' };

/**
 * The court's decision. A debtor who cannot pay is not listed as dishonest (the distinction the
 * Supreme People's Court has drawn since 2024); one who can and pays is not listed; one who can
 * and does one of the six kinds of conduct is listed on that ground. The amount owed plays no part.
 */
export function listingOf(state: Pick<DebtorState, 'means' | 'conduct'>): Listing {
  if (state.means === 'unable') return { listed: false, reason: 'unable' };
  if (state.conduct === 'pays') return { listed: false, reason: 'paid' };
  return { listed: true, ground: state.conduct };
}

export const isListed = (state: DebtorState): boolean => listingOf(state).listed;

/** Whom the restrictions bind: the debtor; for a company, its legal representative and responsible managers. */
export const boundOf = (who: Who): 'debtor' | 'representative' => (who === 'company' ? 'representative' : 'debtor');

/** Whether a restriction applies now: only once the court has decided, and only to a listed debtor. */
export const restrictionApplies = (state: DebtorState): boolean => state.step >= stageIndex('decision') && isListed(state);

/** The shaming stage applies only to a listed debtor: every case in the record named listed debtors. */
export const shamingApplies = (state: DebtorState): boolean => state.step >= stageIndex('shaming') && isListed(state);

/** What goes, and when, on the way out. */
export type Outcome =
  | { readonly kind: 'never-listed'; readonly reason: 'paid' | 'unable' }
  | { readonly kind: 'perform' }
  | { readonly kind: 'credit-repair'; readonly tier: Tier; readonly fromMonths: number; readonly toMonths: number };

export function outcomeOf(state: DebtorState, data: Pick<DebtorData, 'tiers'>): Outcome {
  const listing = listingOf(state);
  if (!listing.listed) return { kind: 'never-listed', reason: listing.reason };
  if (state.exit === 'perform') return { kind: 'perform' };
  return { kind: 'credit-repair', tier: state.tier, ...data.tiers[state.tier] };
}

/** 1-based position of a stage. */
export const stageIndex = (id: StageId): number => stageIds.indexOf(id) + 1;
export const stageAt = (step: number): StageId => stageIds[Math.min(Math.max(step, 1), STAGES) - 1]!;

export const nextStep = (state: DebtorState): DebtorState => ({ ...state, step: Math.min(state.step + 1, STAGES) });
export const restart = (state: DebtorState): DebtorState => ({ ...state, step: 1 });
export function choose<K extends Exclude<keyof DebtorState, 'step'>>(state: DebtorState, key: K, value: DebtorState[K]): DebtorState {
  return { ...state, [key]: value };
}

// ---------------------------------------------------------------------------------------------
// The path as a scale, so the widget kit and the shared tests can read it like any other

const pathEvidence = illustrative('judgmentDebtor.path');

/**
 * The stages reached, 1 to 5: the widget's own way of walking the path, not a rule of any court,
 * hence illustrative. Nothing on it is a score of the debtor.
 */
export const debtorPath: ScoringSystem = {
  id: 'judgment-debtor',
  scale: { min: 1, max: STAGES, evidence: pathEvidence },
  bands: [
    { id: 'on-the-way', min: 1, max: STAGES - 1, evidence: pathEvidence },
    { id: 'at-the-end', min: STAGES, max: STAGES, evidence: pathEvidence },
  ],
  consequences: stageIds.map((id, i) => ({ id, kind: 'perk' as const, when: { atLeast: i + 1 }, evidence: pathEvidence })),
};

export const pathStep = (state: DebtorState): number => state.step;

export const flippedBetween = (from: DebtorState, to: DebtorState): Set<string> => flippedIds(compare(debtorPath, from.step, to.step));

export interface DebtorVoice {
  readonly copy: JudgmentDebtorCopy;
  readonly common: CommonCopy;
  readonly format: Formatter;
}

/** The headline of where the reader now stands: what the current stage says, in one sentence. */
export function standingOf(state: DebtorState, data: Pick<DebtorData, 'tiers'>, { copy, format }: DebtorVoice): string {
  const t = copy.standing;
  const listing = listingOf(state);
  switch (stageAt(state.step)) {
    case 'judgment':
      return fill(t.judgment, { who: copy.who[state.who].label, means: copy.means[state.means].label });
    case 'deadline':
      return state.means === 'unable' ? t.deadlineUnable : fill(t.deadline, { conduct: copy.conduct[state.conduct].label });
    case 'decision':
      return listing.listed ? fill(state.who === 'company' ? t.listedCompany : t.listed, { ground: copy.conduct[listing.ground].label }) : t.notListed[listing.reason];
    case 'shaming':
      return listing.listed ? fill(t.shaming, { channel: copy.shaming[state.shaming].label }) : t.noShaming;
    case 'way-out': {
      const outcome = outcomeOf(state, data);
      if (outcome.kind === 'never-listed') return t.nothingToLeave;
      if (outcome.kind === 'perform') return t.perform;
      return fill(t.repair, { tier: copy.tiers[outcome.tier].label, period: periodOf(outcome, copy, format) });
    }
  }
}

/** A display period in words: "up to 3 months", "3 to 12 months". */
export function periodOf(range: { readonly fromMonths: number; readonly toMonths: number }, copy: JudgmentDebtorCopy, format: Formatter): string {
  const to = format.number(range.toMonths);
  return range.fromMonths === 0 ? fill(copy.period.upTo, { to }) : fill(copy.period.range, { from: format.number(range.fromMonths), to });
}

/**
 * One sentence for a settled change, as the live region speaks it: the step (its number and the
 * stage's name) and where the reader now stands.
 */
export function describeDebtorChange(to: DebtorState, data: Pick<DebtorData, 'tiers'>, voice: DebtorVoice): string {
  const { copy, format } = voice;
  const stage = stageAt(to.step);
  return fill(copy.sentences.step, { n: format.number(to.step), total: format.number(STAGES), stage: copy.stages[stage].label, standing: standingOf(to, data, voice) });
}

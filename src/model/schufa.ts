import { documented, illustrative, refsOf, reported, type Evidence, type RefId } from './evidence';
import { SESAME_MAX, SESAME_MIN, dimensions as sesameDimensionList, dimensionsEvidence } from './sesame';

/**
 * Germany's Schufa, the EU rules around it and America's FICO, as the schufa chapter tells them:
 * what Schufa is and whom it covers, its scores (the percentage and its classes, the 0–9,999
 * industry scores, the 2004 scale and the single 100–999 score of 2025–26), the rules on address
 * data ("geo-scoring"), OpenSCHUFA, the court rulings with their dates, the AI Act's and the
 * Consumer Credit Directive's dates, and FICO's range, published weights, bands and recent
 * changes. Language-free: the words for every id are in the model copy (`schufa`).
 *
 * Stable exports other modules import (the move-house and fico-builder widgets):
 * `addressRules`, `addressRule`, `ADDRESS_MAX_LOSS_SHARE`, `newScore`, `newScoreCriteria`,
 * `FICO_MIN`, `FICO_MAX`, `ficoWeights`, `ficoWeightsEvidence`, `ficoBands`, `ficoBandsEvidence`,
 * `ficoBandOf`, `scoreDatingApp`.
 */

// ---------------------------------------------------------------------------------------------
// Schufa: a private company

/** Founded in Berlin in 1927, based in Wiesbaden; a private company, not a state body. */
export const schufaCompany = {
  founded: 1927,
  foundedIn: 'berlin',
  seat: 'wiesbaden',
  private: true,
  evidence: documented(['tagesschau-2018-openschufa', 'spiegel-2018-openschufa']),
} as const;

/** Whom Schufa holds data on: about 67.5 million people in 2018, about 68 million people and 6 million firms in 2023. */
export const coverage = {
  people2018: 67_500_000,
  people2023: 68_000_000,
  firms2023: 6_000_000,
  queriesPerDay2023: 300_000,
  clientFirmsAtLeast: 10_000,
  evidence2018: documented(['tagesschau-2018-openschufa']),
  evidence2023: documented(['allgaeuer-2023-bonify'], 'schufa.secondary'),
} as const;

/** The consumer score as a percentage: 0 to 100 %, never 100 %, shown with one of five classes. */
export const percentScore = {
  min: 0,
  max: 100,
  reachesMax: false,
  classes: 5,
  /** "Hervorragend" (excellent) starts here; the lower class boundaries were not confirmed. */
  topClassFrom: 97.22,
  topClassShare: 0.742,
  goodShare: 0.126,
  insufficientShare: 0.089,
  evidence: documented(['schufa-score-design', 'hessenschau-schufa']),
  /** What we could not confirm: where the classes below "Hervorragend" begin. */
  lowerBoundsEvidence: illustrative('schufa.lower-bounds-unknown'),
} as const;

/** Besides the base score: industry scores on a 0–9,999 scale; more than 50 scores and more than 250 criteria in all. */
export const industryScores = {
  min: 0,
  max: 9_999,
  scoresAtLeast: 50,
  criteriaAtLeast: 250,
  evidence: documented(['tonline-2023-schufa-scores'], 'schufa.secondary'),
} as const;

/** 2004: a scale of 0 to 1,000, matching default risks from 34.75 % down to 0.85 %. */
export const score2004 = {
  year: 2004,
  min: 0,
  max: 1_000,
  riskAtMin: 0.3475,
  riskAtMax: 0.0085,
  evidence: documented(['zeit-2004-schufa']),
} as const;

/** Since July 2023 the base score is free to see in the Bonify app, which Schufa bought in 2022. */
export const freeScore = { since: '2023-07', app: 'bonify', bought: 2022, evidence: documented(['allgaeuer-2023-bonify'], 'schufa.secondary') } as const;

/** Examples of the twelve criteria the sources name (not the full list, which we did not see). */
export const newScoreCriteria = ['payment-defaults', 'oldest-account-age', 'oldest-card-age', 'time-at-address', 'recent-instalment-loans', 'recent-account-openings'] as const;
export type NewScoreCriterion = (typeof newScoreCriteria)[number];

/**
 * The single score of 2025–26: 100 to 999 points from 12 criteria chosen from more than 250,
 * replacing the base score and six sector scores, with no AI models by design, meant to be
 * recomputable by the consumer. In September 2025 it had been delivered 70,000 times. The
 * consumer tool was due in the first quarter of 2026; whether the base score was retired then
 * was not confirmed.
 */
export const newScore = {
  min: 100,
  max: 999,
  criteria: 12,
  chosenFromAtLeast: 250,
  replacesSectorScores: 6,
  usesAi: false,
  announced: '2025-04',
  plannedLaunch: '2025-Q4',
  deliveredBySep2025: 70_000,
  consumerToolDue: '2026-Q1',
  /** Old sector scores stay available to clients until this year. */
  sectorScoresUntil: 2027,
  examples: newScoreCriteria,
  evidence: documented(['dpa-2025-schufa-score', 'dpa-2025-schufa-productive'], 'schufa.secondary'),
  baseScoreRetiredEvidence: reported(['dpa-2025-schufa-productive'], 'schufa.retirement-unconfirmed'),
} as const;

// ---------------------------------------------------------------------------------------------
// Address data ("geo-scoring"): the rules that really apply

export const addressRuleIds = ['one-factor-only', 'up-to-half', 'schufa-rarely', 'time-not-place', 'draft-ban-2024'] as const;
export type AddressRuleId = (typeof addressRuleIds)[number];

/** Whether a rule is law, a finding, a company's own statement, or a draft that never passed (as far as we found). */
export type AddressRuleStatus = 'law' | 'finding' | 'company-statement' | 'draft-not-enacted';

export interface AddressRule {
  readonly id: AddressRuleId;
  readonly status: AddressRuleStatus;
  /** When it dates from, as precise as the source. */
  readonly date: string;
  readonly evidence: Evidence;
  /** For the draft: whether it became law. We found no source that it did. */
  readonly enacted?: false;
  readonly enactedEvidence?: Evidence;
}

/** The Baden-Württemberg data-protection authority: neighbourhood and housing type could lower a score "by up to half". */
export const ADDRESS_MAX_LOSS_SHARE = 0.5;

export const addressRules: readonly AddressRule[] = [
  /** §28b BDSG (reformed 2009/2010): address data allowed, but never as the only basis, and consumers must be told. */
  { id: 'one-factor-only', status: 'law', date: '2009', evidence: documented(['experto-geoscoring']) },
  { id: 'up-to-half', status: 'finding', date: 'undated', evidence: documented(['bw-datenschutz-geoscoring']) },
  /** Schufa: address data only "in a few exceptional cases"; Crif, Boniversum and infoscore rely on it heavily. */
  { id: 'schufa-rarely', status: 'company-statement', date: '2024-03-21', evidence: documented(['tagesschau-2024-schufa']) },
  /** The new score counts time at the current address, not the neighbourhood. */
  { id: 'time-not-place', status: 'company-statement', date: '2025-04', evidence: documented(['dpa-2025-schufa-score']) },
  /** The cabinet draft of 7 Feb 2024 (new §37a BDSG) would have banned addresses and postcodes in scoring. */
  {
    id: 'draft-ban-2024',
    status: 'draft-not-enacted',
    date: '2024-02-07',
    evidence: documented(['sz-2024-bdsg-draft', 'tagesschau-2024-schufa']),
    enacted: false,
    enactedEvidence: illustrative('schufa.enactment-not-found', ['dlf-2025-bgh']),
  },
];

export function addressRule(id: AddressRuleId): AddressRule {
  const found = addressRules.find((r) => r.id === id);
  if (!found) throw new Error(`No address rule "${id}"`);
  return found;
}

/** What the 2024 draft would have banned in scoring (it also promised a right to a clear explanation). */
export const draftBanned = ['addresses', 'names', 'social-media', 'account-flows', 'health', 'ethnic-origin'] as const;

// ---------------------------------------------------------------------------------------------
// OpenSCHUFA (2018)

export const openSchufa = {
  crowdfundingFrom: '2018-02-14',
  crowdfundingTo: '2018-03-15',
  portalOpened: '2018-05-22',
  donors: 2_800,
  analysedAtLeast: 2_000,
  published: '2018-11-28',
  representative: false,
  /** Among donors with no payment defaults, about one in eight still had a score showing elevated or high risk. */
  noDefaultsButRiskyOneIn: 8,
  evidence: documented(['spiegel-2018-openschufa', 'tagesschau-2018-openschufa']),
} as const;

// ---------------------------------------------------------------------------------------------
// Court rulings

export const rulingIds = ['c-634-21', 'c-26-22', 'c-203-22', 'vg-wiesbaden-2025', 'bgh-2025'] as const;
export type RulingId = (typeof rulingIds)[number];

export interface Ruling {
  readonly id: RulingId;
  readonly court: 'cjeu' | 'vg-wiesbaden' | 'bgh';
  readonly date: string;
  readonly evidence: Evidence;
}

export const rulings: readonly Ruling[] = [
  { id: 'c-634-21', court: 'cjeu', date: '2023-12-07', evidence: documented(['curia-2023-c634-21']) },
  { id: 'c-26-22', court: 'cjeu', date: '2023-12-07', evidence: documented(['eprivacy-2023-insolvency']) },
  { id: 'c-203-22', court: 'cjeu', date: '2025-02-27', evidence: documented(['scl-2025-c203-22']) },
  { id: 'vg-wiesbaden-2025', court: 'vg-wiesbaden', date: '2025-11-19', evidence: documented(['hessen-vg-2025-schufa']) },
  { id: 'bgh-2025', court: 'bgh', date: '2025-12-18', evidence: documented(['dlf-2025-bgh'], 'schufa.secondary') },
];

export function ruling(id: RulingId): Ruling {
  const found = rulings.find((r) => r.id === id);
  if (!found) throw new Error(`No ruling "${id}"`);
  return found;
}

/** C-26/22 and C-64/22: no longer than the public insolvency register, which keeps a discharge 6 months. */
export const insolvencyLimit = { months: 6, evidence: documented(['eprivacy-2023-insolvency']) } as const;
/** C-203/22: the refused contract was a mobile-phone contract of €10 a month. */
export const dnbContract = { euroPerMonth: 10, evidence: documented(['scl-2025-c203-22']) } as const;
/** Wiesbaden: the claimant's 2018 loan was refused on a score of about 86 %. */
export const wiesbadenScore = { percent: 86, about: true, loanYear: 2018, evidence: documented(['hessen-vg-2025-schufa']) } as const;
/** BGH: up to 3 years under the agencies' code of conduct, 18 months for a single default paid within 100 days; Cologne (10 Apr 2025) had said at once. */
export const storageRule = {
  years: 3,
  singleDefaultMonths: 18,
  paidWithinDays: 100,
  cologneDate: '2025-04-10',
  claimantPaidEuro: 740,
  evidence: documented(['dlf-2025-bgh'], 'schufa.secondary'),
} as const;

// ---------------------------------------------------------------------------------------------
// The EU AI Act and the Consumer Credit Directive

export const aiAct = {
  inForce: '2024-08-01',
  socialScoringBanFrom: '2025-02-02',
  guidelines: '2025-02-04',
  /** The ban is not limited to public authorities: Parliament's amendment 218 removed the words. */
  privateActorsCovered: true,
  maxFineEuro: 35_000_000,
  maxFineTurnoverShare: 0.07,
  /** Credit scoring of natural persons is high-risk (Annex III 5(b)), not banned. */
  creditScoringHighRiskOriginally: '2026-08-02',
  creditScoringHighRiskFrom: '2027-12-02',
  omnibusAdopted: '2026-07-08',
  evidence: documented(['hastings-2025-ai-act'], 'schufa.secondary'),
  privateEvidence: documented(['aiact-annotated-am218']),
  guidelinesEvidence: documented(['mondaq-2025-ai-act-guidelines'], 'schufa.secondary'),
  delayEvidence: documented(['legalskills-2026-ai-act-timeline', 'recordofrecord-2026-omnibus'], 'schufa.oj-not-seen'),
} as const;

/** Directive (EU) 2023/2225: in force 19 Nov 2023, transposition by 20 Nov 2025, applies from 20 Nov 2026. */
export const consumerCreditDirective = {
  inForce: '2023-11-19',
  transposeBy: '2025-11-20',
  appliesFrom: '2026-11-20',
  banned: ['social-media', 'health'],
  smallLoansFromEuro: 200,
  evidence: documented(['oeil-2023-ccd2']),
} as const;

// ---------------------------------------------------------------------------------------------
// FICO (United States)

export const FICO_MIN = 300;
export const FICO_MAX = 850;
export const ficoRangeEvidence: Evidence = documented(['nfcc-fico'], 'schufa.fico-secondary');

export const ficoCategoryIds = ['payment-history', 'amounts-owed', 'length-of-history', 'new-credit', 'credit-mix'] as const;
export type FicoCategoryId = (typeof ficoCategoryIds)[number];

export interface FicoWeight {
  readonly id: FicoCategoryId;
  /** Share of the score, 0–1, as FICO publishes it for the general population. */
  readonly weight: number;
}

/** FICO's five published weights (via the NFCC; FICO's own page was not retrieved). */
export const ficoWeightsEvidence: Evidence = documented(['nfcc-fico'], 'schufa.fico-secondary');
export const ficoWeights: readonly FicoWeight[] = [
  { id: 'payment-history', weight: 0.35 },
  { id: 'amounts-owed', weight: 0.3 },
  { id: 'length-of-history', weight: 0.15 },
  { id: 'new-credit', weight: 0.1 },
  { id: 'credit-mix', weight: 0.1 },
];

export const ficoBandIds = ['poor', 'fair', 'good', 'very-good', 'exceptional'] as const;
export type FicoBandId = (typeof ficoBandIds)[number];
export interface FicoBand {
  readonly id: FicoBandId;
  readonly min: number;
  readonly max: number;
}
/** The commonly cited bands (Experian's usage). */
export const ficoBandsEvidence: Evidence = documented(['experian-fico-bands'], 'schufa.fico-secondary');
export const ficoBands: readonly FicoBand[] = [
  { id: 'poor', min: 300, max: 579 },
  { id: 'fair', min: 580, max: 669 },
  { id: 'good', min: 670, max: 739 },
  { id: 'very-good', min: 740, max: 799 },
  { id: 'exceptional', min: 800, max: 850 },
];

export function ficoBandOf(score: number): FicoBand {
  const s = Math.min(FICO_MAX, Math.max(FICO_MIN, Math.round(score)));
  return ficoBands.find((b) => s >= b.min && s <= b.max) ?? ficoBands[0]!;
}

/** "Score", a US dating app launched for Valentine's Day 2024, required a credit score of at least 675. */
export const scoreDatingApp = { minScore: 675, launched: '2024-02', evidence: documented(['nzherald-2024-score-app'], 'schufa.secondary') } as const;

/** FICO Score 10 BNPL and 10 T BNPL, announced 23 June 2025, from a study with Affirm of more than 500,000 borrowers. */
export const ficoBnpl = { announced: '2025-06-23', studyBorrowersAtLeast: 500_000, evidence: documented(['fico-2025-bnpl'], 'schufa.secondary') } as const;

/** FICO 10T: validated by FHFA with VantageScore 4.0 in October 2022. */
export const fico10t = { validated: '2022-10', evidence: documented(['fico-2026-10t'], 'schufa.secondary') } as const;

/** 8 July 2025: loans sold to Fannie Mae and Freddie Mac may use VantageScore 4.0 or Classic FICO. */
export const vantageForMortgages = { announced: '2025-07-08', evidence: documented(['fhfa-2025-vantage'], 'schufa.secondary') } as const;

/** The CFPB's medical-debt rule of 7 Jan 2025 and its vacatur on 11 Jul 2025. */
export const medicalDebtRule = {
  issued: '2025-01-07',
  vacated: '2025-07-11',
  debtDollars: 49_000_000_000,
  people: 15_000_000,
  averagePoints: 20,
  evidence: documented(['jdsupra-2025-medical-debt'], 'schufa.secondary'),
} as const;

/** What remains is voluntary: paid medical collections off from 1 Jul 2022, those under $500 off (announced 11 Apr 2023); about 70 % of such tradelines. */
export const bureausMedical = { paidOffFrom: '2022-07-01', underDollars: 500, announced: '2023-04-11', shareRemoved: 0.7, evidence: documented(['cdia-2023-medical']) } as const;

// ---------------------------------------------------------------------------------------------
// The scrolly: one person's data, read by a Schufa-style and a Sesame-style score

export const readingSteps = ['repayments', 'address', 'purchases', 'connections', 'social-media', 'scales'] as const;
export type ReadingStep = (typeof readingSteps)[number];

export const readingRowIds = ['repayments', 'time-at-address', 'neighbourhood', 'purchases', 'connections', 'social-media'] as const;
export type ReadingRowId = (typeof readingRowIds)[number];

/**
 * How a score treats one kind of data: a named criterion or dimension reads it; "rarely" is the
 * company's own word; "not-named" means our sources do not name it (not that it is proven
 * unused); "says-not" is the company saying it does not count; "banned" is the law's answer.
 */
export type ReadingStatus = 'reads' | 'rarely' | 'not-named' | 'says-not' | 'banned';
export const readingSides = ['schufa', 'sesame'] as const;
export type ReadingSide = (typeof readingSides)[number];

export interface Reading {
  readonly status: ReadingStatus;
  readonly evidence: Evidence;
  /** For "banned": the date the ban applies from. */
  readonly from?: string;
}

export interface ReadingRow {
  readonly id: ReadingRowId;
  /** The step whose text talks about this row. */
  readonly step: ReadingStep;
  readonly schufa: Reading;
  readonly sesame: Reading;
}

const schufaCriteria = documented(['dpa-2025-schufa-score']);
const sesameDimensions = dimensionsEvidence;

export const readingRows: readonly ReadingRow[] = [
  { id: 'repayments', step: 'repayments', schufa: { status: 'reads', evidence: schufaCriteria }, sesame: { status: 'reads', evidence: sesameDimensions } },
  { id: 'time-at-address', step: 'address', schufa: { status: 'reads', evidence: schufaCriteria }, sesame: { status: 'not-named', evidence: sesameDimensions } },
  { id: 'neighbourhood', step: 'address', schufa: { status: 'rarely', evidence: documented(['tagesschau-2024-schufa']) }, sesame: { status: 'not-named', evidence: sesameDimensions } },
  { id: 'purchases', step: 'purchases', schufa: { status: 'not-named', evidence: schufaCriteria }, sesame: { status: 'reads', evidence: sesameDimensions } },
  { id: 'connections', step: 'connections', schufa: { status: 'not-named', evidence: schufaCriteria }, sesame: { status: 'reads', evidence: sesameDimensions } },
  {
    id: 'social-media',
    step: 'social-media',
    schufa: { status: 'banned', from: consumerCreditDirective.appliesFrom, evidence: consumerCreditDirective.evidence },
    sesame: { status: 'says-not', evidence: documented(['bbc-rollingstone-sesame']) },
  },
];

/** The two scales the last step sets side by side: Schufa's new score and Sesame's (whose weights Ant never published). */
export const readingScales = {
  schufa: { min: newScore.min, max: newScore.max, criteria: newScore.criteria, evidence: newScore.evidence },
  sesame: { min: SESAME_MIN, max: SESAME_MAX, dimensions: sesameDimensionList.length, weightsPublished: false, evidence: sesameDimensions },
} as const;

// ---------------------------------------------------------------------------------------------
// The whole chapter's references, for the citation test

export const schufaRefs: ReadonlySet<RefId> = new Set(
  [
    schufaCompany.evidence,
    coverage.evidence2018,
    coverage.evidence2023,
    percentScore.evidence,
    industryScores.evidence,
    score2004.evidence,
    freeScore.evidence,
    newScore.evidence,
    newScore.baseScoreRetiredEvidence,
    ...addressRules.flatMap((r) => [r.evidence, ...(r.enactedEvidence ? [r.enactedEvidence] : [])]),
    openSchufa.evidence,
    ...rulings.map((r) => r.evidence),
    aiAct.evidence,
    aiAct.privateEvidence,
    aiAct.guidelinesEvidence,
    aiAct.delayEvidence,
    consumerCreditDirective.evidence,
    ficoRangeEvidence,
    ficoWeightsEvidence,
    ficoBandsEvidence,
    scoreDatingApp.evidence,
    ficoBnpl.evidence,
    fico10t.evidence,
    vantageForMortgages.evidence,
    medicalDebtRule.evidence,
    bureausMedical.evidence,
    ...readingRows.flatMap((r) => [r.schufa.evidence, r.sesame.evidence]),
  ].flatMap(refsOf),
);

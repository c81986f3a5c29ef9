import { documented, illustrative, reported, type Evidence } from './evidence';
import { bandAt, compare, describeChange, assertOnScale, systemRefs, type ScoringSystem, type Change } from './system';

/**
 * Sesame Credit (芝麻信用, Zhima Credit): Ant Group's commercial, opt-in score inside Alipay.
 * Everything a widget or chapter says about Sesame's numbers is in this file.
 */

export const SESAME_MIN = 350;
export const SESAME_MAX = 950;
export const LEVEL_MIN = 0;
export const LEVEL_MAX = 100;

export type DimensionId =
  | 'credit-history'
  | 'fulfilment-capacity'
  | 'behaviour-preferences'
  | 'personal-characteristics'
  | 'interpersonal-relationships';

export interface Dimension {
  readonly id: DimensionId;
  readonly label: string;
  readonly explainer: string;
  /** Share of the score, 0–1. Ant never published weights. */
  readonly weight: number;
}

/** The five dimensions are documented; their order follows the weights below. */
export const dimensionsEvidence: Evidence = documented(['chinadaily-2015-sesame', 'fintechnews-2015-sesame']);

export const dimensions: readonly Dimension[] = [
  { id: 'credit-history', label: 'Credit history', weight: 0.35, explainer: 'Whether you repay loans and credit on time.' },
  { id: 'fulfilment-capacity', label: 'Fulfilment capacity', weight: 0.25, explainer: 'Whether you could pay: assets, income, balances.' },
  { id: 'behaviour-preferences', label: 'Behaviour and preferences', weight: 0.2, explainer: 'What and how you buy and pay.' },
  { id: 'personal-characteristics', label: 'Personal characteristics', weight: 0.15, explainer: 'Verified identity, address, education, job.' },
  { id: 'interpersonal-relationships', label: 'Interpersonal relationships', weight: 0.05, explainer: 'Who you are connected to on the platform.' },
];

export const sesame: ScoringSystem = {
  id: 'sesame',
  name: 'Sesame Credit',
  bandNoun: 'tier',
  scale: { min: SESAME_MIN, max: SESAME_MAX, evidence: documented(['chinadaily-2015-sesame', 'chinaplus-2018-sesame', 'technode-2018-sesame']) },
  bands: [
    {
      id: 'poor',
      label: 'Poor',
      min: 350,
      max: 549,
      nativeName: '较差',
      gloss: 'One Chinese site glosses this tier as "basically lao lai", debt dodgers; a summary of a Coda Story article calls it "veteran losers".',
      evidence: reported(['wodefinance-sesame', 'coda-zhong-2018']),
    },
    { id: 'medium', label: 'Medium', min: 550, max: 599, nativeName: '中等', evidence: reported(['wodefinance-sesame']) },
    { id: 'good', label: 'Good', min: 600, max: 649, nativeName: '良好', evidence: reported(['wodefinance-sesame']) },
    { id: 'very-good', label: 'Very good', min: 650, max: 699, nativeName: '优秀', evidence: reported(['wodefinance-sesame']) },
    { id: 'excellent', label: 'Excellent', min: 700, max: 950, nativeName: '极好', evidence: reported(['wodefinance-sesame']) },
  ],
  consequences: [
    {
      id: 'suzhou-bikes',
      label: 'Deposit-free public bikes in Suzhou',
      detail: 'Suzhou let Sesame users with 600 or more, and no bad record in five years, rent public bikes without a deposit (2016).',
      kind: 'perk',
      when: { atLeast: 600 },
      evidence: documented(['suzhou-2016']),
    },
    {
      id: 'deposit-free-rentals',
      label: 'Deposit-free hotel and car rentals',
      detail: 'Chinese blogs list deposit waivers at partner hotels and car-hire firms at 600, 650 or 700. No Ant source confirms a figure.',
      kind: 'perk',
      when: { atLeast: 650 },
      evidence: illustrative('Blogs give 600, 650 or 700; we show 650.'),
    },
    {
      id: 'singapore-visa',
      label: 'Singapore visa without bank statements',
      detail: 'In 2015 users with 700 or more could apply for a Singapore visa through Alitrip without bank statements.',
      kind: 'perk',
      when: { atLeast: 700 },
      evidence: documented(['jingdaily-2015-sesame']),
    },
    {
      id: 'luxembourg-visa',
      label: 'Luxembourg (Schengen) visa application',
      detail: 'Announced in July 2015 for users with 750 or more, when the service had not yet started. Luxembourg\'s consulate signed its agreement with Ant on 10 March 2017; the foreign ministry later said fewer than 3% of users reached 750 and only 32 visas were issued this way.',
      kind: 'perk',
      when: { atLeast: 750 },
      evidence: documented(['jingdaily-2015-sesame', 'chinadaily-2015-visas', 'paperjam-lux']),
      conflicting: [
        {
          threshold: { atLeast: 700 },
          evidence: documented(['cgtn-2017-sesame']),
          note: 'A 2017 report gives 700 for Luxembourg, for applicants in certain provinces.',
        },
      ],
    },
    {
      id: 'japan-visa',
      label: 'Japan visa application (certain provinces)',
      detail: 'A 2017 report: 750 or more for a Japanese visa, for applicants in certain provinces.',
      kind: 'perk',
      when: { atLeast: 750 },
      evidence: documented(['cgtn-2017-sesame']),
    },
    {
      id: 'canada-finances',
      label: 'Proof of funds for a Canadian visa',
      detail: 'From 2018 Canada accepted a special Sesame report as proof of finances for applicants scoring over 750.',
      kind: 'perk',
      when: { above: 750 },
      evidence: documented(['technode-2018-sesame']),
    },
  ],
};

export type Levels = Readonly<Record<DimensionId, number>>;

export interface SesameState {
  readonly levels: Levels;
}

const dimensionIds = new Set<string>(dimensions.map((d) => d.id));

export function isDimensionId(id: string): id is DimensionId {
  return dimensionIds.has(id);
}

function assertLevels(levels: Record<string, number>): asserts levels is Levels {
  for (const id of Object.keys(levels)) {
    if (!isDimensionId(id)) throw new RangeError(`Sesame: unknown dimension "${id}"`);
  }
  for (const { id } of dimensions) {
    const level = levels[id];
    if (typeof level !== 'number' || !Number.isFinite(level) || level < LEVEL_MIN || level > LEVEL_MAX) {
      throw new RangeError(`Sesame: level for ${id} must be a number from ${LEVEL_MIN} to ${LEVEL_MAX}, got ${String(level)}`);
    }
  }
}

/** How the score is put together in our model (illustrative: Ant's formula is secret). */
export const scoreFormulaEvidence = illustrative(
  'We map five standings of 0–100 onto 350–950 with the reported weights. Ant\'s formula is not public.',
  ['wodefinance-sesame'],
);

export function sesameScore(levels: Record<string, number>): number {
  assertLevels(levels);
  const weighted = dimensions.reduce((sum, d) => sum + d.weight * levels[d.id], 0) / LEVEL_MAX;
  const score = Math.round(SESAME_MIN + (SESAME_MAX - SESAME_MIN) * weighted);
  assertOnScale(sesame, score);
  return score;
}

export const clampLevel = (level: number): number => Math.min(LEVEL_MAX, Math.max(LEVEL_MIN, Math.round(level)));

export const uniformLevels = (level: number): Levels =>
  Object.fromEntries(dimensions.map((d) => [d.id, level])) as Record<DimensionId, number>;

export function setLevel(state: SesameState, id: string, level: number): SesameState {
  if (!isDimensionId(id)) throw new RangeError(`Sesame: unknown dimension "${id}"`);
  if (!Number.isFinite(level)) throw new RangeError(`Sesame: level for ${id} must be a number, got ${level}`);
  return { levels: { ...state.levels, [id]: clampLevel(level) } };
}

export interface Behaviour {
  readonly id: string;
  readonly label: string;
  /** Points on a 0–100 dimension standing. An empty effect is itself the lesson. */
  readonly effect: Partial<Record<DimensionId, number>>;
  readonly note: string;
  readonly evidence: Evidence;
}

const behaviourGuess = (note: string): Evidence => illustrative(`How much this moves the score is our guess. ${note}`.trim());

export const behaviours: readonly Behaviour[] = [
  {
    id: 'repay-on-time',
    label: 'Repay your Huabei credit bill on time',
    effect: { 'credit-history': 5 },
    note: 'Huabei is Alipay\'s built-in consumer credit.',
    evidence: behaviourGuess(''),
  },
  {
    id: 'miss-repayment',
    label: 'Miss a credit repayment',
    effect: { 'credit-history': -20 },
    note: 'Repayment history sits in the heaviest dimension.',
    evidence: behaviourGuess(''),
  },
  {
    id: 'grow-savings',
    label: 'Move savings into your Alipay balance',
    effect: { 'fulfilment-capacity': 8 },
    note: 'Assets held on the platform show you could pay.',
    evidence: behaviourGuess(''),
  },
  {
    id: 'add-degree',
    label: 'Add your university degree to your profile',
    effect: { 'personal-characteristics': 10 },
    note: 'Verified personal details fill the identity dimension.',
    evidence: behaviourGuess(''),
  },
  {
    id: 'buy-nappies',
    label: 'Buy nappies every week',
    effect: { 'behaviour-preferences': 4 },
    note: 'Sesame\'s technology director said a frequent nappy buyer would probably be read as a responsible parent: an example he gave, not a published rule.',
    evidence: illustrative('The example is documented; the points are our guess.', ['bbc-rollingstone-sesame']),
  },
  {
    id: 'game-ten-hours',
    label: 'Play video games ten hours a day',
    effect: { 'behaviour-preferences': -8 },
    note: 'The same director said such a player "would be considered an idle person": again an example, not a published rule.',
    evidence: illustrative('The example is documented; the points are our guess.', ['bbc-rollingstone-sesame']),
  },
  {
    id: 'high-score-friends',
    label: 'Connect with friends who have high scores',
    effect: { 'interpersonal-relationships': 10 },
    note: 'The lightest dimension, in the reported weights.',
    evidence: behaviourGuess(''),
  },
  {
    id: 'post-criticism',
    label: 'Post criticism of the government online',
    effect: {},
    note: 'Ant told the BBC that Sesame tracks only financial and consumption activity and that social-media posts do not affect the score. That is Ant\'s word: we found no evidence either way.',
    evidence: documented(['bbc-rollingstone-sesame'], 'What Ant says; no independent evidence either way.'),
  },
];

const behaviourById = new Map(behaviours.map((b) => [b.id, b]));

export function findBehaviour(id: string): Behaviour {
  const behaviour = behaviourById.get(id);
  if (!behaviour) throw new RangeError(`Sesame: unknown behaviour "${id}"`);
  return behaviour;
}

/** Levels stop at 0 and 100: doing a good thing forever does not break the scale. */
export function applyBehaviour(state: SesameState, id: string): SesameState {
  const { effect } = findBehaviour(id);
  const levels: Record<DimensionId, number> = { ...state.levels };
  for (const [dimension, delta] of Object.entries(effect) as [DimensionId, number][]) {
    levels[dimension] = clampLevel(levels[dimension] + delta);
  }
  return { levels };
}

export interface Preset {
  readonly id: string;
  readonly label: string;
  readonly story: string;
  readonly state: SesameState;
  readonly evidence: Evidence;
}

export const presets: readonly Preset[] = [
  {
    id: 'typical-2015',
    label: 'A typical user, 2015',
    story: 'Xinhua said in 2015 that most users scored between 500 and 600. This profile lands at 590.',
    state: { levels: uniformLevels(40) },
    evidence: documented(['jingdaily-2015-sesame'], 'The 500–600 range is documented; the profile is ours.'),
  },
  {
    id: 'how-you',
    label: 'How You, 752',
    story: 'A 21-year-old student whose score of 752 was told in a single broadcast. We could not confirm the story.',
    state: { levels: uniformLevels(67) },
    evidence: reported(['seed-explained-2024'], 'From one video summary; unconfirmed. Her dimension standings are ours.'),
  },
  {
    id: 'missed-payments',
    label: 'Behind on payments',
    story: 'Someone who missed repayments: the heaviest dimension drags the rest down into the lowest tier.',
    state: {
      levels: { 'credit-history': 10, 'fulfilment-capacity': 30, 'behaviour-preferences': 30, 'personal-characteristics': 30, 'interpersonal-relationships': 30 },
    },
    evidence: illustrative('A made-up profile.'),
  },
];

export const defaultSesameState: SesameState = presets[0]!.state;

export function findPreset(id: string): Preset {
  const preset = presets.find((p) => p.id === id);
  if (!preset) throw new RangeError(`Sesame: unknown preset "${id}"`);
  return preset;
}

export interface SesameView {
  readonly score: number;
  readonly band: ReturnType<typeof bandAt>;
}

export function viewSesame(state: SesameState): SesameView {
  const score = sesameScore(state.levels);
  return { score, band: bandAt(sesame, score) };
}

export function sesameChange(before: SesameState, after: SesameState): Change {
  return compare(sesame, sesameScore(before.levels), sesameScore(after.levels));
}

export function describeSesameChange(before: SesameState, after: SesameState, cause?: string): string {
  return describeChange(sesameChange(before, after), cause);
}

/** Every bibliography id behind a number Sesame's widget or chapter can show. */
export const sesameRefs: ReadonlySet<string> = systemRefs(sesame, [
  dimensionsEvidence,
  scoreFormulaEvidence,
  ...behaviours.map((b) => b.evidence),
  ...presets.map((p) => p.evidence),
]);

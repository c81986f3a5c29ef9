import { documented, illustrative, reported, type Evidence } from './evidence';
import { bandAt, compare, describeChange, assertOnScale, systemRefs, type ScoringSystem, type Change, type Voice } from './system';
import { fill } from '../i18n/format';
import { locales } from '../i18n/locales';
import type { SesameCopy } from './copy';

/**
 * Sesame Credit (芝麻信用, Zhima Credit): Ant Group's commercial, opt-in score inside Alipay.
 * Every number and rule a widget or chapter shows about Sesame is in this file; its words are
 * in copy/<locale>/sesame.ts, keyed by the ids used here.
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
  /** Share of the score, 0–1. Ant never published weights. */
  readonly weight: number;
}

/** The five dimensions are documented; their order follows the weights below. */
export const dimensionsEvidence: Evidence = documented(['chinadaily-2015-sesame', 'fintechnews-2015-sesame']);

export const dimensions: readonly Dimension[] = [
  { id: 'credit-history', weight: 0.35 },
  { id: 'fulfilment-capacity', weight: 0.25 },
  { id: 'behaviour-preferences', weight: 0.2 },
  { id: 'personal-characteristics', weight: 0.15 },
  { id: 'interpersonal-relationships', weight: 0.05 },
];

/** Where most users sat in 2015, as Jing Daily reported Xinhua. */
export const typicalRange2015 = { year: 2015, low: 500, high: 600, evidence: documented(['jingdaily-2015-sesame']) } as const;

/** How You's score, from a single video summary. */
export const HOW_YOU_SCORE = 752;

export const sesame: ScoringSystem = {
  id: 'sesame',
  scale: { min: SESAME_MIN, max: SESAME_MAX, evidence: documented(['chinadaily-2015-sesame', 'chinaplus-2018-sesame', 'technode-2018-sesame']) },
  bands: [
    { id: 'poor', min: 350, max: 549, nativeName: '较差', evidence: reported(['wodefinance-sesame', 'coda-zhong-2018']) },
    { id: 'medium', min: 550, max: 599, nativeName: '中等', evidence: reported(['wodefinance-sesame']) },
    { id: 'good', min: 600, max: 649, nativeName: '良好', evidence: reported(['wodefinance-sesame']) },
    { id: 'very-good', min: 650, max: 699, nativeName: '优秀', evidence: reported(['wodefinance-sesame']) },
    { id: 'excellent', min: 700, max: 950, nativeName: '极好', evidence: reported(['wodefinance-sesame']) },
  ],
  consequences: [
    { id: 'suzhou-bikes', kind: 'perk', icon: 'bike', when: { atLeast: 600 }, evidence: documented(['suzhou-2016']) },
    { id: 'deposit-free-rentals', kind: 'perk', icon: 'hotel', when: { atLeast: 650 }, evidence: illustrative('sesame.rentals') },
    { id: 'singapore-visa', kind: 'perk', icon: 'visa', when: { atLeast: 700 }, evidence: documented(['jingdaily-2015-sesame']) },
    {
      id: 'luxembourg-visa',
      kind: 'perk',
      icon: 'visa',
      when: { atLeast: 750 },
      evidence: documented(['jingdaily-2015-sesame', 'chinadaily-2015-visas', 'paperjam-lux']),
      conflicting: [{ id: 'luxembourg-2017', threshold: { atLeast: 700 }, evidence: documented(['cgtn-2017-sesame']) }],
    },
    { id: 'japan-visa', kind: 'perk', icon: 'visa', when: { atLeast: 750 }, evidence: documented(['cgtn-2017-sesame']) },
    { id: 'canada-finances', kind: 'perk', icon: 'money', when: { above: 750 }, evidence: documented(['technode-2018-sesame']) },
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
export const scoreFormulaEvidence = illustrative('sesame.formula', ['wodefinance-sesame']);

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
  /** Points on a 0–100 dimension standing. An empty effect is itself the lesson. */
  readonly effect: Partial<Record<DimensionId, number>>;
  readonly evidence: Evidence;
}

const effectGuess = illustrative('sesame.effect-guess');
const exampleGuess = illustrative('sesame.example-guess', ['bbc-rollingstone-sesame']);

export const behaviours: readonly Behaviour[] = [
  { id: 'repay-on-time', effect: { 'credit-history': 5 }, evidence: effectGuess },
  { id: 'miss-repayment', effect: { 'credit-history': -20 }, evidence: effectGuess },
  { id: 'grow-savings', effect: { 'fulfilment-capacity': 8 }, evidence: effectGuess },
  { id: 'add-degree', effect: { 'personal-characteristics': 10 }, evidence: effectGuess },
  { id: 'buy-nappies', effect: { 'behaviour-preferences': 4 }, evidence: exampleGuess },
  { id: 'game-ten-hours', effect: { 'behaviour-preferences': -8 }, evidence: exampleGuess },
  { id: 'high-score-friends', effect: { 'interpersonal-relationships': 10 }, evidence: effectGuess },
  { id: 'post-criticism', effect: {}, evidence: illustrative('sesame.ant-word', ['bbc-rollingstone-sesame']) },
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
  readonly state: SesameState;
  readonly evidence: Evidence;
  /** A score a source gives for this person; the profile's standings are chosen to reach it. */
  readonly reportedScore?: number;
}

export const presets: readonly Preset[] = [
  { id: 'typical-2015', state: { levels: uniformLevels(40) }, evidence: documented(['jingdaily-2015-sesame'], 'sesame.typical-profile') },
  { id: 'how-you', state: { levels: uniformLevels(67) }, reportedScore: HOW_YOU_SCORE, evidence: reported(['seed-explained-2024'], 'sesame.how-you') },
  {
    id: 'missed-payments',
    state: {
      levels: { 'credit-history': 10, 'fulfilment-capacity': 30, 'behaviour-preferences': 30, 'personal-characteristics': 30, 'interpersonal-relationships': 30 },
    },
    evidence: illustrative('sesame.made-up-profile'),
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

export function describeSesameChange(before: SesameState, after: SesameState, voice: Voice<SesameCopy>, cause?: string): string {
  return describeChange(sesameChange(before, after), voice, cause);
}

/** "credit history −20", or Ant's "no effect" where a behaviour moves nothing. */
export function describeEffect(behaviour: Behaviour, { copy, format }: Voice<SesameCopy>): string {
  const parts = (Object.entries(behaviour.effect) as [DimensionId, number][]).map(([id, delta]) =>
    fill(copy.effect.one, { dimension: copy.dimensions[id].label.toLocaleLowerCase(locales[format.locale].intl), delta: format.delta(delta) }),
  );
  return parts.length ? parts.join(copy.effect.separator) : copy.effect.none;
}

export function behaviourCause(behaviour: Behaviour, voice: Voice<SesameCopy>): string {
  return fill(voice.copy.effect.cause, { label: voice.copy.behaviours[behaviour.id as keyof SesameCopy['behaviours']].label, effect: describeEffect(behaviour, voice) });
}

/** A profile's button label and story, with the numbers filled from the model. */
export function describePreset(preset: Preset, { copy, format }: Voice<SesameCopy>): { label: string; story: string } {
  const words = copy.presets[preset.id as keyof SesameCopy['presets']];
  const values = {
    score: format.number(preset.reportedScore ?? sesameScore(preset.state.levels)),
    low: format.number(typicalRange2015.low),
    high: format.number(typicalRange2015.high),
  };
  return { label: fill(words.label, values), story: fill(words.story, values) };
}

export const presetCause = (preset: Preset, voice: Voice<SesameCopy>): string => fill(voice.copy.effect.presetCause, { label: describePreset(preset, voice).label });

/**
 * The scrolly's story of the scale, step by step: which lines each step adds. Views look the
 * lines up by consequence id, so the numbers come from the consequences themselves.
 */
export const sesameStory = [
  { step: 'range', lines: [] },
  { step: 'tiers', lines: [] },
  { step: 'typical', lines: [] },
  { step: 'bikes', lines: ['suzhou-bikes'] },
  { step: 'visas', lines: ['singapore-visa', 'luxembourg-visa', 'japan-visa'] },
  { step: 'how-you', lines: [] },
] as const;
export const sesameStorySteps = sesameStory.map((s) => s.step);

/** Every bibliography id behind a number Sesame's widget or chapter can show. */
export const sesameRefs: ReadonlySet<string> = systemRefs(sesame, [
  dimensionsEvidence,
  scoreFormulaEvidence,
  ...behaviours.map((b) => b.evidence),
  ...presets.map((p) => p.evidence),
  typicalRange2015.evidence,
]);

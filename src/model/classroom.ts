import { documented, illustrative, refsOf, type Evidence, type RefId, type VerdictStatus } from './evidence';
import { compare, systemRefs, type Change, type ScoringSystem, type Voice } from './system';
import { fill } from '../i18n/format';
// The demo nicknames alone (not the rest of the copy), so demoClass works without a locale.
import { classroomDemoNicknames } from './copy/en/classroom';
import type { ModelCopy } from './copy';
import {
  clampStage,
  countOf,
  criterionIds,
  describeStageChangeWith,
  describeStageWith,
  fillRosterError,
  hash32,
  mulberry32,
  rating,
  roundRules,
  stages,
  rosterLimits,
  tierRule,
  type ClassSession,
  type CriterionId,
  type MobilityRule,
  type MobilityRuleId,
  type RosterError,
  type RosterErrorTexts,
  type Student,
} from './classroom-core';

// Everything the browser runs too: the island imports it from classroom-core.ts directly.
export * from './classroom-core';

type ClassroomCopy = ModelCopy['classroom'];


/**
 * The classroom exercise of the first seed document (seed-classroom-wechat): students rate
 * how likely they are to do each of eight things the seed calls government criteria, the
 * class sees its lowest and highest totals, then what the evidence says of each criterion,
 * then a random economic class for each student and rounds in which perks and penalties
 * compound. The criteria are the seed's, in its order; their verdicts are ours, from the
 * research ledger (facts.md M6, M7, M8). The exercise's own mechanics (the rating scale, the
 * classes, the perks and penalties per round) come from no source: they are illustrative.
 */
export interface Criterion {
  readonly id: CriterionId;
  /** What the evidence says of it as a rule that rates people in China. */
  readonly verdict: VerdictStatus;
  /** What that verdict rests on, by bibliography id. */
  readonly evidence: readonly RefId[];
  /** Where a chapter explains it: the chapter's slug and the section's heading id. */
  readonly explainedIn: { readonly chapter: string; readonly section: string };
}


/**
 * The seed's eight criteria, in its order. Verdicts and sources: the research ledger (facts.md M6, M7,
 * M8 and the rows they rest on). A verdict judges the criterion as the seed states it, a rule the
 * government rates people by; the copy's `finding` says what the record shows instead.
 */
export const criteria: readonly Criterion[] = [
  // Smoking on trains is a named ground for a travel ban (rules of May 2018): documented, but as a ban for one offence, not points.
  { id: 'smoking', verdict: 'documented', evidence: ['metro-2018-travel-bans'], explainedIn: { chapter: 'lao-lai', section: 'not-a-score' } },
  { id: 'video-games', verdict: 'myth', evidence: ['bbc-rollingstone-sesame'], explainedIn: { chapter: 'sesame-credit', section: 'nappies-games-and-posts' } },
  { id: 'frivolous-purchases', verdict: 'unsupported', evidence: ['chinadaily-2015-sesame', 'bbc-rollingstone-sesame'], explainedIn: { chapter: 'sesame-credit', section: 'nappies-games-and-posts' } },
  { id: 'social-media', verdict: 'unsupported', evidence: ['bbc-rollingstone-sesame', 'brussee-9dashline-2023'], explainedIn: { chapter: 'sesame-credit', section: 'nappies-games-and-posts' } },
  // False terrorism information is a named travel-ban ground (2018); Liu Hu's listing came from a civil judgment, not from posts.
  { id: 'fake-news', verdict: 'documented', evidence: ['metro-2018-travel-bans', 'globe-2018-liu-hu', 'daum-easy-as-abc'], explainedIn: { chapter: 'lao-lai', section: 'not-a-score' } },
  // The ledger found no source (M8); the nearest record is a village reward for serving, cited as that.
  { id: 'military-service', verdict: 'unsupported', evidence: ['scmp-gan-2019'], explainedIn: { chapter: 'classroom', section: 'the-evidence-reveal' } },
  // AP (2019) says so "in some areas" without naming them: repeated, its local rules not confirmed (M8).
  { id: 'dog-leash', verdict: 'reported', evidence: ['ap-2019-npcic'], explainedIn: { chapter: 'big-picture', section: 'many-systems' } },
  { id: 'traffic', verdict: 'documented', evidence: ['shanghaidaily-2016-traffic', 'scmp-2018-shenzhen-jaywalkers'], explainedIn: { chapter: 'big-picture', section: 'surveillance' } },
];


/** The seed document the criteria and the exercise come from. */
export const criteriaSource: RefId = 'seed-classroom-wechat';

export const findCriterion = (id: string): Criterion | undefined => criteria.find((c) => c.id === id);

// ---------------------------------------------------------------------------------------------
// The stages as a scale

const stageEvidence = illustrative('classroom.stages');

/** The progress through the exercise as a scoring system, so the widget kit treats it as any score. Illustrative. */
export const classroomProgress: ScoringSystem = {
  id: 'classroom',
  scale: { min: stages.roster, max: stages.last, evidence: stageEvidence },
  bands: [
    { id: 'roster', min: stages.roster, max: stages.roster, evidence: stageEvidence },
    { id: 'extremes', min: stages.extremes, max: stages.extremes, evidence: stageEvidence },
    { id: 'evidence', min: stages.firstEvidence, max: stages.classes - 1, evidence: stageEvidence },
    { id: 'classes', min: stages.classes, max: stages.classes, evidence: stageEvidence },
    { id: 'rounds', min: stages.firstRound, max: stages.last, evidence: stageEvidence },
  ],
  consequences: [
    { id: 'extremes-shown', kind: 'perk', when: { atLeast: stages.extremes }, evidence: stageEvidence },
    // The last criterion's evidence is revealed at the stage just before the classes are drawn.
    { id: 'evidence-shown', kind: 'perk', when: { atLeast: stages.classes - 1 }, evidence: stageEvidence },
    { id: 'classes-drawn', kind: 'perk', when: { atLeast: stages.classes }, evidence: stageEvidence },
    { id: 'rounds-played', kind: 'perk', when: { atLeast: stages.firstRound }, evidence: stageEvidence },
    { id: 'final-standings', kind: 'perk', when: { atLeast: stages.last }, evidence: stageEvidence },
  ],
};

export function stageChange(from: number, to: number): Change {
  return compare(classroomProgress, clampStage(from), clampStage(to));
}


/**
 * A deterministic demo class of 24 students with invented nicknames: each student gets a leaning
 * (from rarely to often) and ratings scattered around it, so totals spread from low to high.
 */
export function demoClass(seed: number, nicknames: readonly string[] = classroomDemoNicknames): ClassSession {
  const random = mulberry32(hash32(seed, 'demo'));
  const students = nicknames.slice(0, 24).map((nickname): Student => {
    const leaning = random() * rating.max;
    const ratings = criterionIds.map(() => Math.min(rating.max, Math.max(rating.min, Math.round(leaning + (random() - 0.5) * 3))));
    return { nickname, ratings };
  });
  return { students, seed: seed >>> 0, demo: true };
}

/**
 * The rules of the rounds. Their sizes are invented (units, not yuan), chosen so that a trusted
 * working-class student can climb a class in five rounds and a listed middle-class one can fall:
 * the perk that grows with savings helps the rich most, the flat ones help the poor most, and the
 * flat penalty hurts the poor most, so one class can show both how a score opens mobility and how
 * it widens the gap. Each perk or penalty mirrors a real one, which in reality follows a court's
 * finding, a company's score or a local scheme's rules, never a tally of self-ratings. The
 * mechanics are `roundRules` (classroom-core.ts); what each mirrors is added here, on the server.
 */
const mirrorsOf: Partial<Record<MobilityRuleId, NonNullable<MobilityRule['mirrors']>>> = {
  'cheap-loan': { evidence: documented(['scmp-yan-2019-yangqiao', 'peoples-daily-2019-rongcheng']), basis: 'local-points' },
  'no-deposit': { evidence: documented(['suzhou-2016']), basis: 'commercial-score' },
  'travel-ban': { evidence: documented(['chinadaily-2018-defaulters', 'spc-2015-high-spending']), basis: 'court-list' },
  'no-senior-post': { evidence: documented(['chinadaily-2018-defaulters', 'ap-2019-npcic']), basis: 'court-list' },
};
export const mobilityRules: readonly MobilityRule[] = roundRules.map((rule) => {
  const mirrors = mirrorsOf[rule.id];
  return mirrors ? { ...rule, mirrors } : rule;
});

// ---------------------------------------------------------------------------------------------
// Words

/** The messages for refused input, the limits filled in: handed to the island, which fills in the row and what was found. */
export function rosterErrorTexts({ copy, format }: Pick<Voice<ClassroomCopy>, 'copy' | 'format'>): RosterErrorTexts {
  const limits = {
    max: format.number(rosterLimits.maxStudents),
    maxLength: format.number(rosterLimits.maxNicknameLength),
    ratingMin: format.number(rating.min),
    ratingMax: format.number(rating.max),
  };
  return Object.fromEntries(Object.entries(copy.errors).map(([id, text]) => [id, fill(text, limits)])) as unknown as RosterErrorTexts;
}

/** The message for a refused input, from the copy, its holes filled. */
export function describeRosterError(problem: RosterError, voice: Pick<Voice<ClassroomCopy>, 'copy' | 'format'>): string {
  return fillRosterError(problem, rosterErrorTexts(voice), voice.format);
}

/** What each evidence stage says, one sentence per criterion in order: the same for any class. */
export function evidenceSentences({ copy, common, format }: Voice<ClassroomCopy>): readonly string[] {
  return criteria.map((c, index) => {
    const words = copy.criteria[c.id];
    return fill(copy.sentences.evidence, { n: format.number(index + 1), total: format.number(criteria.length), criterion: words.label, verdict: common.verdicts[c.verdict].label, short: words.short });
  });
}

/** What a stage shows, as one or two sentences. */
export const describeStage = (session: ClassSession, stage: number, voice: Voice<ClassroomCopy>): string => describeStageWith(session, stage, voice, evidenceSentences(voice));

/** The sentence the live region speaks when the stage changes: what the new stage shows, then what it brought or took away. */
export const describeStageChange = (session: ClassSession, from: number, to: number, voice: Voice<ClassroomCopy>): string =>
  describeStageChangeWith(session, from, to, voice, evidenceSentences(voice), classroomProgress);

/** One rule of the rounds as the page shows it: its words with its sizes filled in, and what it mirrors. */
export interface RuleText {
  readonly id: MobilityRuleId;
  readonly label: string;
  readonly detail: string;
  readonly evidence: Evidence;
  readonly mirrors?: { readonly text: string; readonly basis: string; readonly evidence: Evidence };
}

/** The rules of the rounds in words, sizes from `mobilityRules`: computed on the server and handed to the island as plain data. */
export function ruleTexts({ copy, format }: Pick<Voice<ClassroomCopy>, 'copy' | 'format'>): readonly RuleText[] {
  const units = (n: number) => countOf(copy.units, Math.abs(n), format);
  return mobilityRules.map((rule) => {
    const e = rule.effect;
    const values =
      e.kind === 'byClass'
        ? { working: units(e.units.working), middle: units(e.units.middle), wealthy: units(e.units.wealthy) }
        : e.kind === 'units'
          ? { units: units(e.units) }
          : { rate: format.percent(Math.abs(e.rate)) };
    const { label, detail } = copy.rules[rule.id];
    const text: RuleText = { id: rule.id, label, detail: fill(detail, values), evidence: rule.evidence };
    return rule.mirrors
      ? { ...text, mirrors: { text: copy.mirrors[rule.id as keyof ClassroomCopy['mirrors']], basis: copy.bases[rule.mirrors.basis], evidence: rule.mirrors.evidence } }
      : text;
  });
}

/** Every bibliography id the exercise shows: the seed, each criterion's evidence and what each rule of the rounds mirrors. */
// In a pure function call, so a bundle that never reads the list (the island) drops it and the data it walks.
export const classroomRefs: ReadonlySet<RefId> = /* @__PURE__ */ (() =>
  new Set<RefId>([
  criteriaSource,
  ...criteria.flatMap((c) => c.evidence),
  ...mobilityRules.flatMap((r) => [...refsOf(r.evidence), ...(r.mirrors ? refsOf(r.mirrors.evidence) : [])]),
  ...refsOf(rating.evidence),
  ...refsOf(tierRule.evidence),
  ...systemRefs(classroomProgress),
]))();

export type { Evidence };

import { documented, illustrative, refsOf, type Evidence } from './evidence';
import { applyBehaviour, findBehaviour, sesame, sesameScore, uniformLevels, type SesameState } from './sesame';
import { consentEvidence, findLedgerItem, RONGCHENG_START, rongchengScore, startEvidence } from './rongcheng';
import { repairTiers, repairTiersEvidence, tencentCreditScale } from './timeline';
import { actionIds, readingKey, systemIds, type ActionId, type Figures, type ManyAction, type ManyScoresData, type ManySystem, type Reaction, type Reading, type SystemId } from './many-scores';

/**
 * The data of "one person, many scores" (rules and ids in many-scores.ts): the eight systems,
 * what each does for each action and on what evidence, and the numbers the other models work
 * out for the person. Numbers other models own (Sesame's scale and behaviours, Rongcheng's start
 * and ledger, Tencent's day, the repair tiers) are taken from them, never retyped. Built on the
 * server and in tests; the island gets it as plain data.
 */

/** Yangqiao village's 0–100 score, and what it takes off for littering at its river docks. */
const yangqiao = { min: 0, max: 100, littering: -5, evidence: documented(['scmp-yan-2019-yangqiao']) } as const;
/** Schufa's new single score, announced in 2025. */
const schufa = { min: 100, max: 999, criteria: 12, evidence: documented(['dpa-2025-schufa-score']) } as const;
/** FICO's range, and the share of the score its published weights give payment history. */
const fico = { min: 300, max: 850, paymentHistory: 0.35, evidence: documented(['nfcc-fico']) } as const;
/** Nanjing's card for blood donors and other "trustworthy" residents, as Xinhua reported it in 2018. */
const nanjingCard = { lowDiscount: 0.5, highDiscount: 0.6, cards: 5000, evidence: documented(['xinhua-2018-nanjing-card']) } as const;

const court = documented(['cjo-2018-dishonest-list', 'chinadaily-2018-list-launch']);
const companies = documented(['merics-meissner-2017', 'daum-rongcheng'], 'many.company-lists');
const rongchengStandard = documented(['clt-rongcheng-standard'], 'many.standard-part');

const range = (min: number, max: number) => ({ scale: { kind: 'range', min, max }, figures: { min: { value: min }, max: { value: max } } }) as const;

const systems: readonly ManySystem[] = [
  { id: 'sesame', ...range(sesame.scale.min, sesame.scale.max), evidence: [sesame.scale.evidence] },
  {
    id: 'tencent',
    scale: { kind: 'range', min: tencentCreditScale.min, max: tencentCreditScale.max },
    figures: { ...range(tencentCreditScale.min, tencentCreditScale.max).figures, opened: { date: tencentCreditScale.opened }, closed: { date: tencentCreditScale.closed } },
    evidence: [tencentCreditScale.evidence],
  },
  { id: 'rongcheng', scale: { kind: 'ledger', start: RONGCHENG_START }, figures: { start: { value: RONGCHENG_START } }, evidence: [startEvidence, consentEvidence] },
  { id: 'yangqiao', ...range(yangqiao.min, yangqiao.max), evidence: [yangqiao.evidence] },
  { id: 'court-list', scale: { kind: 'yes-no' }, figures: {}, evidence: [court] },
  { id: 'company-list', scale: { kind: 'yes-no' }, figures: {}, evidence: [companies] },
  {
    id: 'schufa',
    scale: { kind: 'range', min: schufa.min, max: schufa.max },
    figures: { ...range(schufa.min, schufa.max).figures, criteria: { value: schufa.criteria } },
    evidence: [schufa.evidence],
  },
  { id: 'fico', ...range(fico.min, fico.max), evidence: [fico.evidence] },
];

/**
 * The person. Their Sesame standings are made up, high enough that the 750 visa lines are
 * within reach of one missed payment; in Rongcheng they have agreed to be scored.
 */
export const personEvidence = illustrative('many.person');
const PERSON_SESAME_STANDING = 70;
export const personSesame: SesameState = { levels: uniformLevels(PERSON_SESAME_STANDING) };

/** The Sesame behaviour and the Rongcheng ledger item an action is, where their models have one. */
export const sesameBehaviourOf: Partial<Record<ActionId, string>> = { 'miss-repayment': 'miss-repayment', 'post-criticism': 'post-criticism' };
export const ledgerItemOf: Partial<Record<ActionId, string>> = { 'miss-repayment': 'bank-arrears', 'litter-rongcheng': 'sunflower-seeds' };

const actions: readonly ManyAction[] = actionIds.map((id) => {
  if (id === 'give-blood-nanjing') {
    const figures: Figures = { low: { value: nanjingCard.lowDiscount, as: 'percent' }, high: { value: nanjingCard.highDiscount, as: 'percent' }, cards: { value: nanjingCard.cards } };
    return { id, elsewhere: { figures, evidence: nanjingCard.evidence } };
  }
  if (id === 'move-postcode') return { id, elsewhere: { figures: {}, evidence: documented(['tagesschau-2024-schufa']) } };
  return { id };
});

type Cell = Pick<Reaction, 'reach' | 'evidence'> & { readonly figures?: Figures };

/** Why each system ignores an action that has nothing to do with it, and the source for that. */
const unrelated: Readonly<Record<SystemId, Cell>> = {
  // Ant's word that Sesame reads only financial and consumption activity: Sesame's own evidence for posts.
  sesame: { reach: 'none', evidence: findBehaviour('post-criticism').evidence },
  tencent: { reach: 'none', evidence: tencentCreditScale.evidence, figures: { closed: { date: tencentCreditScale.closed } } },
  rongcheng: { reach: 'none', evidence: rongchengStandard },
  yangqiao: { reach: 'none', evidence: yangqiao.evidence },
  'court-list': { reach: 'none', evidence: court },
  'company-list': { reach: 'none', evidence: companies },
  schufa: { reach: 'none', evidence: schufa.evidence, figures: { criteria: { value: schufa.criteria } } },
  fico: { reach: 'none', evidence: fico.evidence },
};

/** Sesame's score for the person after some actions, by Sesame's own behaviours. */
function sesameAfter(taken: readonly ActionId[]): number {
  const state = taken.reduce((levels, id) => {
    const behaviour = sesameBehaviourOf[id];
    return behaviour ? applyBehaviour(levels, behaviour) : levels;
  }, personSesame);
  return sesameScore(state.levels);
}

/** Rongcheng's points for the person after some actions, by Rongcheng's own ledger. */
const rongchengAfter = (taken: readonly ActionId[]): number => rongchengScore({ consented: true, entries: taken.flatMap((id) => ledgerItemOf[id] ?? []) })!;

function sesameMove(action: ActionId): Figures {
  const before = sesameAfter([]);
  const after = sesameAfter([action]);
  return { before: { value: before }, after: { value: after }, delta: { value: after - before, as: 'delta' } };
}

const ledgerMove = (item: string): Figures => ({ points: { value: findLedgerItem(item).points, as: 'delta' } });

const [minorTier, generalTier, seriousTier] = repairTiers;

/** The cells with a sentence of their own; every other cell is its system's `unrelated`. */
const cells: Readonly<Record<ActionId, Partial<Record<SystemId, Cell>>>> = {
  'miss-repayment': {
    sesame: { reach: 'reacts', evidence: findBehaviour('miss-repayment').evidence, figures: sesameMove('miss-repayment') },
    rongcheng: { reach: 'reacts', evidence: findLedgerItem('bank-arrears').evidence, figures: ledgerMove('bank-arrears') },
    'court-list': { reach: 'none', evidence: court },
    schufa: { reach: 'reacts', evidence: schufa.evidence, figures: { criteria: { value: schufa.criteria } } },
    fico: { reach: 'reacts', evidence: fico.evidence, figures: { share: { value: fico.paymentHistory, as: 'percent' } } },
  },
  'ignore-judgment': {
    sesame: { reach: 'none', evidence: illustrative('many.no-link') },
    rongcheng: { reach: 'none', evidence: rongchengStandard },
    'court-list': { reach: 'reacts', evidence: documented(['cjo-2018-dishonest-list', 'chinadaily-2016-liang']) },
  },
  'litter-rongcheng': {
    rongcheng: { reach: 'reacts', evidence: findLedgerItem('sunflower-seeds').evidence, figures: ledgerMove('sunflower-seeds') },
    yangqiao: { reach: 'none', evidence: yangqiao.evidence, figures: { points: { value: yangqiao.littering, as: 'delta' } } },
  },
  'give-blood-nanjing': {
    'court-list': { reach: 'none', evidence: documented(['chinadaily-2016-liang']) },
  },
  'post-criticism': {
    sesame: { reach: 'none', evidence: findBehaviour('post-criticism').evidence },
    'court-list': { reach: 'none', evidence: documented(['globe-2018-liu-hu', 'daum-easy-as-abc']) },
  },
  'move-postcode': {
    schufa: { reach: 'depends', evidence: documented(['dpa-2025-schufa-score', 'tagesschau-2024-schufa']), figures: { criteria: { value: schufa.criteria } } },
  },
  'company-inspection': {
    'company-list': {
      reach: 'depends',
      evidence: documented(['merics-meissner-2017', 'daum-rongcheng', ...refsOf(repairTiersEvidence)]),
      figures: {
        minor: { value: minorTier!.toMonths },
        generalFrom: { value: generalTier!.fromMonths },
        generalTo: { value: generalTier!.toMonths },
        seriousFrom: { value: seriousTier!.fromMonths },
        seriousTo: { value: seriousTier!.toMonths },
      },
    },
  },
};

const reactions: readonly Reaction[] = actionIds.flatMap((action) =>
  systemIds.map((system) => {
    const cell = cells[action][system];
    const { reach, evidence, figures = {} } = cell ?? unrelated[system];
    return { action, system, reach, evidence, own: cell !== undefined, figures };
  }),
);

/** Every combination of some actions, each in action order. */
function combinations(moves: readonly ActionId[]): ActionId[][] {
  return moves.reduce<ActionId[][]>((sets, id) => sets.concat(sets.map((set) => [...set, id])), [[]]);
}

function reading(system: SystemId, moves: readonly ActionId[], value: (taken: readonly ActionId[]) => number, evidence: Evidence): Reading {
  return { system, moves, values: Object.fromEntries(combinations(moves).map((taken) => [readingKey(taken), value(taken)])), evidence };
}

export const manyScoresData: ManyScoresData = {
  systems,
  actions,
  reactions,
  readings: [
    reading('sesame', actionIds.filter((id) => sesameBehaviourOf[id]), sesameAfter, personEvidence),
    reading('rongcheng', actionIds.filter((id) => ledgerItemOf[id]), rongchengAfter, startEvidence),
  ],
  sesame,
  personEvidence,
  noTotalEvidence: documented(['mittr-yang-2022', 'brussee-9dashline-2023']),
  courtRestrictionsEvidence: documented(['chinadaily-2018-defaulters', 'spc-2015-high-spending']),
};

/** Every piece of evidence the widget can show. */
export const manyScoresEvidence: readonly Evidence[] = [
  manyScoresData.personEvidence,
  manyScoresData.noTotalEvidence,
  manyScoresData.courtRestrictionsEvidence,
  ...systems.flatMap((s) => s.evidence),
  ...reactions.map((r) => r.evidence),
  ...manyScoresData.readings.map((r) => r.evidence),
  ...actions.flatMap((a) => (a.elsewhere ? [a.elsewhere.evidence] : [])),
  ...sesame.bands.map((b) => b.evidence),
  ...sesame.consequences.flatMap((c) => [c.evidence, ...(c.conflicting ?? []).map((r) => r.evidence)]),
];

/** Every bibliography id behind something the widget shows. */
export const manyScoresRefs: ReadonlySet<string> = new Set(manyScoresEvidence.flatMap(refsOf));

/** Every evidence note key the widget can show, so its island is handed just those notes. */
export const manyScoresNoteKeys: ReadonlySet<string> = new Set(manyScoresEvidence.flatMap((e) => (e.note ? [e.note] : [])));

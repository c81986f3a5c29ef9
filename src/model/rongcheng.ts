import { documented, illustrative, reported, type Evidence } from './evidence';
import { bandAt, compare, describeChange, describeThreshold, systemRefs, type Band, type Change, type ScoringSystem, type Voice } from './system';
import { fill } from '../i18n/format';
import type { RongchengCopy } from './copy';

/**
 * Rongcheng (荣成), Shandong: the city-run personal credit points best known from press
 * reports. Every number and rule a widget or chapter shows about Rongcheng is in this file;
 * its words are in copy/<locale>/rongcheng.ts, keyed by the ids used here.
 *
 * Two documented rules shape the model beyond the arithmetic:
 * - since 2021 scoring needs the resident's consent; without it records are kept but no
 *   score is computed and no incentives apply;
 * - a low score alone is never the basis for penalties (China Law Translate's summary of the
 *   rules). Penalties come from the court or regulator decisions that also cost points, so
 *   they hang off ledger entries, never off grades.
 */

export const RONGCHENG_START = 1000;
export const MAX_LEDGER_ENTRIES = 40;

export const startEvidence = reported(['seed-explained-2024', 'fp-mistreanu-2018'], 'rongcheng.start');

const bandGuess = illustrative('rongcheng.band-guess');

/** The evidence behind the grade lines other than AAA: none, they are our illustration. */
export const gradeBandEvidence = bandGuess;

/** Since 2021: scoring needs consent; without it records are kept but nothing is scored. */
export const consentEvidence = documented(['clt-rongcheng-experience'], 'rongcheng.consent');

/**
 * The rule the whole penalties panel rests on. Its words (copy `lowScoreRule`) are China Law
 * Translate's summary of the current rules, not the rules' own wording, so views attribute them.
 */
export const lowScoreRuleEvidence = documented(['clt-rongcheng-experience'], 'rongcheng.low-score-rule');

/**
 * What grades did under the scheme before the 2021 rules: dated notes, never consequences.
 * No score in the ledger switches them on, because the rules in force now forbid that.
 */
export interface DatedNote {
  /** Keys its words in the copy (`olderScheme`). */
  readonly id: string;
  /** ISO date of the report. */
  readonly date: string;
  readonly evidence: Evidence;
}

export const olderSchemeNotes: readonly DatedNote[] = [
  { id: 'ballot-2015', date: '2015-12-06', evidence: documented(['xinhua-2015-rongcheng']) },
  { id: 'grades-in-daily-life', date: '2019-04-19', evidence: documented(['peoples-daily-2019-rongcheng', 'xinhua-2015-rongcheng']) },
];

/**
 * Another county's rule, shown beside the ledger for comparison only: Huantai is in Zibo, in
 * central Shandong, not near Rongcheng (Weihai, at the eastern tip). Its AAA perks are not
 * Rongcheng's, so the ledger never shows them as unlocked.
 */
export const huantaiComparison = { threshold: 1050, grade: 'AAA', evidence: documented(['chinanews-huantai-2022']) } as const;

export const rongcheng: ScoringSystem = {
  id: 'rongcheng',
  // Points have no published floor or ceiling; the scale only rules out non-numbers.
  scale: { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, evidence: startEvidence },
  bands: [
    { id: 'AAA', min: huantaiComparison.threshold, max: Number.MAX_SAFE_INTEGER, evidence: illustrative('rongcheng.aaa', ['chinanews-huantai-2022', 'clt-rongcheng-measures']) },
    { id: 'AA', min: 1030, max: 1049, evidence: bandGuess },
    { id: 'A', min: 960, max: 1029, evidence: bandGuess },
    { id: 'B', min: 850, max: 959, evidence: bandGuess },
    { id: 'C', min: 600, max: 849, evidence: bandGuess },
    { id: 'D', min: Number.MIN_SAFE_INTEGER, max: 599, evidence: bandGuess },
  ],
  consequences: [
    {
      id: 'village-rewards',
      kind: 'reward',
      icon: 'gift',
      when: { atLeast: 1020 },
      evidence: illustrative('rongcheng.rewards-line', ['scmp-gan-2019', 'peoples-daily-2019-rongcheng']),
    },
  ],
};

export type EntryKind = 'deed' | 'offence';

/** Who imposes a penalty for the conduct itself, whatever the points do. Words: copy `penalties`. */
export interface SeparatePenalty {
  readonly evidence: Evidence;
}

/** Penalties that follow from the law in general; no Rongcheng source names them. */
const generalLaw = illustrative('rongcheng.general-law');

export interface LedgerItem {
  readonly id: string;
  /** Two letters, used in shareable URLs. Never reuse a retired code. */
  readonly code: string;
  readonly kind: EntryKind;
  readonly points: number;
  readonly evidence: Evidence;
  readonly penalty?: SeparatePenalty;
}

const standard = documented(['clt-rongcheng-standard']);
const village = documented(['scmp-gan-2019']);

export const ledgerItems: readonly LedgerItem[] = [
  { id: 'basketball-hoop', code: 'bh', kind: 'deed', points: 2, evidence: village },
  { id: 'son-in-army', code: 'sa', kind: 'deed', points: 10, evidence: village },
  { id: 'donate-tv', code: 'tv', kind: 'deed', points: 30, evidence: village },
  {
    id: 'county-honour',
    code: 'ch',
    kind: 'deed',
    points: 5,
    evidence: illustrative('rongcheng.county-honour', ['baoji-honours']),
  },
  {
    id: 'sunflower-seeds',
    code: 'ss',
    kind: 'offence',
    points: -10,
    evidence: documented(['peoples-daily-2019-rongcheng']),
    penalty: { evidence: documented(['peoples-daily-2019-rongcheng']) },
  },
  { id: 'bank-arrears', code: 'ba', kind: 'offence', points: -10, evidence: documented(['clt-rongcheng-standard'], 'rongcheng.arrears') },
  { id: 'late-fees', code: 'lf', kind: 'offence', points: -20, evidence: standard },
  { id: 'contract-breach', code: 'cb', kind: 'offence', points: -20, evidence: standard },
  {
    id: 'sued-for-debt',
    code: 'sd',
    kind: 'offence',
    points: -30,
    evidence: standard,
    penalty: { evidence: documented(['chinadaily-2018-defaulters']) },
  },
  {
    id: 'fake-goods',
    code: 'fg',
    kind: 'offence',
    points: -30,
    evidence: standard,
    penalty: { evidence: generalLaw },
  },
  {
    id: 'sued-breach',
    code: 'sb',
    kind: 'offence',
    points: -50,
    evidence: standard,
    penalty: { evidence: documented(['chinadaily-2018-defaulters']) },
  },
  {
    id: 'steal-utilities',
    code: 'su',
    kind: 'offence',
    points: -60,
    evidence: standard,
    penalty: { evidence: generalLaw },
  },
  {
    id: 'destroy-equipment',
    code: 'de',
    kind: 'offence',
    points: -100,
    evidence: standard,
    penalty: { evidence: generalLaw },
  },
];

const itemById = new Map(ledgerItems.map((item) => [item.id, item]));
const itemByCode = new Map(ledgerItems.map((item) => [item.code, item]));

export function findLedgerItem(id: string): LedgerItem {
  const item = itemById.get(id);
  if (!item) throw new RangeError(`Rongcheng: unknown deed or offence "${id}"`);
  return item;
}

export function findLedgerItemByCode(code: string): LedgerItem | undefined {
  return itemByCode.get(code);
}

export interface RongchengState {
  /** Since 2021, no score without the resident's consent. */
  readonly consented: boolean;
  /** Ledger item ids in the order they happened. */
  readonly entries: readonly string[];
}

export const defaultRongchengState: RongchengState = { consented: true, entries: [] };

/** The running total after each entry, starting from 1,000. */
export function runningTotals(entries: readonly string[]): number[] {
  let total = RONGCHENG_START;
  return entries.map((id) => (total += findLedgerItem(id).points));
}

/** Null when the resident has not consented: records are kept, but nothing is scored. */
export function rongchengScore(state: RongchengState): number | null {
  if (state.entries.length > MAX_LEDGER_ENTRIES) throw new RangeError(`Rongcheng: a ledger holds at most ${MAX_LEDGER_ENTRIES} entries`);
  const totals = runningTotals(state.entries);
  if (!state.consented) return null;
  return totals.at(-1) ?? RONGCHENG_START;
}

export function gradeFor(score: number): Band {
  return bandAt(rongcheng, score);
}

export function addEntry(state: RongchengState, id: string): RongchengState {
  findLedgerItem(id);
  if (state.entries.length >= MAX_LEDGER_ENTRIES) throw new RangeError(`Rongcheng: a ledger holds at most ${MAX_LEDGER_ENTRIES} entries`);
  return { ...state, entries: [...state.entries, id] };
}

export function removeEntry(state: RongchengState, index: number): RongchengState {
  if (!Number.isInteger(index) || index < 0 || index >= state.entries.length) throw new RangeError(`Rongcheng: no ledger entry at position ${index}`);
  return { ...state, entries: state.entries.filter((_, i) => i !== index) };
}

export function setConsent(state: RongchengState, consented: boolean): RongchengState {
  return { ...state, consented };
}

/** Penalties in force because of what the resident did, one per distinct offence. */
export function separatePenalties(state: RongchengState): { item: LedgerItem; penalty: SeparatePenalty }[] {
  const seen = new Set<string>();
  return state.entries.flatMap((id) => {
    const item = findLedgerItem(id);
    if (!item.penalty || seen.has(id)) return [];
    seen.add(id);
    return [{ item, penalty: item.penalty }];
  });
}

/** "The court: a judgment to pay … For: Get sued …": who penalises, what, and for which entry. */
export function describePenalty(item: LedgerItem, { copy }: Voice<RongchengCopy>): string {
  const words = copy.penalties[item.id as keyof RongchengCopy['penalties']];
  return fill(copy.sentences.penalty, { from: words.from, what: words.what, label: itemLabel(item, copy) });
}

export const itemLabel = (item: LedgerItem, copy: RongchengCopy): string => copy.ledgerItems[item.id as keyof RongchengCopy['ledgerItems']];

/** Grades low enough that a reader might expect them to trigger penalties on their own. */
export function isLowGrade(grade: Band): boolean {
  return grade.id === 'C' || grade.id === 'D';
}

/** A grade's points as a range, open-ended at the top and bottom grades: "1,030–1,049 points". */
export function describeGradeRange(grade: Band, voice: Voice<RongchengCopy>): string {
  const { copy, format } = voice;
  const hasFloor = grade.min > Number.MIN_SAFE_INTEGER;
  const hasCeiling = grade.max < Number.MAX_SAFE_INTEGER;
  if (hasFloor && hasCeiling) return fill(copy.sentences.gradeRange, { range: describeThreshold({ atLeast: grade.min, atMost: grade.max }, voice) });
  if (hasFloor) return fill(copy.sentences.gradeFloor, { value: format.number(grade.min) });
  if (hasCeiling) return fill(copy.sentences.gradeCeiling, { value: format.number(grade.max) });
  return copy.sentences.anyPoints;
}

export function rongchengChange(before: RongchengState, after: RongchengState): Change {
  return compare(rongcheng, rongchengScore(before), rongchengScore(after));
}

export function describeRongchengChange(before: RongchengState, after: RongchengState, voice: Voice<RongchengCopy>, cause?: string): string {
  return describeChange(rongchengChange(before, after), voice, cause);
}

/** What the reader did, for an announcement. */
export type LedgerAction =
  | { readonly type: 'add'; readonly item: string }
  | { readonly type: 'remove'; readonly item: string }
  | { readonly type: 'clear' }
  | { readonly type: 'consent'; readonly consented: boolean };

export function describeAction(action: LedgerAction, { copy, format }: Voice<RongchengCopy>): string {
  switch (action.type) {
    case 'add': {
      const item = findLedgerItem(action.item);
      return fill(copy.sentences.entryCause, { label: itemLabel(item, copy), delta: format.delta(item.points) });
    }
    case 'remove':
      return fill(copy.sentences.removed, { label: itemLabel(findLedgerItem(action.item), copy) });
    case 'clear':
      return copy.sentences.cleared;
    case 'consent':
      return action.consented ? copy.sentences.consentGiven : copy.sentences.consentWithdrawn;
  }
}

/** A burst of actions said once: the action, the same action "3 times", or "3 changes". */
export function describeBurst(actions: readonly LedgerAction[], voice: Voice<RongchengCopy>): string | undefined {
  const causes = actions.map((a) => describeAction(a, voice));
  const [first] = causes;
  if (first === undefined) return undefined;
  if (causes.length === 1) return first;
  if (causes.every((c) => c === first)) return fill(voice.copy.sentences.repeated, { cause: first, count: voice.format.number(causes.length) });
  return fill(voice.copy.sentences.many, { count: voice.format.number(causes.length) });
}

export interface Neighbour {
  /** Stable: views look villagers up by id, never by the name they display. Words: copy `neighbours`. */
  readonly id: string;
  readonly score: number;
  readonly evidence: Evidence;
}

const madeUp = illustrative('rongcheng.made-up');

/** The one real villager on the board. */
export const LIU_GUOPING = 'liu-guoping';

/** Liu ended 2018 twenty points above the baseline, which is documented. */
export const LIU_ABOVE_BASELINE = 20;

/**
 * Liu's "20 above the baseline" is documented; the baseline of 1,000 is only reported, so
 * his 1,020 is as reported too.
 */
export const liuGuopingEvidence = reported(['peoples-daily-2019-rongcheng', 'seed-explained-2024'], 'rongcheng.liu');

/**
 * The village board the reader is ranked on: a composite. Liu Guoping lives in Dongdao Liujia
 * village; the deeds in the ledger come from Jiakuang Majia; everyone else is made up.
 */
export const neighbours: readonly Neighbour[] = [
  { id: LIU_GUOPING, score: RONGCHENG_START + LIU_ABOVE_BASELINE, evidence: liuGuopingEvidence },
  { id: 'shopkeeper', score: 1055, evidence: madeUp },
  { id: 'retired-teacher', score: 1034, evidence: madeUp },
  { id: 'gatherer', score: 1012, evidence: madeUp },
  { id: 'fisherman', score: 1000, evidence: madeUp },
  { id: 'young-couple', score: 990, evidence: madeUp },
  { id: 'farmer', score: 970, evidence: madeUp },
  { id: 'builder', score: 930, evidence: madeUp },
];

/** What the board is, said wherever it is shown. */
export const boardEvidence = illustrative('rongcheng.board', ['peoples-daily-2019-rongcheng', 'scmp-gan-2019']);

export const READER = 'reader';

export interface BoardRow {
  readonly id: string;
  readonly score: number;
  readonly grade: Band;
  readonly isReader: boolean;
  readonly rank: number;
  /** Where a neighbour's total comes from; none for the reader, whose score is their own. */
  readonly evidence?: Evidence;
}

/** Highest first; ties share a rank and the reader is listed first among equals. */
export function villageBoard(readerScore: number): BoardRow[] {
  const rows = [
    { id: READER, score: readerScore, isReader: true },
    ...neighbours.map((n) => ({ id: n.id, score: n.score, isReader: false, evidence: n.evidence })),
  ].sort((a, b) => b.score - a.score || Number(b.isReader) - Number(a.isReader));
  return rows.map((row) => ({ ...row, grade: gradeFor(row.score), rank: rows.findIndex((r) => r.score === row.score) + 1 }));
}

export function describeStanding(readerScore: number | null, { copy, format }: Voice<RongchengCopy>): string {
  if (readerScore === null) return copy.sentences.notOnBoard;
  const board = villageBoard(readerScore);
  const you = board.find((row) => row.isReader)!;
  return fill(copy.sentences.standing, { rank: format.number(you.rank), total: format.number(board.length) });
}

/**
 * The scrolly's village board, step by step: Liu Guoping loses and regains points, three
 * villagers from Jiakuang Majia earn the documented points for their deeds, then made-up
 * neighbours fill the board. Each villager's score per step, from the step they appear in.
 */
export const boardStorySteps = ['start', 'seeds', 'earned-back', 'hoop', 'tv', 'army', 'board'] as const;
export type BoardStoryStep = (typeof boardStorySteps)[number];

export interface StoryVillager {
  readonly id: string;
  readonly scores: Partial<Record<BoardStoryStep, number>>;
}

const fromStep = (step: BoardStoryStep, score: number): Partial<Record<BoardStoryStep, number>> =>
  Object.fromEntries(boardStorySteps.slice(boardStorySteps.indexOf(step)).map((s) => [s, score]));
const afterDeed = (id: string) => RONGCHENG_START + findLedgerItem(id).points;
const neighbourScore = (id: string) => neighbours.find((n) => n.id === id)!.score;

export const boardStory: readonly StoryVillager[] = [
  {
    id: LIU_GUOPING,
    scores: { start: RONGCHENG_START, seeds: afterDeed('sunflower-seeds'), ...fromStep('earned-back', neighbourScore(LIU_GUOPING)) },
  },
  { id: 'hoop-builder', scores: fromStep('hoop', afterDeed('basketball-hoop')) },
  { id: 'tv-donor', scores: fromStep('tv', afterDeed('donate-tv')) },
  { id: 'army-family', scores: fromStep('army', afterDeed('son-in-army')) },
  ...['shopkeeper', 'retired-teacher', 'young-couple', 'farmer'].map((id) => ({ id, scores: fromStep('board', neighbourScore(id)) })),
];

/** Every bibliography id behind a number Rongcheng's widget or chapter can show. */
export const rongchengRefs: ReadonlySet<string> = systemRefs(rongcheng, [
  startEvidence,
  consentEvidence,
  lowScoreRuleEvidence,
  huantaiComparison.evidence,
  boardEvidence,
  ...olderSchemeNotes.map((n) => n.evidence),
  ...ledgerItems.flatMap((i) => [i.evidence, ...(i.penalty ? [i.penalty.evidence] : [])]),
  ...neighbours.map((n) => n.evidence),
]);

/**
 * The village board's axis: round fifties around every villager and the 1,000 start, with a
 * tick every 50 points, or every 100, 200… when that would give more ticks than fit.
 */
export function boardAxis(scores: readonly number[], maxTicks: number): { domain: [number, number]; ticks: number[] } {
  const low = Math.floor((Math.min(...scores, RONGCHENG_START) - 10) / 50) * 50;
  const high = Math.ceil((Math.max(...scores, RONGCHENG_START) + 10) / 50) * 50;
  let step = 50;
  while ((high - low) / step + 1 > Math.max(2, maxTicks)) step *= 2;
  const ticks: number[] = [];
  for (let tick = Math.ceil(low / step) * step; tick <= high; tick += step) ticks.push(tick);
  return { domain: [low, high], ticks };
}

import { documented, illustrative, reported, type Evidence } from './evidence';
import { bandAt, compare, describeChange, describeThreshold, formatDelta, formatScore, systemRefs, type Band, type Change, type ScoringSystem } from './system';

/**
 * Rongcheng (荣成), Shandong: the city-run personal credit points best known from press
 * reports. Everything a widget or chapter says about Rongcheng's numbers is in this file.
 *
 * Two documented rules shape the model beyond the arithmetic:
 * - since 2021 scoring needs the resident's consent; without it records are kept but no
 *   score is computed and no incentives apply;
 * - a low score alone is never the basis for penalties. Penalties come from the court or
 *   regulator decisions that also cost points, so they hang off ledger entries, not grades.
 */

export const RONGCHENG_START = 1000;
export const MAX_LEDGER_ENTRIES = 40;

export const startEvidence = reported(
  ['fp-mistreanu-2018', 'seed-explained-2024'],
  'Widely reported; the figure could not be seen in the rules we could read. Huantai, another Shandong county, puts AAA at 1,050 points, which fits a 1,000 start.',
);

const bandGuess = illustrative('Rongcheng\'s point bands for each grade were not found in any source we could read.');

/** The evidence behind the grade lines other than AAA: none, they are our illustration. */
export const gradeBandEvidence = bandGuess;

/** Since 2021: scoring needs consent; without it records are kept but nothing is scored. */
export const consentEvidence = documented(['clt-rongcheng-experience'], 'Under the rules issued on 18 June 2021.');

/**
 * The rule the whole penalties panel rests on. The words are China Law Translate's summary of
 * the current rules, not the rules' own wording, so every view attributes them.
 */
export const lowScoreRule = {
  attribution: 'China Law Translate sums up the current rules this way',
  quote: 'a low score alone is never the basis for credit penalties and other restrictions of basic services',
  evidence: documented(['clt-rongcheng-experience'], 'China Law Translate\'s summary of the rules, not their wording.'),
} as const;

/**
 * What grades did under the scheme before the 2021 rules: dated notes, never consequences.
 * No score in the ledger switches them on, because the rules in force now forbid that.
 */
export interface DatedNote {
  readonly id: string;
  /** ISO date of the report. */
  readonly date: string;
  readonly text: string;
  readonly evidence: Evidence;
}

export const olderSchemeNotes: readonly DatedNote[] = [
  {
    id: 'ballot-2015',
    date: '2015-12-06',
    text: 'Xinhua reported that a candidate for a village committee, graded C after a hit-and-run, had been struck off the ballot.',
    evidence: documented(['xinhua-2015-rongcheng']),
  },
  {
    id: 'grades-in-daily-life',
    date: '2019-04-19',
    text: 'People\'s Daily reported that in the city loans and promotions took the credit grade into account, and that in villages awards and welfare were closely tied to it. Xinhua had listed hiring, exams, loans and start-up support in 2015.',
    evidence: documented(['peoples-daily-2019-rongcheng', 'xinhua-2015-rongcheng']),
  },
];

/**
 * Another county's rule, shown beside the ledger for comparison only: Huantai is in Zibo, in
 * central Shandong, not near Rongcheng (Weihai, at the eastern tip). Its AAA perks are not
 * Rongcheng's, so the ledger never shows them as unlocked.
 */
export const huantaiComparison = {
  place: 'Huantai county (Zibo, central Shandong)',
  threshold: 1050,
  grade: 'AAA',
  brings: 'discounts on gas, water and heating bills, plus shopping, bus and cycling cards; one resident with 1,065 points saved 300 yuan on heating',
  evidence: documented(['chinanews-huantai-2022']),
} as const;

export const rongcheng: ScoringSystem = {
  id: 'rongcheng',
  name: 'Rongcheng personal credit',
  bandNoun: 'grade',
  // Points have no published floor or ceiling; the scale only rules out non-numbers.
  scale: { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, evidence: startEvidence },
  bands: [
    { id: 'AAA', label: 'AAA', min: 1050, max: Number.MAX_SAFE_INTEGER, gloss: 'Top grade. 1,050 is where AAA starts in Huantai, another Shandong county.', evidence: illustrative('The 1,050 line is documented for Huantai, another county, not for Rongcheng.', ['chinanews-huantai-2022', 'clt-rongcheng-measures']) },
    { id: 'AA', label: 'AA', min: 1030, max: 1049, evidence: bandGuess },
    { id: 'A', label: 'A', min: 960, max: 1029, gloss: 'The reported 1,000-point start falls in this grade.', evidence: bandGuess },
    { id: 'B', label: 'B', min: 850, max: 959, evidence: bandGuess },
    { id: 'C', label: 'C', min: 600, max: 849, evidence: bandGuess },
    { id: 'D', label: 'D', min: Number.MIN_SAFE_INTEGER, max: 599, evidence: bandGuess },
  ],
  consequences: [
    {
      id: 'village-rewards',
      label: 'Village rewards and praise on the board',
      detail: 'In one Rongcheng village high scorers received rice, oil and cash and were praised on the bulletin board; one man got 200 yuan, free cable TV and machine ploughing.',
      kind: 'reward',
      when: { atLeast: 1020 },
      evidence: illustrative('The rewards are documented; the 1,020 line is where Liu Guoping, who received them, ended his year.', ['scmp-gan-2019', 'peoples-daily-2019-rongcheng']),
    },
  ],
};

export type EntryKind = 'deed' | 'offence';

/** Who imposes a penalty for the conduct itself, whatever the points do. */
export interface SeparatePenalty {
  readonly from: string;
  readonly what: string;
  readonly evidence: Evidence;
}

/** Penalties that follow from the law in general; no Rongcheng source names them. */
const generalLaw = illustrative('A general legal consequence of such conduct in China, not taken from Rongcheng\'s rules.');

export interface LedgerItem {
  readonly id: string;
  /** Two letters, used in shareable URLs. Never reuse a retired code. */
  readonly code: string;
  readonly kind: EntryKind;
  readonly label: string;
  readonly points: number;
  readonly evidence: Evidence;
  readonly penalty?: SeparatePenalty;
}

const standard = documented(['clt-rongcheng-standard']);
const village = documented(['scmp-gan-2019']);

export const ledgerItems: readonly LedgerItem[] = [
  { id: 'basketball-hoop', code: 'bh', kind: 'deed', label: 'Spend 8 hours installing the village basketball hoop', points: 2, evidence: village },
  { id: 'son-in-army', code: 'sa', kind: 'deed', label: 'Your son joins the army', points: 10, evidence: village },
  { id: 'donate-tv', code: 'tv', kind: 'deed', label: 'Donate a 3,000-yuan TV to the village', points: 30, evidence: village },
  {
    id: 'county-honour',
    code: 'ch',
    kind: 'deed',
    label: 'Receive a county-level honour',
    points: 5,
    evidence: illustrative('Rongcheng\'s own bonus values were not found; 5 is what Baoji, another city, gives a county honour.', ['baoji-honours']),
  },
  {
    id: 'sunflower-seeds',
    code: 'ss',
    kind: 'offence',
    label: 'Drop sunflower-seed shells in the street',
    points: -10,
    evidence: documented(['peoples-daily-2019-rongcheng']),
    penalty: { from: 'the village', what: 'a fine, on top of the points', evidence: documented(['peoples-daily-2019-rongcheng']) },
  },
  { id: 'bank-arrears', code: 'ba', kind: 'offence', label: 'Fall a month behind on a bank loan or credit card', points: -10, evidence: documented(['clt-rongcheng-standard'], 'Per monthly cycle in arrears.') },
  { id: 'late-fees', code: 'lf', kind: 'offence', label: 'Pay public-service fees late', points: -20, evidence: standard },
  { id: 'contract-breach', code: 'cb', kind: 'offence', label: 'Break a lending, lease or insurance contract', points: -20, evidence: standard },
  {
    id: 'sued-for-debt',
    code: 'sd',
    kind: 'offence',
    label: 'Get sued and found liable for an unpaid debt',
    points: -30,
    evidence: standard,
    penalty: {
      from: 'the court',
      what: 'a judgment to pay; refuse to pay when you can and the court can list you as a defaulter, with bans on flights and high-speed trains',
      evidence: documented(['chinadaily-2018-defaulters']),
    },
  },
  {
    id: 'fake-goods',
    code: 'fg',
    kind: 'offence',
    label: 'Produce fake goods',
    points: -30,
    evidence: standard,
    penalty: { from: 'market regulators', what: 'fines and, in serious cases, prosecution', evidence: generalLaw },
  },
  {
    id: 'sued-breach',
    code: 'sb',
    kind: 'offence',
    label: 'Get sued and found in breach of contract',
    points: -50,
    evidence: standard,
    penalty: {
      from: 'the court',
      what: 'a judgment against you; refuse to comply when you can and the court can list you as a defaulter',
      evidence: documented(['chinadaily-2018-defaulters']),
    },
  },
  {
    id: 'steal-utilities',
    code: 'su',
    kind: 'offence',
    label: 'Steal water, gas, electricity or heat',
    points: -60,
    evidence: standard,
    penalty: { from: 'the utility and the police', what: 'repayment, fines and possibly prosecution', evidence: generalLaw },
  },
  {
    id: 'destroy-equipment',
    code: 'de',
    kind: 'offence',
    label: 'Destroy public utility or communications equipment, causing a negative impact',
    points: -100,
    evidence: standard,
    penalty: { from: 'the police and the courts', what: 'damages and possibly prosecution', evidence: generalLaw },
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

/** "the court: a judgment to pay … — because you get sued …": who penalises, what, and why. */
export function describePenalty(item: LedgerItem, penalty: SeparatePenalty): string {
  return `${penalty.from.charAt(0).toUpperCase()}${penalty.from.slice(1)}: ${penalty.what} — because you ${item.label.charAt(0).toLowerCase()}${item.label.slice(1)}`;
}

/** Grades low enough that a reader might expect them to trigger penalties on their own. */
export function isLowGrade(grade: Band): boolean {
  return grade.id === 'C' || grade.id === 'D';
}

/** A grade's points as a range, open-ended at the top and bottom grades: "1,030–1,049 points". */
export function describeGradeRange(grade: Band): string {
  const hasFloor = grade.min > Number.MIN_SAFE_INTEGER;
  const hasCeiling = grade.max < Number.MAX_SAFE_INTEGER;
  if (hasFloor && hasCeiling) return `${describeThreshold({ atLeast: grade.min, atMost: grade.max })} points`;
  if (hasFloor) return `${formatScore(grade.min)} points or more`;
  if (hasCeiling) return `${formatScore(grade.max)} points or less`;
  return 'any number of points';
}

export function rongchengChange(before: RongchengState, after: RongchengState): Change {
  return compare(rongcheng, rongchengScore(before), rongchengScore(after));
}

export function describeRongchengChange(before: RongchengState, after: RongchengState, cause?: string): string {
  return describeChange(rongchengChange(before, after), cause);
}

export function entryCause(item: LedgerItem): string {
  return `${item.label}: ${formatDelta(item.points)} points`;
}

export interface Neighbour {
  /** Stable: views look villagers up by id, never by the name they display. */
  readonly id: string;
  readonly name: string;
  readonly score: number;
  readonly evidence: Evidence;
}

const madeUp = illustrative('A made-up neighbour.');

/** The one real villager on the board. */
export const LIU_GUOPING = 'liu-guoping';

/**
 * Liu ended 2018 "20 above the baseline" (documented); the baseline of 1,000 is only reported,
 * so his 1,020 is as reported too.
 */
export const liuGuopingEvidence = reported(
  ['peoples-daily-2019-rongcheng', 'fp-mistreanu-2018'],
  '20 points above the baseline is documented; the 1,000 baseline is only reported, so 1,020 is too.',
);

/**
 * The village board the reader is ranked on: a composite. Liu Guoping lives in Dongdao Liujia
 * village; the deeds in the ledger come from Jiakuang Majia; everyone else is made up.
 */
export const neighbours: readonly Neighbour[] = [
  { id: LIU_GUOPING, name: 'Liu Guoping', score: 1020, evidence: liuGuopingEvidence },
  { id: 'shopkeeper', name: 'The shopkeeper', score: 1055, evidence: madeUp },
  { id: 'retired-teacher', name: 'A retired teacher', score: 1034, evidence: madeUp },
  { id: 'gatherer', name: 'The information gatherer', score: 1012, evidence: madeUp },
  { id: 'fisherman', name: 'A fisherman', score: 1000, evidence: madeUp },
  { id: 'young-couple', name: 'A young couple', score: 990, evidence: madeUp },
  { id: 'farmer', name: 'A farmer with bank arrears', score: 970, evidence: madeUp },
  { id: 'builder', name: 'A builder sued over a contract', score: 930, evidence: madeUp },
];

/** What the board is, said wherever it is shown. */
export const boardEvidence = illustrative(
  'A composite board: Liu Guoping lives in Dongdao Liujia village, the good deeds come from Jiakuang Majia, and the other neighbours are made up.',
  ['peoples-daily-2019-rongcheng', 'scmp-gan-2019'],
);

export interface BoardRow {
  readonly id: string;
  readonly name: string;
  readonly score: number;
  readonly grade: Band;
  readonly isReader: boolean;
  readonly rank: number;
  /** Where a neighbour's total comes from; none for the reader, whose score is their own. */
  readonly evidence?: Evidence;
}

/** Highest first; ties share a rank and the reader is listed first among equals. */
export function villageBoard(readerScore: number, readerName = 'You'): BoardRow[] {
  const rows = [
    { id: 'reader', name: readerName, score: readerScore, isReader: true },
    ...neighbours.map((n) => ({ id: n.id, name: n.name, score: n.score, isReader: false, evidence: n.evidence })),
  ].sort((a, b) => b.score - a.score || Number(b.isReader) - Number(a.isReader));
  return rows.map((row) => ({ ...row, grade: gradeFor(row.score), rank: rows.findIndex((r) => r.score === row.score) + 1 }));
}

export function describeStanding(readerScore: number | null): string {
  if (readerScore === null) return 'Not on the board: without consent there is no score to rank.';
  const board = villageBoard(readerScore);
  const you = board.find((row) => row.isReader)!;
  return `You rank ${you.rank} of ${board.length} on the village board.`;
}

/** Every bibliography id behind a number Rongcheng's widget or chapter can show. */
export const rongchengRefs: ReadonlySet<string> = systemRefs(rongcheng, [
  startEvidence,
  consentEvidence,
  lowScoreRule.evidence,
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

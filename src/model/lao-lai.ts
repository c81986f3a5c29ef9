import { documented, type Evidence } from './evidence';
import { listFlows, repairTiers, repairTiersEvidence, type ListFlow } from './timeline';
import { fill, type Formatter } from '../i18n/format';
import type { ModelCopy } from './copy';

/**
 * The courts' list of dishonest judgment defaulters ("lao lai"), as the lao-lai chapter tells it:
 * the six kinds of conduct that put a judgment debtor on it, the 2015 limits on high spending
 * that follow, the 2014 joint guideline, the published figures with their units, the local
 * courts' shaming cases with place and date, and the ways off the list. Language-free: the words
 * for every id are in the model copy (`laoLai`). The yearly flows onto and off the list and the
 * display periods of credit repair are the big-picture timeline's (`listFlows`, `repairTiers`),
 * written once and re-exported here.
 *
 * Stable exports other modules import: `listGrounds`, `restrictions`, `restrictionsBind`,
 * `guideline2014`, `LIST_LAUNCHED`, `HIGH_SPENDING_RULES_IN_FORCE`, `unableToPay`, `waysOff`.
 */

export const LIST_LAUNCHED = '2013-10';
export const listLaunchEvidence: Evidence = documented(['chinadaily-2018-list-launch']);

// ---------------------------------------------------------------------------------------------
// Who is listed: six kinds of conduct (not owing money as such, and no score)

export const listGroundIds = [
  'able-but-refuses',
  'obstructs',
  'evades',
  'breaks-reporting',
  'breaks-spending-order',
  'refuses-settlement',
] as const;
export type ListGroundId = (typeof listGroundIds)[number];

export interface ListGround {
  readonly id: ListGroundId;
  readonly evidence: Evidence;
}

const groundsEvidence: Evidence = documented(['cjo-2018-dishonest-list']);

/** The six kinds of conduct for which a court lists a judgment debtor as dishonest. */
export const listGrounds: readonly ListGround[] = listGroundIds.map((id) => ({ id, evidence: groundsEvidence }));

/**
 * Since 2024 the Supreme People's Court has told courts to separate debtors who can pay and
 * refuse ("dishonest") from those who cannot ("unable"); provinces such as Hunan let a debtor
 * make a credit commitment in place of listing (the date of Hunan's measures was not seen).
 */
export const unableToPay = {
  since: 2024,
  typicalCasesPublished: '2025-07',
  evidence: documented(['spc-2025-typical-cases'], 'laoLai.unable-secondary'),
} as const;

// ---------------------------------------------------------------------------------------------
// What a listed debtor may not buy: the 2015 provisions on high spending

export const HIGH_SPENDING_RULES_IN_FORCE = '2015-07-22';

export const restrictionIds = [
  'flights',
  'premium-train-ship',
  'g-class-trains',
  'star-hotels',
  'property',
  'offices',
  'cars',
  'holidays',
  'private-schools',
  'insurance',
] as const;
export type RestrictionId = (typeof restrictionIds)[number];

/** What a reader can picture for a restriction (the debtor widget draws these). */
export type RestrictionKind = 'travel' | 'lodging' | 'property' | 'purchase' | 'family';

export interface Restriction {
  readonly id: RestrictionId;
  readonly kind: RestrictionKind;
  readonly evidence: Evidence;
}

const rulesEvidence: Evidence = documented(['spc-2015-high-spending'], 'laoLai.items-secondary');

const KIND_OF: Record<RestrictionId, RestrictionKind> = {
  flights: 'travel',
  'premium-train-ship': 'travel',
  'g-class-trains': 'travel',
  'star-hotels': 'lodging',
  property: 'property',
  offices: 'property',
  cars: 'purchase',
  holidays: 'travel',
  'private-schools': 'family',
  insurance: 'purchase',
};

/** The high-spending items the amended 2015 provisions bar a listed debtor from (in force 22 July 2015). */
export const restrictions: readonly Restriction[] = restrictionIds.map((id) => ({ id, kind: KIND_OF[id], evidence: rulesEvidence }));

/** Whom the limits bind: the individual debtor; for a company, its legal representative and responsible managers. */
export const restrictionsBind = {
  individual: ['debtor'],
  company: ['legal-representative', 'responsible-managers'],
  evidence: rulesEvidence,
} as const;

/** The early-2014 joint guideline of the Supreme People's Court and eight other authorities. */
export const guideline2014Ids = ['plane-tickets', 'rail-tickets', 'luxury', 'executive-posts', 'loans'] as const;
export type Guideline2014Id = (typeof guideline2014Ids)[number];
export const guideline2014 = {
  year: 2014,
  otherAuthorities: 8,
  measures: guideline2014Ids,
  evidence: documented(['chinadaily-2018-defaulters']),
} as const;

// ---------------------------------------------------------------------------------------------
// The numbers, each with its unit as the source gives it

/**
 * The unit a figure is counted in. "times-blocked" counts refused purchases, so one person can
 * count many times; "people" counts persons; "entries" counts new names on the list as the
 * source gives them; "person-times" is the SPC's own unit for 2025 (one person listed twice counts twice).
 */
export type FigureUnit = 'times-blocked' | 'people' | 'entries' | 'person-times' | 'restored';

export const figureIds = [
  'flights-2017',
  'rail-2017',
  'flights-apr-2018',
  'rail-apr-2018',
  'flights-2018',
  'rail-2018',
  'executive-blocks-2018',
  'listed-apr-2018',
  'entries-2024',
  'entries-2025',
  'repaired-2024',
  'repaired-2025',
  'paid-since-2013',
  'prosecuted-2025',
] as const;
export type FigureId = (typeof figureIds)[number];

export type FigureSeries = 'flights' | 'rail' | 'entries' | 'repairs' | 'other';

export interface Figure {
  readonly id: FigureId;
  readonly value: number;
  /** True where the source says "more than". */
  readonly atLeast?: boolean;
  readonly unit: FigureUnit;
  readonly series: FigureSeries;
  /** The year the figure belongs to (for the chart). */
  readonly year: number;
  /** When it was counted: "by" a date (a running total) or "in" a year (a year's flow). */
  readonly basis: 'cumulative' | 'in-year' | 'report';
  /** The date the count refers to, as precise as the source (YYYY, YYYY-MM). */
  readonly asOf: string;
  readonly evidence: Evidence;
}

const bans2017 = documented(['chinadaily-2018-bans']);
const bansApr2018 = documented(['metro-2018-travel-bans'], 'laoLai.secondary');
const bans2018 = documented(['ap-2019-npcic', 'scmp-2019-npcic'], 'laoLai.units-2018');
const flowOf = (flows: readonly ListFlow[], year: number): ListFlow => {
  const found = flows.find((f) => f.year === year);
  if (!found) throw new Error(`No list flow for ${year}`);
  return found;
};

export const figures: readonly Figure[] = [
  { id: 'flights-2017', value: 9_360_000, unit: 'times-blocked', series: 'flights', year: 2017, basis: 'cumulative', asOf: '2017-12', evidence: bans2017 },
  { id: 'rail-2017', value: 3_670_000, unit: 'times-blocked', series: 'rail', year: 2017, basis: 'cumulative', asOf: '2017-12', evidence: bans2017 },
  { id: 'flights-apr-2018', value: 11_140_000, unit: 'times-blocked', series: 'flights', year: 2018, basis: 'cumulative', asOf: '2018-04', evidence: bansApr2018 },
  { id: 'rail-apr-2018', value: 4_250_000, unit: 'times-blocked', series: 'rail', year: 2018, basis: 'cumulative', asOf: '2018-04', evidence: bansApr2018 },
  { id: 'flights-2018', value: 17_500_000, unit: 'times-blocked', series: 'flights', year: 2018, basis: 'report', asOf: '2018', evidence: bans2018 },
  { id: 'rail-2018', value: 5_500_000, unit: 'times-blocked', series: 'rail', year: 2018, basis: 'report', asOf: '2018', evidence: bans2018 },
  { id: 'executive-blocks-2018', value: 290_000, unit: 'times-blocked', series: 'other', year: 2018, basis: 'report', asOf: '2018', evidence: documented(['ap-2019-npcic']) },
  { id: 'listed-apr-2018', value: 10_500_000, atLeast: true, unit: 'people', series: 'other', year: 2018, basis: 'cumulative', asOf: '2018-04', evidence: documented(['scmp-2018-list-size']) },
  { id: 'entries-2024', value: flowOf(listFlows.entries, 2024).people, unit: 'entries', series: 'entries', year: 2024, basis: 'in-year', asOf: '2024', evidence: flowOf(listFlows.entries, 2024).evidence },
  { id: 'entries-2025', value: flowOf(listFlows.entries, 2025).people, unit: 'person-times', series: 'entries', year: 2025, basis: 'in-year', asOf: '2025', evidence: flowOf(listFlows.entries, 2025).evidence },
  { id: 'repaired-2024', value: flowOf(listFlows.repairs, 2024).people, unit: 'restored', series: 'repairs', year: 2024, basis: 'in-year', asOf: '2024', evidence: flowOf(listFlows.repairs, 2024).evidence },
  { id: 'repaired-2025', value: flowOf(listFlows.repairs, 2025).people, unit: 'restored', series: 'repairs', year: 2025, basis: 'in-year', asOf: '2025', evidence: flowOf(listFlows.repairs, 2025).evidence },
  { id: 'paid-since-2013', value: 18_651_800, unit: 'people', series: 'other', year: 2025, basis: 'cumulative', asOf: '2025', evidence: documented(['etnet-2026-spc']) },
  { id: 'prosecuted-2025', value: 4_461, unit: 'people', series: 'other', year: 2025, basis: 'in-year', asOf: '2025', evidence: documented(['etnet-2026-spc']) },
];

export function figure(id: FigureId): Figure {
  const found = figures.find((f) => f.id === id);
  if (!found) throw new Error(`No lao-lai figure "${id}"`);
  return found;
}

/** The share by which new entries fell in 2024 (−23.4 %, the first fall in a decade), and the rise in repairs (+35.4 %). */
export const change2024 = { entries: -0.234, repairs: 0.354, evidence: documented(['peoplesdaily-2025-defaulters']) } as const;
/** 2025: enforcement cases up 15.43 % while new entries fell; repairs above new entries seven quarters running. */
export const change2025 = { cases: 0.1543, quartersRepairsAhead: 7, evidence: documented(['etnet-2026-spc']) } as const;

/** The years the chart spans, the list's launch to the latest figures; a year without a figure is drawn as a gap. */
export const FIGURES_FIRST_YEAR = 2013;
export const FIGURES_LAST_YEAR = 2025;

/** The chart's series, each in one unit; only figures counted within (or by the end of) a year go in. */
export const chartSeries = ['flights', 'rail', 'entries', 'repairs'] as const;
export type ChartSeries = (typeof chartSeries)[number];

/** One cell of the chart: a series in a year, with its figure, or null where no figure exists. */
export function chartCell(series: ChartSeries, year: number): Figure | null {
  const inYear = figures.filter((f) => f.series === series && f.year === year && !f.id.includes('apr'));
  return inYear[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// The shaming: each case placed and dated

export const shamingChannels = ['ringback', 'moments', 'cinema', 'douyin', 'billboard', 'map'] as const;
export type ShamingChannel = (typeof shamingChannels)[number];

export const shamingCaseIds = [
  'guanyun-ringback',
  'shunqing-ringback',
  'wenzhou-moments',
  'hejiang-cinema',
  'hengshui-cinema',
  'lishui-cinema',
  'kaifeng-douyin',
  'nanning-douyin',
  'anhui-billboards',
  'hebei-map',
] as const;
export type ShamingCaseId = (typeof shamingCaseIds)[number];

export interface ShamingCase {
  readonly id: ShamingCaseId;
  readonly channel: ShamingChannel;
  /** YYYY-MM, or YYYY-MM-DD/YYYY-MM-DD for a run with known days. */
  readonly date: string;
  /** How many debtors it named, where the source says. */
  readonly debtors?: number;
  /** The case's other figure, with its own unit in the copy. */
  readonly figure?: number;
  readonly evidence: Evidence;
}

export const shamingCases: readonly ShamingCase[] = [
  { id: 'guanyun-ringback', channel: 'ringback', date: '2017-07', debtors: 10, evidence: documented(['verge-2017-guanyun']) },
  { id: 'shunqing-ringback', channel: 'ringback', date: '2017-08', debtors: 20, evidence: documented(['globaltimes-2017-ringback'], 'laoLai.secondary') },
  { id: 'wenzhou-moments', channel: 'moments', date: '2017-09-15/2017-09-25', debtors: 20, evidence: documented(['chinadaily-2017-wenzhou']) },
  { id: 'hejiang-cinema', channel: 'cinema', date: '2018-05', debtors: 26, figure: 30, evidence: documented(['globaltimes-2018-hejiang']) },
  { id: 'hengshui-cinema', channel: 'cinema', date: '2018-06', debtors: 110, figure: 100, evidence: documented(['globaltimes-2018-hengshui']) },
  { id: 'lishui-cinema', channel: 'cinema', date: '2019-04', debtors: 60, figure: 300, evidence: documented(['abc-2019-lishui']) },
  { id: 'kaifeng-douyin', channel: 'douyin', date: '2018-07', debtors: 8, figure: 8_000, evidence: documented(['scmp-2018-douyin']) },
  { id: 'nanning-douyin', channel: 'douyin', date: '2018-06', debtors: 10, evidence: documented(['scmp-2018-douyin']) },
  { id: 'anhui-billboards', channel: 'billboard', date: '2018-05', figure: 11, evidence: documented(['scmp-2018-douyin']) },
  { id: 'hebei-map', channel: 'map', date: '2019-01', figure: 500, evidence: documented(['chinadaily-2019-hebei', 'technode-2019-hebei']) },
];

export function shamingCase(id: ShamingCaseId): ShamingCase {
  const found = shamingCases.find((c) => c.id === id);
  if (!found) throw new Error(`No shaming case "${id}"`);
  return found;
}

/** The cases of one channel, in date order. */
export const casesOf = (channel: ShamingChannel): readonly ShamingCase[] =>
  shamingCases.filter((c) => c.channel === channel).slice().sort((a, b) => a.date.localeCompare(b.date));

/** No 2023–2026 central rule restricting court shaming was found in the record. */
export const shamingRuleFound = false;

// ---------------------------------------------------------------------------------------------
// Three stories

export const stories = {
  'liang-wenjuan': { year: 2016, debtYuan: 400_000, sameDay: true, evidence: documented(['chinadaily-2016-liang']) },
  'liu-hu': { judgment: 2016, listedFound: 2017, feeUsd: { low: 115, high: 2_900, laterLow: 1_330 }, evidence: documented(['globe-2018-liu-hu', 'daum-easy-as-abc']) },
  'wenzhou-student': { year: 2018, debtYuan: 200_000, yearsUnpaid: 2, evidence: documented(['whatsonweibo-2018-wenzhou'], 'laoLai.secondary') },
} as const;
export type StoryId = keyof typeof stories;

// ---------------------------------------------------------------------------------------------
// Ways off the list

export const wayOffIds = ['perform', 'credit-repair'] as const;
export type WayOffId = (typeof wayOffIds)[number];

export interface WayOff {
  readonly id: WayOffId;
  readonly since?: string;
  readonly evidence: Evidence;
}

export const waysOff: readonly WayOff[] = [
  { id: 'perform', evidence: documented(['chinadaily-2016-liang', 'verge-2017-guanyun']) },
  { id: 'credit-repair', since: '2023-05-01', evidence: documented(['ndrc-2023-repair-trial', 'ndrc-2025-repair-measures']) },
];

/** Credit repair as a right: the 2023 trial measures (in force 1 May 2023), replaced by the 2026 measures (in force 1 April 2026). */
export const repairRules = {
  trialInForce: '2023-05-01',
  measuresInForce: '2026-04-01',
  evidence: documented(['ndrc-2023-repair-trial', 'ndrc-2025-repair-measures']),
} as const;

export { repairTiers, repairTiersEvidence };

// ---------------------------------------------------------------------------------------------
// No statute, and travel bans that are not the courts'

/** The draft Civil Compulsory Enforcement Law (first reading 21 June 2022, 207 articles) was dropped in June 2024; the list rests on SPC rules. */
export const enforcementLaw = { firstReading: '2022-06-21', articles: 207, dropped: '2024-06', evidence: documented(['npc-2022-enforcement-draft', 'enforcement-law-2024']) } as const;

/** Offences other than court debts that the May 2018 travel-ban rules also covered. */
export const otherTravelBanIds = ['false-terror', 'trouble-on-flights', 'expired-tickets', 'smoking-on-trains', 'unpaid-fines'] as const;
export type OtherTravelBanId = (typeof otherTravelBanIds)[number];
export const otherTravelBans = { from: '2018-05', offences: otherTravelBanIds, evidence: documented(['metro-2018-travel-bans'], 'laoLai.secondary') } as const;

/** Every route onto a restriction here is a finding (a court's, or a named offence), never a score threshold. */
export const triggeredByScore = false;

/** The claims the chapter judges, by the seed myth they come from; words in the copy (`laoLai.verdicts`). */
export const verdictIds = ['score-train-ban', 'smoking-points', 'liu-hu-score', 'good-deeds-off-list', 'jobs', 'schools'] as const;
export type VerdictId = (typeof verdictIds)[number];
export const verdicts: Readonly<Record<VerdictId, { readonly seed: string; readonly status: 'documented' | 'reported' | 'unsupported' | 'myth'; readonly evidence: Evidence }>> = {
  'score-train-ban': { seed: 'M6', status: 'myth', evidence: documented(['spc-2015-high-spending', 'metro-2018-travel-bans']) },
  'smoking-points': { seed: 'M7', status: 'myth', evidence: documented(['metro-2018-travel-bans']) },
  'liu-hu-score': { seed: 'M15', status: 'myth', evidence: documented(['globe-2018-liu-hu', 'daum-easy-as-abc']) },
  'good-deeds-off-list': { seed: 'M16', status: 'myth', evidence: documented(['chinadaily-2016-liang', 'verge-2017-guanyun', 'peoplesdaily-2025-defaulters']) },
  jobs: { seed: 'M23', status: 'documented', evidence: documented(['chinadaily-2018-defaulters', 'ap-2019-npcic']) },
  schools: { seed: 'M23', status: 'myth', evidence: documented(['spc-2015-high-spending']) },
};

// ---------------------------------------------------------------------------------------------
// Words for the numbers (pure: the copy and the formats come in)

export interface LaoLaiVoice {
  readonly copy: ModelCopy['laoLai'];
  readonly format: Formatter;
}

/** Millions with up to two decimals: 9,360,000 → "9.36", 2,339,800 → "2.34". */
export const inMillions = (value: number, { format }: LaoLaiVoice): string => format.number(Math.round(value / 10_000) / 100);

/** A figure in words with its unit: "9.36 million times blocked", "more than 10.5 million people", "4,461 people". */
export function describeFigureValue(f: Figure, voice: LaoLaiVoice): string {
  const { copy, format } = voice;
  const number = f.value >= 1_000_000 ? fill(copy.millions, { value: inMillions(f.value, voice) }) : format.number(f.value);
  const withUnit = fill(copy.units[f.unit], { value: number });
  return f.atLeast ? fill(copy.atLeast, { value: withUnit }) : withUnit;
}

/** A case's date: "July 2017", or "15–25 September 2017" for a run within one month (the day, then the run's last date through Intl). */
export function caseWhen(c: ShamingCase, { copy, format }: LaoLaiVoice): string {
  const [from, to] = c.date.split('/');
  if (!to) return format.date(from!);
  const sameMonth = from!.slice(0, 7) === to.slice(0, 7);
  return fill(copy.dayRange, { from: sameMonth ? format.number(Number(from!.slice(8))) : format.date(from!), to: format.date(to) });
}

/** A case in words: its channel, place, date and what the court did, holes filled from the model. */
export function describeCase(c: ShamingCase, voice: LaoLaiVoice): { channel: string; place: string; when: string; what: string } {
  const { copy, format } = voice;
  const words = copy.cases[c.id];
  return {
    channel: copy.channels[c.channel],
    place: words.place,
    when: caseWhen(c, voice),
    what: fill(words.what, { debtors: c.debtors === undefined ? '' : format.number(c.debtors), figure: c.figure === undefined ? '' : format.number(c.figure) }),
  };
}

import type { Evidence } from './evidence';
import { compare, describeChange, flippedIds, type ScoringSystem, type SystemCopy, type Voice } from './system';
import type { TencentAspect } from './tencent-credit';
import { fill } from '../i18n/format';
import type { ModelCopy } from './copy';

/**
 * "A day in one app" (the WeChat chapter): the reader lives one day through WeChat, and each tap
 * adds records to a trail, each kept by someone (the platform, a shop, a mini-program's operator,
 * the bank). What each tap records, which of Tencent Credit's five aspects it feeds and the points
 * it adds are ours, labelled illustrative: Tencent never published its formula, its tiers or the
 * score a perk needed. What is cited: the 300–850 scale and the five aspects, the perks Tencent
 * Credit listed (WeBank loans, Mobike without a deposit), its one public day (30 January 2018,
 * down on the 31st), and what WeChat Pay Score, from 2019, is reported to waive. No number is
 * ever given for WeChat Pay Score: its range was not found. Words: model copy `wechatDay`.
 *
 * This file holds the ids and the rules, and imports no other model: what comes from Tencent's
 * story (the scale, the dates, the perks and their evidence) is put together in
 * wechat-day-data.ts and reaches the island as plain data, so its bundle carries none of that
 * model's code.
 */

export const activityIds = ['bike', 'doctor', 'lunch', 'taxi', 'red-envelope', 'moments', 'power-bank', 'train'] as const;
export type ActivityId = (typeof activityIds)[number];

/** Who keeps a record. */
export const keepers = ['platform', 'merchant', 'operator', 'bank'] as const;
export type Keeper = (typeof keepers)[number];

export type PayPart = 'identity' | 'payment' | 'contract';

export interface Activity {
  readonly id: ActivityId;
  /** One letter in shareable URLs; never reuse a retired one. */
  readonly code: string;
  /** Who keeps a record of the tap, in the order the trail lists them (the words: copy `trail`). */
  readonly keepers: readonly Keeper[];
  /** Which of Tencent Credit's five aspects the tap feeds in this illustration. */
  readonly aspect: TencentAspect;
  /** Points it adds to the illustrative score. */
  readonly points: number;
  /** Which of the three parts blog posts name for WeChat Pay Score it gives a record of. */
  readonly payParts: readonly PayPart[];
}

/** The day, in order: the same eight things the Coda Story summary and the chapter list. */
export const activities: readonly Activity[] = [
  { id: 'bike', code: 'b', keepers: ['platform', 'operator', 'bank'], aspect: 'credit-history', points: 25, payParts: ['payment', 'contract'] },
  { id: 'doctor', code: 'd', keepers: ['platform', 'operator'], aspect: 'security', points: 10, payParts: ['identity'] },
  { id: 'lunch', code: 'l', keepers: ['platform', 'merchant', 'bank'], aspect: 'consumption', points: 15, payParts: ['payment'] },
  { id: 'taxi', code: 't', keepers: ['platform', 'operator', 'bank'], aspect: 'consumption', points: 10, payParts: ['payment'] },
  { id: 'red-envelope', code: 'r', keepers: ['platform', 'bank'], aspect: 'social', points: 20, payParts: ['payment'] },
  { id: 'moments', code: 'm', keepers: ['platform'], aspect: 'social', points: 10, payParts: [] },
  { id: 'power-bank', code: 'p', keepers: ['platform', 'operator', 'bank'], aspect: 'wealth', points: 15, payParts: ['payment', 'contract'] },
  { id: 'train', code: 'n', keepers: ['platform', 'operator', 'bank'], aspect: 'wealth', points: 15, payParts: ['identity', 'payment'] },
];

/** Where the illustrative score starts once someone has given a name, an ID number and a phone number. */
export const DAY_START = 580;

export const dayIds = ['open', 'pulled', 'pay-score'] as const;
export type DayId = (typeof dayIds)[number];

export interface Day {
  readonly id: DayId;
  readonly date: string;
  /** Whether Tencent Credit could be had that day. */
  readonly tencentCredit: boolean;
  /** Whether WeChat Pay Score was reported to exist by then. */
  readonly payScore: boolean;
  readonly evidence: Evidence;
}

export const waiverIds = ['power-banks', 'hotels'] as const;
export type WaiverId = (typeof waiverIds)[number];

/**
 * What the widget shows of Tencent's story and of its own illustration, with the evidence of
 * each, built in wechat-day-data.ts: the system it scores on (Tencent Credit's documented scale,
 * no tiers, the two documented perks at thresholds of our own), the days, the waivers WeChat Pay
 * Score is reported to give (the rule that opens them here is ours), its three parts and
 * Tencent Credit's five aspects.
 */
export interface WechatDayData {
  readonly system: ScoringSystem;
  readonly days: readonly Day[];
  readonly waivers: readonly { readonly id: WaiverId; readonly evidence: Evidence }[];
  readonly payParts: readonly PayPart[];
  readonly aspects: readonly TencentAspect[];
  readonly trailEvidence: Evidence;
  readonly scoreEvidence: Evidence;
  readonly waiverRuleEvidence: Evidence;
}

export const dayOf = (data: WechatDayData, id: DayId): Day => data.days.find((d) => d.id === id)!;

export interface WechatDayState {
  readonly day: DayId;
  /** What the reader has done, in the model's order. */
  readonly done: readonly ActivityId[];
}

export const defaultWechatDayState: WechatDayState = { day: 'open', done: [] };

export const isDone = (state: WechatDayState, id: ActivityId): boolean => state.done.includes(id);

/** Does a thing, or takes it back; the list stays in the model's order. */
export function toggleActivity(state: WechatDayState, id: ActivityId): WechatDayState {
  const on = !isDone(state, id);
  return { ...state, done: activityIds.filter((a) => (a === id ? on : isDone(state, a))) };
}

export const setDay = (state: WechatDayState, day: DayId): WechatDayState => ({ ...state, day });
/** Starts the day again: nothing done, on the same date. */
export const clearDay = (state: WechatDayState): WechatDayState => ({ ...state, done: [] });

const doneActivities = (state: WechatDayState) => activities.filter((a) => isDone(state, a.id));

/** The illustrative score, or null on a day when Tencent Credit could not be had. */
export function wechatDayScore(data: WechatDayData, state: WechatDayState): number | null {
  if (!dayOf(data, state.day).tencentCredit) return null;
  const sum = doneActivities(state).reduce((total, a) => total + a.points, DAY_START);
  return Math.min(data.system.scale.max, Math.max(data.system.scale.min, sum));
}

/** The trail, in the order of the day: one record per keeper of each tap. */
export function trailOf(state: WechatDayState): { activity: ActivityId; keeper: Keeper }[] {
  return doneActivities(state).flatMap((a) => a.keepers.map((keeper) => ({ activity: a.id, keeper })));
}

/** What one keeper records of one tap, in the copy's words. */
export const recordOf = (copy: WechatDayCopy, activity: ActivityId, keeper: Keeper): string => (copy.trail[activity] as Partial<Record<Keeper, string>>)[keeper] ?? '';

/** The profile: for each of Tencent Credit's five aspects, the taps that fed it. */
export function profileOf(state: WechatDayState, aspects: readonly TencentAspect[]): { aspect: TencentAspect; from: ActivityId[] }[] {
  return aspects.map((aspect) => ({ aspect, from: doneActivities(state).filter((a) => a.aspect === aspect).map((a) => a.id) }));
}

/** Which of WeChat Pay Score's three parts the day has a record of. */
export const payPartsOf = (state: WechatDayState): Set<PayPart> => new Set(doneActivities(state).flatMap((a) => a.payParts));

/** Whether the waivers are open: only on a day with WeChat Pay Score, and (our rule) with a record of each of its parts. */
export function waiversOpen(data: WechatDayData, state: WechatDayState): boolean {
  return dayOf(data, state.day).payScore && payPartsOf(state).size === data.payParts.length;
}

/** The day's own words; the system's words (`wechatDay.system`) travel as the kit's copy. */
export type WechatDayCopy = Omit<ModelCopy['wechatDay'], 'system'>;
/** The voice of the widget's sentences: the system's copy for the kit, and the day's own words. */
export interface WechatDayVoice extends Voice<SystemCopy> {
  readonly day: WechatDayCopy;
}

export function flippedBetween(data: WechatDayData, from: WechatDayState, to: WechatDayState): Set<string> {
  const flipped = flippedIds(compare(data.system, wechatDayScore(data, from), wechatDayScore(data, to)));
  if (waiversOpen(data, from) !== waiversOpen(data, to)) for (const w of data.waivers) flipped.add(w.id);
  return flipped;
}

/** What the last change did, as the reader did it. */
export type WechatDayAction = { readonly activity: ActivityId } | { readonly day: DayId } | { readonly clear: true };

/** One sentence for a change: what was done, who now keeps a record of it, the score, and the waivers. */
export function describeWechatDayChange(data: WechatDayData, from: WechatDayState, to: WechatDayState, actions: readonly WechatDayAction[], voice: WechatDayVoice): string {
  const { day: copy, format } = voice;
  const causes = actions.map((action) =>
    'clear' in action
      ? copy.change.clear
      : 'day' in action
        ? fill(copy.change.day, { date: format.date(dayOf(data, action.day).date), what: copy.days[action.day].what })
        : fill(isDone(to, action.activity) ? copy.change.did : copy.change.undid, { activity: copy.activities[action.activity].label }),
  );
  const parts: string[] = [];
  const added = activities.filter((a) => isDone(to, a.id) && !isDone(from, a.id));
  if (added.length) parts.push(fill(copy.change.trail, { keepers: format.list([...new Set(added.flatMap((a) => a.keepers))].map((k) => copy.keepers[k])) }));
  const scored = describeChange(compare(data.system, wechatDayScore(data, from), wechatDayScore(data, to)), voice, causes.join(voice.common.change.listSeparator));
  const open = waiversOpen(data, to);
  if (open !== waiversOpen(data, from)) parts.push(open ? copy.change.waiversOpen : copy.change.waiversClosed);
  return [scored, ...parts].join(voice.common.change.sentenceSeparator);
}

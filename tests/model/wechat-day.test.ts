import { describe, expect, it } from 'vitest';
import bibliography from '../../content/bibliography.json';
import {
  activities,
  activityIds,
  clearDay,
  DAY_START,
  dayIds,
  defaultWechatDayState,
  keepers,
  payPartsOf,
  profileOf,
  recordOf,
  setDay,
  toggleActivity,
  trailOf,
  waiverIds,
  waiversOpen as openIn,
  wechatDayScore as scoreIn,
  flippedBetween as flippedIn,
  describeWechatDayChange as describeIn,
  type ActivityId,
  type WechatDayState,
  type WechatDayVoice,
} from '../../src/model/wechat-day';
import { payScore, payScoreComponents, publicTest, tencentAspects } from '../../src/model/tencent-credit';
import { wechatDayData as data, wechatDayEvidence, wechatDayNoteKeys, wechatDayRefs } from '../../src/model/wechat-day-data';
import { tencentCreditScale } from '../../src/model/timeline';
import { consequencesAt } from '../../src/model/system';
import { modelCopy } from '../../src/model/copy';
import { formatterFor } from '../../src/i18n/format';
import { wechatDayIdentity } from '../../src/widgets/wechat-day/state';
import { decodeState, encodeState } from '../../src/widgets/url-state';

const copy = modelCopy('en');
const { system, ...day } = copy.wechatDay;
const voice: WechatDayVoice = { copy: system, common: copy.common, format: formatterFor('en'), day };
const refIds = new Set(bibliography.map((entry) => entry.id));
const doing = (...ids: ActivityId[]): WechatDayState => ids.reduce(toggleActivity, defaultWechatDayState);
const all = doing(...activityIds);
const { system: wechatDaySystem, days, waivers } = data;
const wechatDayScore = (state: WechatDayState) => scoreIn(data, state);
const waiversOpen = (state: WechatDayState) => openIn(data, state);
const flippedBetween = (from: WechatDayState, to: WechatDayState) => flippedIn(data, from, to);
const describeWechatDayChange = (from: WechatDayState, to: WechatDayState, actions: Parameters<typeof describeIn>[3]) => describeIn(data, from, to, actions, voice);

describe('the day', () => {
  it('has the eight things of the issue, each with its own URL letter and at least one keeper, WeChat first', () => {
    expect(activities.map((a) => a.id)).toEqual([...activityIds]);
    expect(new Set(activities.map((a) => a.code)).size).toBe(activities.length);
    for (const a of activities) {
      expect(a.keepers[0], a.id).toBe('platform');
      expect(a.code).toMatch(/^[a-z]$/);
    }
  });

  it('has words for every tap, every record it leaves and every keeper', () => {
    for (const a of activities) {
      expect(day.activities[a.id].label).toBeTruthy();
      for (const k of a.keepers) expect(recordOf(day, a.id, k), `${a.id}/${k}`).not.toBe('');
      expect(Object.keys(day.trail[a.id]).sort(), a.id).toEqual([...a.keepers].sort());
    }
    for (const k of keepers) expect(day.keepers[k]).toBeTruthy();
    for (const id of dayIds) expect(day.days[id].label).toBeTruthy();
    for (const p of payScoreComponents) expect(day.payParts[p]).toBeTruthy();
    for (const w of waivers) expect(day.waivers[w.id]).toBeTruthy();
    expect(waivers.map((w) => w.id)).toEqual([...waiverIds]);
    expect(data.payParts).toEqual(payScoreComponents);
    expect(data.aspects).toEqual(tencentAspects);
  });

  it('toggles a tap on and off and keeps the model order', () => {
    expect(doing('train', 'bike').done).toEqual(['bike', 'train']);
    expect(toggleActivity(doing('bike', 'lunch'), 'bike').done).toEqual(['lunch']);
    expect(setDay(doing('bike'), 'pulled')).toEqual({ day: 'pulled', done: ['bike'] });
    expect(clearDay(setDay(all, 'pay-score'))).toEqual({ day: 'pay-score', done: [] });
  });

  it('lays a trail with one record per keeper, in the order of the day, and builds a profile on the five aspects', () => {
    expect(trailOf(defaultWechatDayState)).toEqual([]);
    expect(trailOf(doing('lunch', 'moments'))).toEqual([
      { activity: 'lunch', keeper: 'platform' },
      { activity: 'lunch', keeper: 'merchant' },
      { activity: 'lunch', keeper: 'bank' },
      { activity: 'moments', keeper: 'platform' },
    ]);
    const profile = profileOf(doing('lunch', 'taxi', 'moments'), tencentAspects);
    expect(profile.map((r) => r.aspect)).toEqual([...tencentAspects]);
    expect(profile.find((r) => r.aspect === 'consumption')!.from).toEqual(['lunch', 'taxi']);
    expect(profile.find((r) => r.aspect === 'social')!.from).toEqual(['moments']);
    expect(profile.find((r) => r.aspect === 'wealth')!.from).toEqual([]);
    for (const a of activities) expect(tencentAspects).toContain(a.aspect);
  });
});

describe('the illustrative score', () => {
  it('is on Tencent Credit’s documented 300–850 scale, with no tiers, and labelled illustrative', () => {
    expect(wechatDaySystem.scale).toMatchObject({ min: tencentCreditScale.min, max: tencentCreditScale.max, evidence: { kind: 'documented', refs: ['caixin-2018-tencent-credit'] } });
    expect(wechatDaySystem.bands).toHaveLength(1);
    expect(wechatDaySystem.bands[0]!.evidence.kind).toBe('illustrative');
  });

  it('starts at its start and adds each tap’s points, only on the day Tencent Credit was open', () => {
    expect(wechatDayScore(defaultWechatDayState)).toBe(DAY_START);
    expect(wechatDayScore(doing('bike', 'lunch'))).toBe(DAY_START + 25 + 15);
    const max = DAY_START + activities.reduce((sum, a) => sum + a.points, 0);
    expect(wechatDayScore(all)).toBe(max);
    expect(max).toBeLessThanOrEqual(tencentCreditScale.max);
    expect(wechatDayScore(setDay(all, 'pulled'))).toBeNull();
    expect(wechatDayScore(setDay(all, 'pay-score'))).toBeNull();
  });

  it('opens the two documented perks at thresholds labelled illustrative, and opens nothing when not scored', () => {
    expect(wechatDaySystem.consequences.map((c) => c.id)).toEqual(['mobike', 'webank']);
    for (const c of wechatDaySystem.consequences) {
      expect(c.evidence.kind).toBe('illustrative');
      expect(c.evidence.refs).toEqual(['caixin-2018-tencent-credit', 'financeasia-2018-tencent-credit']);
    }
    expect(consequencesAt(wechatDaySystem, wechatDayScore(defaultWechatDayState)).unlocked).toEqual([]);
    expect(consequencesAt(wechatDaySystem, wechatDayScore(doing('bike'))).unlocked.map((c) => c.id)).toEqual(['mobike']);
    expect(consequencesAt(wechatDaySystem, wechatDayScore(all)).unlocked.map((c) => c.id)).toEqual(['mobike', 'webank']);
    expect(consequencesAt(wechatDaySystem, wechatDayScore(setDay(all, 'pulled'))).unlocked).toEqual([]);
  });
});

describe('the days and WeChat Pay Score', () => {
  it('are the public test’s two days, cited, and the month WeChat Pay Score is first reported', () => {
    expect(days.map((d) => [d.id, d.date, d.tencentCredit, d.payScore])).toEqual([
      ['open', publicTest.opened, true, false],
      ['pulled', publicTest.downBy, false, false],
      ['pay-score', payScore.from, false, true],
    ]);
    expect(publicTest.opened).toBe('2018-01-30');
    expect(publicTest.downBy).toBe('2018-01-31');
  });

  it('waives only on a WeChat Pay Score day with a record of each of its three parts, and never gives it a number', () => {
    const parts = doing('doctor', 'bike');
    expect([...payPartsOf(parts)].sort()).toEqual(['contract', 'identity', 'payment']);
    expect(waiversOpen(parts)).toBe(false);
    expect(waiversOpen(setDay(parts, 'pay-score'))).toBe(true);
    expect(waiversOpen(setDay(doing('doctor', 'lunch'), 'pay-score'))).toBe(false);
    for (const w of waivers) {
      expect(w.evidence.kind).toBe('reported');
      expect('atLeast' in w).toBe(false);
    }
    expect(JSON.stringify([day.waivers, day.change])).not.toMatch(/\d/);
  });
});

describe('what a change says', () => {
  it('names the tap, who now keeps a record, the score and what opened', () => {
    expect(describeWechatDayChange(defaultWechatDayState, doing('bike'), [{ activity: 'bike' }])).toBe(
      'Done: Unlock a shared bike. Score 580 to 605 (+25). Unlocked: Mobike bicycles without a deposit. New records kept by WeChat, the mini-program’s operator and the bank.',
    );
    expect(describeWechatDayChange(doing('bike'), defaultWechatDayState, [{ activity: 'bike' }])).toBe(
      'Taken back: Unlock a shared bike. Score 605 to 580 (−25). Lost: Mobike bicycles without a deposit.',
    );
  });

  it('says the score vanished on 31 January 2018, and that the waivers opened in 2019', () => {
    expect(describeWechatDayChange(doing('bike'), setDay(doing('bike'), 'pulled'), [{ day: 'pulled' }])).toBe(
      'Day now 31 January 2018: Tencent Credit is down by the afternoon. No longer scored. Lost: Mobike bicycles without a deposit.',
    );
    const parts = setDay(doing('doctor', 'bike'), 'pulled');
    expect(describeWechatDayChange(parts, setDay(parts, 'pay-score'), [{ day: 'pay-score' }])).toBe(
      'Day now January 2019: Tencent Credit is gone; WeChat Pay Score is reported. Not scored. WeChat Pay Score waivers, as reported: now open.',
    );
  });

  it('says the day started again', () => {
    expect(describeWechatDayChange(doing('bike'), defaultWechatDayState, [{ clear: true }])).toBe(
      'The day starts again, with nothing done. Score 605 to 580 (−25). Lost: Mobike bicycles without a deposit.',
    );
  });

  it('flips the perk rows a score crossed, and both waivers together', () => {
    expect([...flippedBetween(defaultWechatDayState, doing('bike'))]).toEqual(['mobike']);
    const parts = setDay(doing('doctor', 'bike'), 'pay-score');
    expect([...flippedBetween(setDay(parts, 'pulled'), parts)].sort()).toEqual(['hotels', 'power-banks']);
  });
});

describe('evidence and the URL', () => {
  it('rests on bibliography entries, with a note for every note key', () => {
    for (const id of wechatDayRefs) expect(refIds.has(id), id).toBe(true);
    const notes: Record<string, string> = { ...system.notes, ...copy.tencentCredit.notes };
    for (const key of wechatDayNoteKeys) expect(notes[key], key).toBeTruthy();
    expect(wechatDayEvidence.filter((e) => e.kind === 'illustrative').length).toBeGreaterThanOrEqual(4);
  });

  it('round-trips every state and returns null for anything it did not write', () => {
    const codec = wechatDayIdentity.codec;
    for (const state of [defaultWechatDayState, all, setDay(doing('lunch', 'train'), 'pulled'), setDay(doing(), 'pay-score')]) {
      expect(decodeState(codec, encodeState(codec, state))).toEqual(state);
    }
    expect(encodeState(codec, doing('bike', 'lunch'))).toBe('1.open-bl');
    for (const bad of ['1.open-lb', '1.open-bb', '1.open-x', '1.never-b', '1.open', '2.open-b', '1.-b', '', 'open-b', '1.open-b-l', '1.pay-score-q']) {
      expect(decodeState(codec, bad), bad).toBeNull();
    }
    expect(decodeState(codec, '1.pay-score-b')).toEqual({ day: 'pay-score', done: ['bike'] });
  });
});

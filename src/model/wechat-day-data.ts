import { illustrative, refsOf, type Evidence } from './evidence';
import { tencentCreditScale } from './timeline';
import { payScore, payScoreComponents, publicTest, tencentAspects } from './tencent-credit';
import type { WechatDayData } from './wechat-day';

/**
 * The data of "A day in one app" (rules in wechat-day.ts): Tencent Credit's documented scale and
 * its two documented perks, whose thresholds are ours; the three days (its public test, the day
 * it was pulled, and January 2019, when WeChat Pay Score is first reported); what WeChat Pay
 * Score is reported to waive; and our own illustration's evidence. Built here, on the server,
 * from the Tencent story's model, and handed to the island as plain data.
 */
const perkEvidence = illustrative('wechatDay.perk-threshold', ['caixin-2018-tencent-credit', 'financeasia-2018-tencent-credit']);

export const wechatDayData: WechatDayData = {
  system: {
    id: 'wechat-day',
    scale: { min: tencentCreditScale.min, max: tencentCreditScale.max, evidence: tencentCreditScale.evidence },
    // We found no tiers for Tencent Credit: the whole scale is one band, so nothing names one.
    bands: [{ id: 'no-tiers', min: tencentCreditScale.min, max: tencentCreditScale.max, evidence: illustrative('wechatDay.no-tiers') }],
    consequences: [
      { id: 'mobike', kind: 'perk', when: { atLeast: 600 }, icon: 'bike', evidence: perkEvidence },
      { id: 'webank', kind: 'loan', when: { atLeast: 680 }, icon: 'loan', evidence: perkEvidence },
    ],
  },
  days: [
    { id: 'open', date: publicTest.opened, tencentCredit: true, payScore: false, evidence: publicTest.evidence },
    { id: 'pulled', date: publicTest.downBy, tencentCredit: false, payScore: false, evidence: publicTest.evidence },
    { id: 'pay-score', date: payScore.from, tencentCredit: false, payScore: true, evidence: payScore.evidence },
  ],
  waivers: [
    { id: 'power-banks', evidence: payScore.perks[0].evidence },
    // Blogs put this one at 600 or more, on a scale whose range no source we trust gives: no number is shown.
    { id: 'hotels', evidence: payScore.perks[1].evidence },
  ],
  payParts: payScoreComponents,
  aspects: tencentAspects,
  // What each tap records, and who keeps it: ours, after the kinds of record the Coda Story summary lists.
  trailEvidence: illustrative('wechatDay.trail', ['coda-zhong-2018']),
  // The score: ours, on the documented scale and aspects.
  scoreEvidence: illustrative('wechatDay.score', ['fintechnexus-tencent-credit']),
  // The rule that opens the waivers here: ours, after the three parts blog posts name.
  waiverRuleEvidence: illustrative('wechatDay.waiver-rule', ['doc360-2019-pay-score']),
};

/** Every piece of evidence the widget shows, for the reference checks and its source list. */
export const wechatDayEvidence: readonly Evidence[] = [
  wechatDayData.trailEvidence,
  wechatDayData.scoreEvidence,
  wechatDayData.waiverRuleEvidence,
  wechatDayData.system.scale.evidence,
  ...wechatDayData.system.bands.map((b) => b.evidence),
  ...wechatDayData.system.consequences.map((c) => c.evidence),
  ...wechatDayData.days.map((d) => d.evidence),
  ...wechatDayData.waivers.map((w) => w.evidence),
];
export const wechatDayRefs: ReadonlySet<string> = new Set(wechatDayEvidence.flatMap(refsOf));
export const wechatDayNoteKeys: ReadonlySet<string> = new Set(wechatDayEvidence.flatMap((e) => (e.note ? [e.note] : [])));

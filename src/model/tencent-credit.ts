import { documented, refsOf, reported, type Evidence } from './evidence';
import { tencentCreditScale, yearPosition } from './timeline';
import { fill, type Formatter } from '../i18n/format';
import { locales } from '../i18n/locales';
import type { ModelCopy } from './copy';

/**
 * Tencent's scores, 2015–2019, as the WeChat chapter's scrolly tells them: the central bank's
 * go-ahead for eight firms, Tencent Credit's closed tests, its one public day (30–31 January
 * 2018), the licence that went to Baihang instead, and the later WeChat Pay Score, which is known
 * only from blog-grade sources. Language-free: the words for every id are in the model copy
 * (`tencentCredit`). Tencent Credit's scale and its two dates are the big-picture timeline's
 * (`tencentCreditScale`), written once.
 */
export const tencentStorySteps = ['eight-firms', 'qq-test', 'opens', 'pulled', 'baihang', 'pay-score'] as const;
export type TencentStoryStep = (typeof tencentStorySteps)[number];

/** The years the graphic's time axis spans: the go-ahead of 2015 to the Pay Score's first year. */
export const TENCENT_FIRST_YEAR = 2015;
export const TENCENT_LAST_YEAR = 2019;

/** January 2015: the central bank lets eight firms, Tencent's credit arm among them, prepare personal credit reporting within six months. */
export const pilotFirms = { announced: '2015-01', firms: 8, monthsToPrepare: 6, evidence: documented(['shanghaidaily-2015-pboc']) } as const;

/** The end of the six months the eight firms were given, as a date on the axis. */
export const preparationEnds = (): number => yearPosition(pilotFirms.announced) + pilotFirms.monthsToPrepare / 12;

/**
 * February 2018: the licence goes to Baihang, a new company the eight firms share with the
 * National Internet Finance Association; none of the eight had received one of its own.
 */
export const baihang = { licensed: '2018-02-22', associationShare: 0.36, firmShare: 0.08, evidence: documented(['xinhua-2018-baihang', 'kapronasia-2018-baihang']) } as const;

export const tencentAspects = ['credit-history', 'security', 'wealth', 'consumption', 'social'] as const;
export type TencentAspect = (typeof tencentAspects)[number];

/** From August 2017 only QQ VIP members could see the score; city tests followed before the public one. */
export const closedTests = { from: '2017-08', aspects: tencentAspects, evidence: documented(['fintechnexus-tencent-credit', 'chaitopi-2018-tencent-credit']) } as const;

/**
 * The one public day. It opened on Tuesday 30 January 2018 and was down by the afternoon of the
 * next day (the sources give no hours, so the graphic marks all of 31 January as uncertain); on
 * 1 February the company said the test period had ended.
 */
export const publicTest = {
  opened: tencentCreditScale.opened,
  downBy: tencentCreditScale.closed,
  ended: '2018-02-01',
  evidence: documented(['caixin-2018-tencent-credit', 'financeasia-2018-tencent-credit']),
} as const;

/** The days the graphic's close-up spans, one column each. */
export const closeUpDays = [publicTest.opened, publicTest.downBy, publicTest.ended] as const;

export const payScoreComponents = ['identity', 'payment', 'contract'] as const;

/** WeChat Pay Score, from January 2019: blog-grade sources only, and no source we trust gives its range. */
export const payScore = {
  from: '2019-01',
  components: payScoreComponents,
  evidence: reported(['doc360-2019-pay-score'], 'tencent.range-not-found'),
  perks: [
    { id: 'power-banks', evidence: reported(['doc360-2019-pay-score']) },
    { id: 'hotels', atLeast: 600, evidence: reported(['zrasset-pay-score']) },
  ],
} as const;
export type PayScorePerk = (typeof payScore.perks)[number];
const hotelPerk = payScore.perks[1];

/** Whole years from the go-ahead to the public test: how long the wait for a public score was. */
export function yearsOfWaiting(): number {
  return Math.floor(yearPosition(publicTest.opened) - yearPosition(pilotFirms.announced));
}

/** The words and formats of the story in one locale. */
export interface TencentVoice {
  readonly copy: ModelCopy['tencentCredit'];
  readonly format: Formatter;
}

/** A column of the close-up: "Tue 30 Jan". */
export function dayLabel(iso: string, { format }: TencentVoice): string {
  return new Intl.DateTimeFormat(locales[format.locale].intl, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** A Pay Score perk's words, its threshold filled in. */
export function payPerkLabel(perk: PayScorePerk, { copy, format }: TencentVoice): string {
  return fill(copy.payPerks[perk.id], 'atLeast' in perk ? { score: format.number(perk.atLeast) } : {});
}

/** What a panel says: its head (date and who), a headline figure or phrase, and its lines. */
export interface TencentPanel {
  readonly head: string;
  readonly headline: string;
  readonly lines: readonly string[];
}

/** The values every template of the story may use, from the model. */
function values({ format }: TencentVoice): Record<string, string> {
  return {
    firms: format.number(pilotFirms.firms),
    months: format.number(pilotFirms.monthsToPrepare),
    min: format.number(tencentCreditScale.min),
    max: format.number(tencentCreditScale.max),
    aspects: format.number(closedTests.aspects.length),
    association: format.percent(baihang.associationShare),
    share: format.percent(baihang.firmShare),
    components: format.number(payScore.components.length),
    hotels: format.number(hotelPerk.atLeast),
    waited: format.number(yearsOfWaiting()),
    opened: format.date(publicTest.opened),
    downBy: format.date(publicTest.downBy),
    ended: format.date(publicTest.ended),
    licensed: format.date(baihang.licensed),
  };
}

/** The date each step's panel is headed with. */
const stepDates: Readonly<Record<TencentStoryStep, string>> = {
  'eight-firms': pilotFirms.announced,
  'qq-test': closedTests.from,
  opens: publicTest.opened,
  pulled: publicTest.downBy,
  baihang: baihang.licensed,
  'pay-score': payScore.from,
};
export const stepDate = (step: TencentStoryStep): string => stepDates[step];

/** A step's panel, or with "*" the closing one that the complete graphic shows. */
export function describePanel(step: TencentStoryStep | '*', voice: TencentVoice): TencentPanel {
  const { copy, format } = voice;
  const filled = values(voice);
  const panel = step === '*' ? copy.final : copy.panels[step];
  const head = step === '*' ? fill(copy.final.head, filled) : fill(copy.graphic.panelHead, { date: format.date(stepDate(step)), who: panel.head });
  return { head, headline: fill(panel.headline, filled), lines: panel.lines.map((line) => fill(line, filled)) };
}

/** Every piece of evidence the story shows, for the reference checks. */
export const tencentEvidence: readonly Evidence[] = [
  pilotFirms.evidence,
  closedTests.evidence,
  tencentCreditScale.evidence,
  publicTest.evidence,
  baihang.evidence,
  payScore.evidence,
  ...payScore.perks.map((p) => p.evidence),
];

/** Every bibliography id behind the story. */
export const tencentRefs: ReadonlySet<string> = new Set(tencentEvidence.flatMap(refsOf));

import {
  baihang,
  closedTests,
  describePanel,
  payPerkLabel,
  payScore,
  pilotFirms,
  publicTest,
  stepDate,
  TENCENT_FIRST_YEAR,
  TENCENT_LAST_YEAR,
  tencentStorySteps,
  type TencentStoryStep,
  type TencentVoice,
} from '../../model/tencent-credit';
import { tencentCreditScale } from '../../model/timeline';
import { documented, refsOf, reported, type Evidence } from '../../model/evidence';
import { modelCopy } from '../../model/copy';
import { fill, formatterFor } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { GraphicData, GraphicDataRow } from '../graphic-data';

/** One piece of evidence for several: documented if all are, else reported, with every ref and the first note. */
function joined(evidence: readonly Evidence[]): Evidence {
  const refs = [...new Set(evidence.flatMap(refsOf))];
  const note = evidence.find((e) => e.note)?.note;
  return evidence.every((e) => e.kind === 'documented') ? documented(refs, note) : reported(refs, note);
}

/** Where each step's figures come from. */
const stepEvidence: Readonly<Record<TencentStoryStep, Evidence>> = {
  'eight-firms': pilotFirms.evidence,
  'qq-test': joined([closedTests.evidence, tencentCreditScale.evidence]),
  opens: publicTest.evidence,
  pulled: publicTest.evidence,
  baihang: baihang.evidence,
  'pay-score': joined([payScore.evidence, ...payScore.perks.map((p) => p.evidence)]),
};

/** The scrolly's table and summary: each step with the figures its panel shows, and the day the test was declared over. */
export default function tencentCreditData(locale: Locale): GraphicData {
  const voice: TencentVoice = { copy: modelCopy(locale).tencentCredit, format: formatterFor(locale) };
  const { copy, format } = voice;
  const words = copy.graphicData;
  const aspectList = format.list(closedTests.aspects.map((a) => copy.aspects[a]));
  const perkList = format.list(payScore.perks.map((p) => payPerkLabel(p, voice)));

  const figures = (step: TencentStoryStep): string => {
    const { headline, lines } = describePanel(step, voice);
    // The qq-test panel's last line ends in a colon that the graphic's list of aspects follows.
    const text = fill(words.figure, { headline, lines: [...lines, ...(step === 'qq-test' ? [aspectList] : [])].join(' ') });
    const more = step === 'baihang' ? fill(words.shares, { association: format.percent(baihang.associationShare), share: format.percent(baihang.firmShare) }) : step === 'pay-score' ? fill(words.perks, { list: perkList }) : undefined;
    return more ? fill(words.more, { figure: text, more }) : text;
  };
  const stepRows: GraphicDataRow[] = tencentStorySteps.map((step) => {
    const evidence = stepEvidence[step];
    const note = evidence.note ? copy.notes[evidence.note as keyof typeof copy.notes] : undefined;
    return { label: format.date(stepDate(step)), cells: [words.events[step], figures(step)], evidence, ...(note ? { note } : {}) };
  });
  // The day Tencent declared the test over has no step of its own: it closes the close-up, after "pulled".
  const endedRow: GraphicDataRow = { label: format.date(publicTest.ended), cells: [words.events.ended, copy.closeUp.ended.join(' ')], evidence: publicTest.evidence };
  const rows = [...stepRows];
  rows.splice(tencentStorySteps.indexOf('pulled') + 1, 0, endedRow);

  const summary = fill(words.summary, {
    announced: format.date(pilotFirms.announced),
    months: format.number(pilotFirms.monthsToPrepare),
    min: format.number(tencentCreditScale.min),
    max: format.number(tencentCreditScale.max),
    aspects: format.number(closedTests.aspects.length),
    aspectList,
    closed: format.date(closedTests.from),
    opened: format.date(publicTest.opened),
    downBy: format.date(publicTest.downBy),
    ended: format.date(publicTest.ended),
    licensed: format.date(baihang.licensed),
    association: format.percent(baihang.associationShare),
    share: format.percent(baihang.firmShare),
    payScore: format.date(payScore.from),
    components: format.number(payScore.components.length),
    perks: perkList,
  });

  return {
    caption: fill(words.caption, { first: String(TENCENT_FIRST_YEAR), last: String(TENCENT_LAST_YEAR) }),
    columns: [words.columns.when, words.columns.what, words.columns.figure],
    rows,
    summary,
  };
}

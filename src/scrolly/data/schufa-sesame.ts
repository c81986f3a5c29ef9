import { consumerCreditDirective, readingRows, readingScales, type Reading } from '../../model/schufa';
import { documented, refsOf } from '../../model/evidence';
import { modelCopy } from '../../model/copy';
import { fill, formatterFor } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { GraphicData, GraphicDataRow } from '../graphic-data';

/** The comparison's table and summary: each kind of data about the person, how each score treats it, and the two scales. */
export default function schufaSesameData(locale: Locale): GraphicData {
  const copy = modelCopy(locale).schufa;
  const format = formatterFor(locale);
  const words = copy.graphicData;
  const statusWord = (reading: Reading) => fill(copy.graphic.statuses[reading.status].word, { date: reading.from ? format.date(reading.from) : '' });
  const both = (a: Reading['evidence'], b: Reading['evidence']) => documented([...new Set([...refsOf(a), ...refsOf(b)])]);

  const rows: GraphicDataRow[] = readingRows.map((row) => ({
    label: copy.graphic.rows[row.id],
    cells: [statusWord(row.schufa), statusWord(row.sesame)],
    evidence: both(row.schufa.evidence, row.sesame.evidence),
  }));
  const { schufa, sesame } = readingScales;
  rows.push({
    label: words.scalesRow,
    cells: [
      fill(words.scales.schufa, { min: format.number(schufa.min), max: format.number(schufa.max), criteria: format.number(schufa.criteria) }),
      fill(words.scales.sesame, { min: format.number(sesame.min), max: format.number(sesame.max), dimensions: format.number(sesame.dimensions) }),
    ],
    evidence: both(schufa.evidence, sesame.evidence),
  });

  return {
    caption: words.caption,
    columns: [words.columns.item, words.columns.schufa, words.columns.sesame],
    rows,
    summary: fill(words.summary, {
      schufaMin: format.number(schufa.min),
      schufaMax: format.number(schufa.max),
      criteria: format.number(schufa.criteria),
      sesameMin: format.number(sesame.min),
      sesameMax: format.number(sesame.max),
      dimensions: format.number(sesame.dimensions),
      ccd: format.date(consumerCreditDirective.appliesFrom),
    }),
  };
}

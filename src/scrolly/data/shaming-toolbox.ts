import { casesOf, describeCase, shamingCase, shamingCases, shamingChannels, type LaoLaiVoice } from '../../model/lao-lai';
import { modelCopy } from '../../model/copy';
import { fill, formatterFor } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { GraphicData, GraphicDataRow } from '../graphic-data';

/** The toolbox's table and summary: every documented case, by channel in the graphic's order, with its place, date and what the court did. */
export default function shamingToolboxData(locale: Locale): GraphicData {
  const voice: LaoLaiVoice = { copy: modelCopy(locale).laoLai, format: formatterFor(locale) };
  const { copy, format } = voice;
  const words = copy.graphicData;
  const note = (key: string | undefined) => (key ? copy.notes[key as keyof typeof copy.notes] : undefined);

  const rows: GraphicDataRow[] = shamingChannels.flatMap((channel) =>
    casesOf(channel).map((c) => {
      const { channel: name, place, when, what } = describeCase(c, voice);
      const text = note(c.evidence.note);
      return { label: name, cells: [place, when, what], evidence: c.evidence, ...(text ? { note: text } : {}) };
    }),
  );
  const years = shamingCases.map((c) => Number(c.date.slice(0, 4)));
  const first = String(Math.min(...years));
  const last = String(Math.max(...years));
  const whenOf = (id: Parameters<typeof shamingCase>[0]) => describeCase(shamingCase(id), voice).when;
  const summary = fill(words.summary, {
    ringback: whenOf('guanyun-ringback'),
    ringbackDebtors: format.number(shamingCase('guanyun-ringback').debtors!),
    moments: whenOf('wenzhou-moments'),
    momentsDebtors: format.number(shamingCase('wenzhou-moments').debtors!),
    cinema: whenOf('hejiang-cinema'),
    cinemaDebtors: format.number(shamingCase('hejiang-cinema').debtors!),
    douyin: format.list([whenOf('nanning-douyin'), whenOf('kaifeng-douyin')]),
    billboard: whenOf('anhui-billboards'),
    billboardHours: format.number(shamingCase('anhui-billboards').figure!),
    map: whenOf('hebei-map'),
    mapMetres: format.number(shamingCase('hebei-map').figure!),
  });

  return {
    caption: fill(words.caption, { first, last }),
    columns: [words.columns.channel, words.columns.place, words.columns.when, words.columns.what],
    rows,
    summary,
  };
}

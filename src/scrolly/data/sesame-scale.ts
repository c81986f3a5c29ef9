import { findPreset, HOW_YOU_SCORE, sesame, sesameStory, typicalRange2015 } from '../../model/sesame';
import { bandAt, describeThreshold } from '../../model/system';
import { voiceFor } from '../../model/copy';
import { fill } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { GraphicData, GraphicDataRow } from '../graphic-data';

/** The Sesame scale's table and summary: the scale, its tiers, 2015's typical range, the perk lines the steps draw, How You. */
export default function sesameScaleData(locale: Locale): GraphicData {
  const voice = voiceFor(locale, 'sesame');
  const { copy, format } = voice;
  const words = copy.graphicData;
  const range = (low: number, high: number) => describeThreshold({ atLeast: low, atMost: high }, voice);
  const bandLabel = (id: string) => copy.bands[id as keyof typeof copy.bands].label;
  const { min, max } = sesame.scale;
  // The lines the graphic draws, in the order its steps add them.
  const lines = sesameStory.flatMap((s) => s.lines).map((id) => sesame.consequences.find((c) => c.id === id)!);
  const lineValue = (c: (typeof lines)[number]) => c.when.atLeast ?? c.when.above!;
  const year = String(typicalRange2015.year);

  const rows: GraphicDataRow[] = [
    { label: words.scale, cells: [range(min, max)], evidence: sesame.scale.evidence },
    ...sesame.bands.map((b) => ({ label: fill(words.tier, { label: bandLabel(b.id) }), cells: [range(b.min, b.max)], evidence: b.evidence })),
    { label: fill(words.typical, { year }), cells: [range(typicalRange2015.low, typicalRange2015.high)], evidence: typicalRange2015.evidence },
    ...lines.map((c) => ({ label: copy.consequences[c.id as keyof typeof copy.consequences].label, cells: [describeThreshold(c.when, voice)], evidence: c.evidence })),
    { label: words.person, cells: [format.number(HOW_YOU_SCORE)], evidence: findPreset('how-you').evidence },
  ];

  // Lines that share a score are said together, as the graphic labels them.
  const byValue = new Map<number, string[]>();
  for (const c of lines) byValue.set(lineValue(c), [...(byValue.get(lineValue(c)) ?? []), copy.graphic.short[c.id as keyof typeof copy.graphic.short]]);
  const summary = fill(words.summary, {
    min: format.number(min),
    max: format.number(max),
    tiers: format.list(sesame.bands.map((b) => fill(words.tierPart, { label: bandLabel(b.id), range: range(b.min, b.max) }))),
    year,
    low: format.number(typicalRange2015.low),
    high: format.number(typicalRange2015.high),
    perks: format.list([...byValue].map(([value, labels]) => fill(words.perkPart, { labels: format.list(labels), value: format.number(value) }))),
    score: format.number(HOW_YOU_SCORE),
    band: bandLabel(bandAt(sesame, HOW_YOU_SCORE).id),
  });

  return { caption: fill(words.caption, { year }), columns: [words.columns.what, words.columns.score], rows, summary };
}

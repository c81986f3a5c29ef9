import {
  describeFigure,
  describeQuantity,
  describeFlow,
  describeLaw,
  describeTier,
  eventWhen,
  inMillions,
  lawStatuses,
  listFlows,
  outlineTerm,
  repairTiers,
  repairTiersEvidence,
  tencentCreditScale,
  TIMELINE_FIRST_YEAR,
  TIMELINE_LAST_YEAR,
  timelineEvent,
  timelineEvents,
  type TimelineStep,
} from '../../model/timeline';
import { documented, refsOf } from '../../model/evidence';
import { sesame } from '../../model/sesame';
import { modelCopy } from '../../model/copy';
import { fill, formatterFor } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { GraphicData, GraphicDataRow } from '../graphic-data';

/** The timeline's table and summary: every event with the figure its panel shows, then the list's flows, the repair tiers and the two laws. */
export default function bigPictureTimelineData(locale: Locale): GraphicData {
  const voice = { copy: modelCopy(locale).timeline, format: formatterFor(locale) };
  const { copy, format } = voice;
  const words = copy.graphicData;
  const when = (id: TimelineStep) => eventWhen(timelineEvent(id), voice);
  const note = (key: string | undefined) => (key ? copy.notes[key as keyof typeof copy.notes] : undefined);

  const eventRows: GraphicDataRow[] = timelineEvents.map((event) => {
    const figure = describeFigure(event, voice);
    const figureRefs = 'evidence' in event.figure ? refsOf(event.figure.evidence) : [];
    return {
      label: eventWhen(event, voice),
      cells: [fill(words.who, { what: copy.events[event.id].title, track: copy.tracks[event.track] }), figure ? fill(words.figure, { headline: figure.headline, caption: figure.lines.join(' ') }) : words.figureBelow],
      evidence: documented([...new Set([...refsOf(event.evidence), ...figureRefs])]),
    };
  });
  const flowRows: GraphicDataRow[] = [
    ...listFlows.entries.map((flow) => ({ flow, series: 'entries' as const, what: words.entriesRow })),
    ...listFlows.repairs.map((flow) => ({ flow, series: 'repairs' as const, what: words.repairsRow })),
  ].map(({ flow, series, what }) => {
    const text = note(flow.evidence.note);
    return { label: String(flow.year), cells: [what, describeFlow(flow, series, voice).value], evidence: flow.evidence, ...(text ? { note: text } : {}) };
  });
  const tierRows: GraphicDataRow[] = repairTiers.map((tier) => {
    const { label, range } = describeTier(tier, voice);
    return { label: when('credit-repair'), cells: [fill(words.tierRow, { tier: label }), range], evidence: repairTiersEvidence };
  });
  const lawRows: GraphicDataRow[] = lawStatuses.map((law) => {
    const { name, status } = describeLaw(law, voice);
    const text = note(law.evidence.note);
    return { label: format.date(law.drafted), cells: [name, status], evidence: law.evidence, ...(text ? { note: text } : {}) };
  });

  const [entries2023, entries2024, entries2025] = listFlows.entries.map((f) => inMillions(f.people, voice));
  const [repairs2024, repairs2025] = listFlows.repairs.map((f) => inMillions(f.people, voice));
  const [minor, general, serious] = repairTiers.map((t) => format.number(t.toMonths));
  const opinions = timelineEvent('opinions').figure;
  const summary = fill(words.summary, {
    first: String(TIMELINE_FIRST_YEAR),
    last: String(TIMELINE_LAST_YEAR),
    courtList: when('court-list'),
    outline: when('outline'),
    termFrom: String(outlineTerm.from),
    termTo: String(outlineTerm.to),
    sesame: when('sesame'),
    sesameRange: fill(copy.graphic.span, { from: format.number(sesame.scale.min), to: format.number(sesame.scale.max) }),
    tencent: when('tencent'),
    tencentRange: fill(copy.graphic.span, { from: format.number(tencentCreditScale.min), to: format.number(tencentCreditScale.max) }),
    rongcheng: when('rongcheng-consent'),
    draftLaw: when('draft-law'),
    actionPlan: when('action-plan'),
    opinions: when('opinions'),
    records: opinions.kind === 'count' ? describeQuantity(opinions.value, voice) : '',
    entities: opinions.kind === 'count' && opinions.second ? describeQuantity(opinions.second, voice) : '',
    entries2023: entries2023!,
    entries2024: entries2024!,
    entries2025: entries2025!,
    repairs2024: repairs2024!,
    repairs2025: repairs2025!,
    repair: when('credit-repair'),
    minor: minor!,
    general: general!,
    serious: serious!,
  });

  return {
    caption: fill(words.caption, { first: String(TIMELINE_FIRST_YEAR), last: String(TIMELINE_LAST_YEAR) }),
    columns: [words.columns.when, words.columns.what, words.columns.figure],
    rows: [...eventRows, ...flowRows, ...tierRows, ...lawRows],
    summary,
  };
}

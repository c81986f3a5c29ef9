import type { CollectionEntry } from 'astro:content';
import { chaptersInOrder } from '../lib/chapters';
import { dictionary, fill, formatterFor, type Dictionary, type Locale } from '../i18n';
import { bandAt, consequencesAt, polarityOf, type SystemCopy } from '../model/system';
import type { WidgetFixture } from '../widgets/fixture';
import type { WidgetRegistration } from '../widgets/registration';
import { modelCopy } from '../model/copy';
import { verdictStatuses } from '../model/evidence';
import type { GraphicDataModule } from '../scrolly/graphic-data';
import { widgets } from '../widgets/registry';
import { widgetText } from '../widgets/text';
import type { Card, CardTheme } from './card';
import { previewImageOf } from './paths';

const graphicData = import.meta.glob<GraphicDataModule>('../scrolly/data/*.ts', { eager: true });

/** What the chapter's first scrolly graphic shows: the caption of its data table and its first rows. */
function graphicPanel(chapter: CollectionEntry<'chapters'>, locale: Locale): Card['panel'] {
  const graphic = chapter.body?.match(/<Scrolly\b[^>]*\bgraphic="([^"]+)"/)?.[1];
  const module = graphic ? graphicData[`../scrolly/data/${graphic}.ts`] : undefined;
  if (!module) return undefined;
  const data = module.default(locale);
  // A graphic's table may give one thing several rows (a case and its figures): one line each here.
  return { heading: data.caption, rows: [...new Set(data.rows.map((row) => row.label))].map((text, i) => ({ text, on: i === 0 })) };
}

// The fixtures say how to score a widget's state (the shared tests' description of each
// widget): the card shows the default state a reader first sees, as the widget's readout does.
const fixtures = import.meta.glob<{ default: WidgetFixture<never> }>('../widgets/*/fixture.ts', { eager: true });

/** A scored widget's default state: its score and band, then each consequence, on or off. */
function defaultStatePanel(widget: WidgetRegistration<never>, locale: Locale): Card['panel'] {
  const fixture = fixtures[`../widgets/${widget.id}/fixture.ts`]?.default;
  const score = fixture?.score(widget.defaultState);
  if (!fixture || score === null || score === undefined) return undefined;
  const words = widget.words(locale) as { copy: SystemCopy; kit: Dictionary['widgets']['kit'] };
  const format = formatterFor(locale);
  const band = words.copy.bands[bandAt(fixture.system, score).id]?.label;
  const { unlocked } = consequencesAt(fixture.system, score);
  const rows = fixture.system.consequences.map((consequence) => {
    const on = unlocked.includes(consequence);
    const status = words.kit.status[polarityOf(consequence.kind)];
    return { text: `${on ? status.on : status.off}: ${words.copy.consequences[consequence.id]?.label ?? consequence.id}`, on };
  });
  // What is on comes first: the card has room for five lines.
  rows.sort((a, b) => Number(b.on) - Number(a.on));
  const heading = [`${words.kit.score} ${format.number(score)}`, band].filter(Boolean).join(' · ');
  return { heading, rows };
}

/** Every card the build makes, with the path of its image. */
export async function previewCards(locale: Locale, theme: CardTheme): Promise<{ path: string; card: Card }[]> {
  const { site } = dictionary(locale);
  const format = formatterFor(locale);
  const verdicts = modelCopy(locale).common.verdicts;
  const footer = { site: site.name, marks: verdictStatuses.map((status) => verdicts[status].label) };
  const chapters = await chaptersInOrder(locale);
  return [
    { path: previewImageOf('/'), card: { kicker: site.widget.kicker, title: site.name, text: site.home.description, footer, theme } },
    ...chapters.map((chapter) => ({
      path: previewImageOf(`/chapters/${chapter.data.slug}/`),
      card: {
        kicker: fill(site.chapter.kicker, { n: format.number(chapter.data.order) }),
        title: chapter.data.title,
        text: chapter.data.summary,
        panel: graphicPanel(chapter, locale),
        footer,
        theme,
      },
    })),
    ...widgets.map((widget) => {
      const text = widgetText(locale, widget.id);
      return {
        path: previewImageOf(`/embed/${widget.id}/`),
        card: { kicker: site.widget.kicker, title: text.title, text: text.description, panel: defaultStatePanel(widget, locale), footer, theme },
      };
    }),
  ];
}

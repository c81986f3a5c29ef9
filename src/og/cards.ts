import type { CollectionEntry } from 'astro:content';
import { chaptersInOrder } from '../lib/chapters';
import { dictionary, fill, formatterFor, type Locale } from '../i18n';
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
  return { heading: data.caption, rows: [...new Set(data.rows.map((row) => row.label))] };
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
      return { path: previewImageOf(`/embed/${widget.id}/`), card: { kicker: site.widget.kicker, title: text.title, text: text.description, footer, theme } };
    }),
  ];
}

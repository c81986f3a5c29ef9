import { getCollection, render, type CollectionEntry } from 'astro:content';
import { defaultLocale, localePath, type Locale } from '../i18n';
import type { WidgetPlacement } from '../content/sections';

export type Chapter = CollectionEntry<'chapters'>;

/** A locale's chapters, in reading order. */
export async function chaptersInOrder(locale: Locale = defaultLocale): Promise<Chapter[]> {
  return (await getCollection('chapters', (chapter) => chapter.id.startsWith(`${locale}/`))).sort((a, b) => a.data.order - b.data.order);
}

export const chapterHref = (slug: string, section?: string, locale: Locale = defaultLocale): string =>
  localePath(locale, `/chapters/${slug}/${section ? `#${section}` : ''}`);

/** Where a widget sits: its chapter and the section heading it is placed under. */
export interface Placement {
  readonly chapter: Chapter;
  readonly section: string;
}

const placementsByLocale = new Map<Locale, Promise<Map<string, Placement>>>();

/** Every `<Widget id>` in a locale's chapters, read from the MDX (src/content/sections.ts). */
function placements(locale: Locale): Promise<Map<string, Placement>> {
  let found = placementsByLocale.get(locale);
  if (!found) {
    found = (async () => {
      const byWidget = new Map<string, Placement>();
      for (const chapter of await chaptersInOrder(locale)) {
        const { remarkPluginFrontmatter } = await render(chapter);
        for (const { widget, section } of (remarkPluginFrontmatter.widgets ?? []) as WidgetPlacement[]) {
          const earlier = byWidget.get(widget);
          if (earlier) throw new Error(`<Widget id="${widget}"> is placed twice, in ${earlier.chapter.filePath} and ${chapter.filePath}: a widget has one home`);
          byWidget.set(widget, { chapter, section });
        }
      }
      return byWidget;
    })();
    placementsByLocale.set(locale, found);
  }
  return found;
}

/** The chapter and section of a widget; a registered widget no chapter places fails the build. */
export async function placementOf(widget: string, locale: Locale = defaultLocale): Promise<Placement> {
  const placement = (await placements(locale)).get(widget);
  if (!placement) throw new Error(`src/widgets/${widget}/: no chapter places <Widget id="${widget}">, so its embed has nowhere to link back to`);
  return placement;
}

/** The widgets a chapter places, in the order they appear. */
export async function widgetsOf(chapter: Chapter): Promise<string[]> {
  const { remarkPluginFrontmatter } = await render(chapter);
  return ((remarkPluginFrontmatter.widgets ?? []) as WidgetPlacement[]).map((placement) => placement.widget);
}

const WORDS_PER_MINUTE = 220;

/** Minutes to read the prose, ignoring MDX tags, so the number matches what readers see. */
export function readingMinutes(body: string): number {
  const prose = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ').replace(/<[^>]+>/g, ' ').replace(/[#*_>`[\]()-]/g, ' ');
  const words = prose.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

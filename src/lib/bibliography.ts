import { getCollection } from 'astro:content';
import { UNDATED, type BibliographyEntry } from '../content/schema';
import { formatterFor } from '../i18n/format';
import { dictionary } from '../i18n';
import { defaultLocale, type Locale } from '../i18n/locales';
import type { SourceLinks } from '../widgets/shared/sources';

export async function bibliographyById(): Promise<Map<string, BibliographyEntry>> {
  const entries = await getCollection('bibliography');
  return new Map(entries.map((entry) => [entry.id, { ...entry.data, id: entry.id }]));
}

export const sourceAnchor = (id: string): string => `ref-${id}`;
export const sourcesPageHref = (id: string): string => `/sources/#${sourceAnchor(id)}`;

/** "Author (year)": short enough for a widget, precise enough to find in the sources page. */
export function shortLabel(entry: BibliographyEntry, locale: Locale = defaultLocale): string {
  return `${entry.author} (${entry.date === UNDATED ? dictionary(locale).site.sources.undated : entry.date.slice(0, 4)})`;
}

export function formatDate(date: string, locale: Locale = defaultLocale): string {
  return date === UNDATED ? dictionary(locale).site.sources.undated : formatterFor(locale).date(date);
}

/** Links for the ids a widget shows; an id missing from the bibliography fails the build. */
export async function sourceLinksFor(ids: readonly string[], locale: Locale = defaultLocale): Promise<SourceLinks> {
  const byId = await bibliographyById();
  return Object.fromEntries(
    ids.map((id) => {
      const entry = byId.get(id);
      if (!entry) throw new Error(`content/bibliography.json: no entry "${id}", which a widget cites`);
      return [id, { label: shortLabel(entry, locale), href: sourcesPageHref(id) }];
    }),
  );
}

import { getCollection, type CollectionEntry } from 'astro:content';

export type Chapter = CollectionEntry<'chapters'>;

export async function chaptersInOrder(): Promise<Chapter[]> {
  return (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
}

export const chapterHref = (slug: string, section?: string): string => `/chapters/${slug}/${section ? `#${section}` : ''}`;

const WORDS_PER_MINUTE = 220;

/** Minutes to read the prose, ignoring MDX tags, so the number matches what readers see. */
export function readingMinutes(body: string): number {
  const prose = body.replace(/<[^>]+>/g, ' ').replace(/[#*_>`[\]()-]/g, ' ');
  const words = prose.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

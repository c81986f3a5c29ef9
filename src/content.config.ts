import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { bibliographyEntry, chapterFrontmatter, upcomingChapter } from './content/schema';

const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters', generateId: ({ data }) => String(data.slug) }),
  schema: chapterFrontmatter,
});

const bibliography = defineCollection({
  loader: file('./content/bibliography.json'),
  schema: bibliographyEntry,
});

const upcoming = defineCollection({
  loader: file('./content/upcoming-chapters.json'),
  schema: upcomingChapter,
});

export const collections = { chapters, bibliography, upcoming };

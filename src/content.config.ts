import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { bibliographyEntry, chapterFrontmatter, upcomingChapter } from './content/schema';
import { CHAPTERS_DIR, chapterId, localeOfChapterFile } from './content/chapter-files';
import { handoutFrontmatter, lessonFrontmatter } from './content/teachers';

const chapters = defineCollection({
  // `<locale>/<slug>`: the same chapter in two languages is two entries that never collide.
  loader: glob({ pattern: '*/*.mdx', base: `./${CHAPTERS_DIR}`, generateId: ({ entry, data }) => chapterId(localeOfChapterFile(entry), String(data.slug)) }),
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

// The teachers' pack (/teachers/): ids are `<locale>/<file name>`; a handout's file name is its chapter's slug.
const lessons = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content/lessons' }),
  schema: lessonFrontmatter,
});

const handouts = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content/handouts' }),
  schema: handoutFrontmatter,
});

export const collections = { chapters, bibliography, upcoming, lessons, handouts };

import { z } from 'astro/zod';
import { ID_PATTERN } from '../embed/constants';

/**
 * Schemas for the files under content/. Shared by the content collections (build), the
 * citation plugin (build) and the tests, so a bad entry fails the same way everywhere.
 */
export const UNDATED = 'undated';

/** Bibliography ids and chapter slugs, spelt as widget ids are (ID_PATTERN, src/embed/constants.ts). */
export const refId = z.string().regex(ID_PATTERN, 'ids are lowercase words joined by hyphens');

export const bibliographyEntry = z.strictObject({
  id: refId,
  author: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  /**
   * ISO date, or a year, or year and month, as precise as the source allows; "undated" where
   * the copy we saw shows no date (better than a guessed year a reader would trust).
   */
  date: z.union([z.literal(UNDATED), z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM, YYYY-MM-DD or "undated"')]),
  url: z.url({ protocol: /^https?$/ }).optional(),
  note: z.string().min(1),
});
export type BibliographyEntry = z.infer<typeof bibliographyEntry>;

export const bibliography = z.array(bibliographyEntry).superRefine((entries, ctx) => {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate id "${entry.id}"` });
    seen.add(entry.id);
  });
});

/** A calendar date written YYYY-MM-DD, and a real one (no 31 June). */
const isoDate = (what: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${what} is dated YYYY-MM-DD`)
    .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), `${what} is not a real date`);

export const chapterFrontmatter = z.strictObject({
  title: z.string().min(1),
  /**
   * A shorter title for the browser tab and search results, where `title` with the site's name
   * would pass 70 characters (search engines cut it there, and html-validate fails the page).
   */
  pageTitle: z.string().min(1).max(60).optional(),
  /** The chapter's URL segment. Stable: teachers link to it, so never rename one. */
  slug: refId,
  order: z.number().int().positive(),
  /** When the chapter was first published: the date its citations ("Cite this", citation_* tags) carry. */
  published: isoDate('published'),
  /**
   * When it last changed in substance beyond a correction, if ever. Its "last updated" date is the
   * latest of this, its corrections' dates and `published` (src/lib/citation.ts, lastUpdated).
   */
  updated: isoDate('updated').optional(),
  summary: z
    .string()
    .min(1)
    .refine((s) => (s.match(/[.!?](\s|$)/g) ?? []).length === 1, 'summary must be exactly one sentence'),
  teacher: z.strictObject({
    goals: z.array(z.string().min(1)).min(1),
    prompts: z.array(z.string().min(1)).min(3).max(5),
    minutes: z.number().int().positive(),
  }),
  /**
   * What was corrected after publication, as newsrooms keep it: one dated line each, oldest
   * first. Shown at the foot of the chapter and in print.
   */
  corrections: z
    .array(z.strictObject({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a correction is dated YYYY-MM-DD'), text: z.string().min(1) }))
    .default([])
    .refine((list) => list.every((c, i) => i === 0 || list[i - 1]!.date <= c.date), 'corrections are listed oldest first'),
}).superRefine((chapter, ctx) => {
  // ISO dates compare as strings.
  if (chapter.updated !== undefined && chapter.updated < chapter.published) {
    ctx.addIssue({ code: 'custom', path: ['updated'], message: 'updated is before published' });
  }
  chapter.corrections.forEach((c, i) => {
    if (c.date < chapter.published) ctx.addIssue({ code: 'custom', path: ['corrections', i, 'date'], message: 'a correction is dated before the chapter was published' });
  });
});
export type ChapterFrontmatter = z.infer<typeof chapterFrontmatter>;

/** Later chapters, listed by title on the home page until they are written. */
export const upcomingChapter = z.object({
  title: z.string().min(1),
  order: z.number().int().positive(),
});

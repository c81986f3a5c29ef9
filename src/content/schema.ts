import { z } from 'astro/zod';

/**
 * Schemas for the files under content/. Shared by the content collections (build), the
 * citation plugin (build) and the tests, so a bad entry fails the same way everywhere.
 */
export const refId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens');

export const bibliographyEntry = z.strictObject({
  id: refId,
  author: z.string().min(1),
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** ISO date, or a year, or year and month, as precise as the source allows. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD'),
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

export const chapterFrontmatter = z.strictObject({
  title: z.string().min(1),
  /** The chapter's URL segment. Stable: teachers link to it, so never rename one. */
  slug: refId,
  order: z.number().int().positive(),
  summary: z
    .string()
    .min(1)
    .refine((s) => (s.match(/[.!?](\s|$)/g) ?? []).length === 1, 'summary must be exactly one sentence'),
  teacher: z.strictObject({
    goals: z.array(z.string().min(1)).min(1),
    prompts: z.array(z.string().min(1)).min(3).max(5),
    minutes: z.number().int().positive(),
  }),
});
export type ChapterFrontmatter = z.infer<typeof chapterFrontmatter>;

/** Later chapters, listed by title on the home page until they are written. */
export const upcomingChapter = z.object({
  title: z.string().min(1),
  order: z.number().int().positive(),
});

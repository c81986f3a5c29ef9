import { z } from 'astro/zod';
import { refId } from './schema';
import { ID_PATTERN } from '../embed/constants';

/**
 * Schemas for the teachers' pack: ready lessons (content/lessons/<locale>/*.md) and one student
 * handout per chapter (content/handouts/<locale>/<chapter-slug>.md), both frontmatter only.
 * Shared by the content collections (build) and tests/model/teachers.test.ts, so a bad file
 * fails the same way in both. What a schema cannot see (that a section, widget or claim id is
 * real) is checked against the chapters, the widget registry and the claims model in
 * src/lib/teachers.ts at build time, and in the test.
 */

/** A section to use: `<chapter-slug>#<section-id>`, the same pair a teacher's link carries. */
const slug = ID_PATTERN.source.slice(1, -1);
export const SECTION_REF = new RegExp(`^(${slug})#(${slug})$`);

/** A lesson of one period (45 or 90 minutes) or a unit's sessions: each 45 to 60 minutes. */
export const UNIT_SESSION_MINUTES = { min: 45, max: 60 } as const;

const phase = z.strictObject({
  title: z.string().min(1),
  minutes: z.number().int().positive(),
  /** What the class does, in one or two sentences. */
  text: z.string().min(1),
  /** Sections shown or read in this phase. */
  sections: z.array(z.string().regex(SECTION_REF, 'a section is written chapter-slug#section-id')).default([]),
  /** Widgets shown in this phase, by id (src/widgets/<id>/). */
  widgets: z.array(refId).default([]),
  /** The phase runs the classroom exercise at /classroom/. */
  classroom: z.boolean().default(false),
});

const session = z
  .strictObject({
    title: z.string().min(1),
    minutes: z.number().int().positive(),
    phases: z.array(phase).min(2),
  })
  .superRefine((s, ctx) => {
    const sum = s.phases.reduce((total, p) => total + p.minutes, 0);
    if (sum !== s.minutes) ctx.addIssue({ code: 'custom', path: ['phases'], message: `the phases of "${s.title}" add up to ${sum} minutes, not ${s.minutes}` });
  });

export const lessonFrontmatter = z
  .strictObject({
    title: z.string().min(1),
    order: z.number().int().positive(),
    /** One or two sentences: who it suits and what it does. */
    summary: z.string().min(1),
    /** The lesson's total: the sum of its sessions (checked). */
    minutes: z.number().int().positive(),
    goals: z.array(z.string().min(1)).min(2).max(5),
    sessions: z.array(session).min(1).max(3),
    prompts: z.array(z.string().min(1)).min(3).max(6),
    /** Claims it answers, by id in src/model/claims.ts. */
    myths: z.array(refId).min(1),
  })
  .superRefine((lesson, ctx) => {
    const sum = lesson.sessions.reduce((total, s) => total + s.minutes, 0);
    if (sum !== lesson.minutes) ctx.addIssue({ code: 'custom', path: ['minutes'], message: `the sessions add up to ${sum} minutes, not ${lesson.minutes}` });
    if (lesson.sessions.length > 1) {
      lesson.sessions.forEach((s, i) => {
        if (s.minutes < UNIT_SESSION_MINUTES.min || s.minutes > UNIT_SESSION_MINUTES.max)
          ctx.addIssue({ code: 'custom', path: ['sessions', i, 'minutes'], message: `a unit's session lasts ${UNIT_SESSION_MINUTES.min} to ${UNIT_SESSION_MINUTES.max} minutes` });
      });
    }
  });
export type LessonFrontmatter = z.infer<typeof lessonFrontmatter>;
export type LessonPhase = LessonFrontmatter['sessions'][number]['phases'][number];

/** A key fact is short: one sentence a student can read aloud. */
export const MAX_FACT_WORDS = 40;

const fact = z.strictObject({
  text: z
    .string()
    .min(1)
    .refine((s) => (s.match(/[.!?](\s|$)/g) ?? []).length === 1, 'a key fact is one sentence')
    .refine((s) => s.split(/\s+/).length <= MAX_FACT_WORDS, `a key fact has at most ${MAX_FACT_WORDS} words`),
  /** Bibliography ids; the build fails on an unknown one. */
  cite: z.array(refId).min(1).max(3),
});

export const handoutFrontmatter = z.strictObject({
  facts: z.array(fact).min(5).max(8),
  activity: z.strictObject({
    title: z.string().min(1),
    minutes: z.number().int().positive().max(30),
    steps: z.array(z.string().min(1)).min(2).max(5),
  }),
});
export type HandoutFrontmatter = z.infer<typeof handoutFrontmatter>;

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { handoutFrontmatter, lessonFrontmatter, SECTION_REF, UNIT_SESSION_MINUTES, type LessonFrontmatter } from '../../src/content/teachers';
import { chapterFrontmatter } from '../../src/content/schema';
import { loadBibliography } from '../../src/content/citations';
import { widgets } from '../../src/widgets/registry';
import { findClaim } from '../../src/model/claims';
import { CHAPTERS_DIR } from '../../src/content/chapter-files';

/**
 * Content rules of the teachers' pack (content/lessons/, content/handouts/), read from disk as
 * the build reads them: the schemas, then what a schema cannot see (phase minutes add up, every
 * section, widget, claim and source id is real, every chapter has a handout). The build checks
 * the same references (src/lib/teachers.ts); this says which file is wrong without a build.
 */
const LOCALE = 'en';
const CLASSROOM = 'classroom';
const CLASSROOM_WIDGET = 'classroom-exercise';

const frontmatter = (path: string): unknown => {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'));
  if (!match) throw new Error(`${path}: no frontmatter`);
  return parse(match[1]!);
};
const mdFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => join(dir, f)) : []);

const chapterFiles = readdirSync(join(CHAPTERS_DIR, LOCALE)).filter((f) => f.endsWith('.mdx')).map((f) => join(CHAPTERS_DIR, LOCALE, f));
const chapters = new Map(
  chapterFiles.map((path) => {
    const text = readFileSync(path, 'utf8');
    const data = chapterFrontmatter.parse(frontmatter(path));
    // Section ids ride in a comment on each ## or ### heading (src/content/sections.ts).
    const ids = new Set([...text.matchAll(/^#{2,3} .*\{\/\*\s*#([a-z0-9-]+)\s*\*\/\}\s*$/gm)].map((m) => m[1]!));
    return [data.slug, { data, ids }];
  }),
);
const classroomReady = chapters.has(CLASSROOM);
const registered = new Set(widgets.map((w) => w.id));
const sources = new Set(loadBibliography().map((e) => e.id));

const lessons = mdFiles(`content/lessons/${LOCALE}`).map((path) => ({ path, data: lessonFrontmatter.parse(frontmatter(path)) }));
const handouts = mdFiles(`content/handouts/${LOCALE}`).map((path) => ({ path, slug: path.split('/').at(-1)!.replace(/\.md$/, ''), data: handoutFrontmatter.parse(frontmatter(path)) }));

const phasesOf = (lesson: LessonFrontmatter) => lesson.sessions.flatMap((s) => s.phases);

describe('lessons', () => {
  it('are one 45-minute lesson, one 90-minute lesson and a unit of three 45–60-minute lessons', () => {
    const shapes = lessons.map(({ data }) => data.sessions.map((s) => s.minutes));
    expect(shapes).toContainEqual([45]);
    expect(shapes).toContainEqual([90]);
    const unit = shapes.find((s) => s.length === 3);
    expect(unit).toBeDefined();
    for (const minutes of unit!) {
      expect(minutes).toBeGreaterThanOrEqual(UNIT_SESSION_MINUTES.min);
      expect(minutes).toBeLessThanOrEqual(UNIT_SESSION_MINUTES.max);
    }
  });

  it('have phases that add up to each session and sessions that add up to the lesson', () => {
    for (const { path, data } of lessons) {
      for (const s of data.sessions) expect(s.phases.reduce((t, p) => t + p.minutes, 0), `${path}: ${s.title}`).toBe(s.minutes);
      expect(data.sessions.reduce((t, s) => t + s.minutes, 0), path).toBe(data.minutes);
    }
  });

  it('a plan whose phases do not add up fails the schema', () => {
    const { data } = lessons[0]!;
    const broken = { ...data, sessions: [{ ...data.sessions[0]!, minutes: data.sessions[0]!.minutes + 5 }], minutes: data.minutes + 5 };
    expect(lessonFrontmatter.safeParse(broken).success).toBe(false);
  });

  it('link only real sections, widgets and claims (the classroom chapter may be pending)', () => {
    for (const { path, data } of lessons) {
      for (const phase of phasesOf(data)) {
        for (const ref of phase.sections) {
          const [, chapter, id] = SECTION_REF.exec(ref)!;
          if (chapter === CLASSROOM && !classroomReady) continue;
          expect(chapters.get(chapter!)?.ids.has(id!), `${path}: ${ref}`).toBe(true);
        }
        for (const id of phase.widgets) {
          if (id === CLASSROOM_WIDGET && !classroomReady) continue;
          expect(registered.has(id), `${path}: widget ${id}`).toBe(true);
        }
      }
      for (const id of data.myths) expect(findClaim(id), `${path}: claim ${id}`).toBeDefined();
    }
  });

  it('the three-lesson unit ends with the classroom exercise', () => {
    const unit = lessons.find(({ data }) => data.sessions.length === 3)!;
    const last = unit.data.sessions.at(-1)!;
    expect(last.phases.some((p) => p.classroom)).toBe(true);
    expect(last.phases.flatMap((p) => p.widgets)).toContain(CLASSROOM_WIDGET);
  });
});

describe('handouts', () => {
  it('every chapter has one, and the classroom chapter has one before it exists', () => {
    const written = new Set(handouts.map((h) => h.slug));
    for (const slug of chapters.keys()) expect(written.has(slug), `content/handouts/${LOCALE}/${slug}.md`).toBe(true);
    expect(written.has(CLASSROOM)).toBe(true);
  });

  it('belong to a chapter (or the classroom chapter being written)', () => {
    for (const { path, slug } of handouts) expect(chapters.has(slug) || slug === CLASSROOM, path).toBe(true);
  });

  it('have 5 to 8 key facts, each one sentence citing sources in the bibliography', () => {
    for (const { path, data } of handouts) {
      expect(data.facts.length, path).toBeGreaterThanOrEqual(5);
      expect(data.facts.length, path).toBeLessThanOrEqual(8);
      for (const fact of data.facts) for (const id of fact.cite) expect(sources.has(id), `${path}: ${id}`).toBe(true);
    }
  });

  it('a fact without a source, or of two sentences, fails the schema', () => {
    const { data } = handouts[0]!;
    expect(handoutFrontmatter.safeParse({ ...data, facts: data.facts.map((f, i) => (i ? f : { ...f, cite: [] })) }).success).toBe(false);
    expect(handoutFrontmatter.safeParse({ ...data, facts: data.facts.map((f, i) => (i ? f : { ...f, text: 'One. Two.' })) }).success).toBe(false);
  });

  it('the classroom handout covers the exercise’s verdicts from the ledger', () => {
    const classroom = handouts.find((h) => h.slug === CLASSROOM)!;
    const cited = new Set(classroom.data.facts.flatMap((f) => f.cite));
    for (const id of ['metro-2018-travel-bans', 'bbc-rollingstone-sesame', 'ap-2019-npcic']) expect(cited.has(id), id).toBe(true);
  });
});

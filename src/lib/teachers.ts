import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { defaultLocale, localePath, type Locale } from '../i18n';
import { chapterHref, chaptersInOrder, placementOf, type Chapter } from './chapters';
import { bibliographyById } from './bibliography';
import { widgets } from '../widgets/registry';
import { findClaim } from '../model/claims';
import { embedPath } from '../embed/markup';
import { SECTION_REF, type LessonPhase } from '../content/teachers';

/**
 * The teachers' pack at build time: lessons and handouts from content/, checked against what
 * they point at (chapters and their section ids, the widget registry, the claims model, the
 * bibliography), so a renamed section or widget fails the build naming the file rather than
 * leaving a teacher with a dead link.
 *
 * The classroom chapter and its exercise are being written alongside this pack: until
 * content/chapters/<locale>/classroom.mdx exists, a lesson may name them and they render as
 * plain text ("pending"); once it exists they are checked like any other.
 */
export const CLASSROOM_CHAPTER = 'classroom';
export const CLASSROOM_WIDGET = 'classroom-exercise';
/** The exercise's full-screen page (issue 15, part 1). */
export const CLASSROOM_PATH = '/classroom/';

export type Lesson = CollectionEntry<'lessons'>;
export type Handout = CollectionEntry<'handouts'>;

export const handoutHref = (slug: string, locale: Locale = defaultLocale): string => localePath(locale, `/teachers/handouts/${slug}/`);
export const teachersHref = (locale: Locale = defaultLocale): string => localePath(locale, '/teachers/');

export interface SectionLink {
  readonly chapter: string;
  readonly section: string;
  /** The chapter's title and the section's heading, for the link's words. */
  readonly chapterTitle: string;
  readonly heading: string;
  readonly href: string;
}

export interface WidgetLink {
  readonly id: string;
  /** Its place in a chapter and its embed page; null while the classroom exercise is pending. */
  readonly href: string | null;
  readonly embedHref: string | null;
}

export interface ResolvedPhase {
  readonly phase: LessonPhase;
  readonly sections: readonly SectionLink[];
  readonly widgets: readonly WidgetLink[];
}

/** Each chapter's section ids and headings (## and ###), read from its rendered headings. */
async function sectionsByChapter(chapters: readonly Chapter[]): Promise<Map<string, Map<string, string>>> {
  const byChapter = new Map<string, Map<string, string>>();
  for (const chapter of chapters) {
    const { headings } = await render(chapter);
    byChapter.set(chapter.data.slug, new Map(headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => [h.slug, h.text])));
  }
  return byChapter;
}

/** Lessons in order, every reference checked; throws naming the file and the bad reference. */
export async function lessonsResolved(locale: Locale = defaultLocale) {
  const chapters = await chaptersInOrder(locale);
  const titles = new Map(chapters.map((c) => [c.data.slug, c.data.title]));
  const sections = await sectionsByChapter(chapters);
  const classroomReady = titles.has(CLASSROOM_CHAPTER);
  const registered = new Set(widgets.map((w) => w.id));
  const lessons = (await getCollection('lessons', (l) => l.id.startsWith(`${locale}/`))).sort((a, b) => a.data.order - b.data.order);

  return Promise.all(
    lessons.map(async (lesson) => {
      const where = lesson.filePath ?? lesson.id;
      const section = (ref: string): SectionLink[] => {
        const [, chapter = '', id = ''] = SECTION_REF.exec(ref) ?? [];
        if (chapter === CLASSROOM_CHAPTER && !classroomReady) return [];
        const heading = sections.get(chapter)?.get(id);
        if (!heading) throw new Error(`${where}: "${ref}" is not a section of a chapter (no chapter "${chapter}" or no heading with the id "${id}")`);
        return [{ chapter, section: id, chapterTitle: titles.get(chapter)!, heading, href: chapterHref(chapter, id, locale) }];
      };
      const widget = async (id: string): Promise<WidgetLink> => {
        if (!registered.has(id)) {
          if (id === CLASSROOM_WIDGET && !classroomReady) return { id, href: null, embedHref: null };
          throw new Error(`${where}: no widget "${id}" in src/widgets/`);
        }
        const place = await placementOf(id, locale);
        return { id, href: chapterHref(place.chapter.data.slug, place.section, locale), embedHref: localePath(locale, embedPath(id)) };
      };
      for (const id of lesson.data.myths) if (!findClaim(id)) throw new Error(`${where}: no claim "${id}" in src/model/claims.ts`);
      const sessions = await Promise.all(
        lesson.data.sessions.map(async (session) => ({
          session,
          phases: await Promise.all(
            session.phases.map(async (phase): Promise<ResolvedPhase> => ({ phase, sections: phase.sections.flatMap(section), widgets: await Promise.all(phase.widgets.map(widget)) })),
          ),
        })),
      );
      const unique = <T,>(items: T[], key: (item: T) => string) => [...new Map(items.map((item) => [key(item), item])).values()];
      const phases = sessions.flatMap((s) => s.phases);
      return {
        lesson,
        sessions,
        /** Every section and widget the lesson uses, in the order it uses them. */
        sections: unique(phases.flatMap((p) => [...p.sections]), (s) => `${s.chapter}#${s.section}`),
        widgets: unique(phases.flatMap((p) => [...p.widgets]), (w) => w.id),
        usesClassroom: phases.some((p) => p.phase.classroom),
        classroomReady,
      };
    }),
  );
}

/**
 * A chapter's handout, its citations checked. A chapter with no handout fails the build: every
 * chapter gets one, and the list of chapters is the collection, never kept by hand.
 */
export async function handoutOf(chapter: Chapter, locale: Locale = defaultLocale): Promise<Handout> {
  const handout = await getEntry('handouts', `${locale}/${chapter.data.slug}`);
  if (!handout) throw new Error(`${chapter.filePath}: the chapter has no student handout; write content/handouts/${locale}/${chapter.data.slug}.md`);
  const known = await bibliographyById();
  for (const fact of handout.data.facts)
    for (const id of fact.cite) if (!known.has(id)) throw new Error(`${handout.filePath}: no bibliography entry "${id}" (content/bibliography.json)`);
  return handout;
}

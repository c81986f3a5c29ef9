/**
 * Where chapters live: `content/chapters/<locale>/<slug>.mdx`. The folder names the chapter's
 * language, so its entry id is `<locale>/<slug>` (no two languages collide) and the build
 * plugins know which dictionary its section links speak.
 */
import { isLocale, type Locale } from '../i18n/locales';

export const CHAPTERS_DIR = 'content/chapters';

/** The locale of a chapter file, from its folder; a file outside a locale folder fails the build. */
export function localeOfChapterFile(path: string | undefined): Locale {
  const parts = (path ?? '').split(/[\\/]/);
  const folder = parts.at(-2) ?? '';
  if (!isLocale(folder)) throw new Error(`${path}: a chapter lives in ${CHAPTERS_DIR}/<locale>/, and "${folder}" is not a locale`);
  return folder;
}

/** A chapter entry's id, `<locale>/<slug>`. */
export const chapterId = (locale: Locale, slug: string): string => `${locale}/${slug}`;

import { en } from './en';
import { pseudoBuild, pseudoize } from './pseudo';
import type { Locale } from './locales';

/**
 * One typed dictionary per locale for every UI string of the site and its widgets. A locale's
 * dictionary must have exactly English's shape (the type says so), so a missing string is a
 * type error, not a blank on the page. Until a locale is translated it is not built.
 */
export type Dictionary = typeof en;

const dictionaries: Partial<Record<Locale, Dictionary>> = { en };

export function dictionary(locale: Locale): Dictionary {
  const found = dictionaries[locale];
  if (!found) throw new Error(`No dictionary for locale "${locale}" yet: add src/i18n/${locale}/`);
  return pseudoBuild() ? pseudoize(found) : found;
}

export { aroundHole, fill, formatterFor, type Formatter } from './format';
export { defaultLocale, localeOfPath, localePath, locales, type Locale } from './locales';

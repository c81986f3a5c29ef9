/**
 * The site's languages. English is served at `/` as it always was; Simplified Chinese will be
 * served under `/zh-hans/` once its dictionary and chapters exist. Everything that depends on
 * the language (the `lang` attribute, number and date formats, the dictionary, model copy)
 * is looked up from a Locale, never written in as "en-GB".
 */
export const locales = {
  en: { lang: 'en-GB', intl: 'en-GB', prefix: '' },
  'zh-hans': { lang: 'zh-Hans', intl: 'zh-Hans-CN', prefix: '/zh-hans' },
} as const;

export type Locale = keyof typeof locales;
export const defaultLocale = 'en' satisfies Locale;

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(locales, value);
}

/** The locale a route belongs to, from its path: `/zh-hans/...` or else the default. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  return first !== defaultLocale && isLocale(first) ? first : defaultLocale;
}

/** The path of a page in a locale: `/sources/` stays as it is in English. */
export const localePath = (locale: Locale, path: string): string => `${locales[locale].prefix}${path}`;

/** The locales as Astro's i18n routing takes them: the default by name, the others with their language codes. */
export const routingLocales: (Locale | { path: Locale; codes: [string, ...string[]] })[] = Object.entries(locales).map(([path, locale]) =>
  path === defaultLocale ? defaultLocale : { path: path as Locale, codes: [locale.lang, locale.intl] },
);

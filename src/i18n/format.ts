import { locales, type Locale } from './locales';

/**
 * Numbers, dates, lists and sentence templates for one locale. Templates are plain strings
 * with `{name}` holes, so they travel as data (to islands, to client scripts) and a translator
 * can reorder the holes as their language needs.
 */
export interface Formatter {
  readonly locale: Locale;
  number(value: number): string;
  /** 0.35 → "35%". */
  percent(value: number): string;
  /** "+20", "−10", "±0": a change in points, with a true minus sign. */
  delta(value: number): string;
  /** "6 December 2015", "July 2015" or "2015", as precise as an ISO date (or part of one) is. */
  date(iso: string): string;
  list(items: readonly string[]): string;
}

const cache = new Map<Locale, Formatter>();

export function formatterFor(locale: Locale): Formatter {
  const cached = cache.get(locale);
  if (cached) return cached;
  const { intl } = locales[locale];
  const numbers = new Intl.NumberFormat(intl);
  const percents = new Intl.NumberFormat(intl, { style: 'percent' });
  const lists = new Intl.ListFormat(intl, { style: 'long', type: 'conjunction' });
  const formatter: Formatter = {
    locale,
    number: (value) => numbers.format(value),
    percent: (value) => percents.format(value),
    delta: (value) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${numbers.format(Math.abs(value))}`,
    date(iso) {
      const [year, month, day] = iso.split('-').map(Number);
      if (!month) return String(year);
      const format = new Intl.DateTimeFormat(intl, { year: 'numeric', month: 'long', ...(day ? { day: 'numeric' } : {}), timeZone: 'UTC' });
      return format.format(new Date(Date.UTC(year!, month - 1, day ?? 1)));
    },
    list: (items) => lists.format(items),
  };
  cache.set(locale, formatter);
  return formatter;
}

/** Fills `{name}` holes; a hole with no value is left as it is, so a test can see it. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (hole, name: string) => (name in values ? String(values[name]) : hole));
}

/**
 * A template around one hole that a page fills with markup (a link, a <strong>): the text
 * before and after `{name}`, so the words stay in the dictionary and the markup in the page.
 */
export function aroundHole(template: string, name: string, values: Readonly<Record<string, string | number>> = {}): [string, string] {
  const [before = '', after = ''] = template.split(`{${name}}`);
  return [fill(before, values), fill(after, values)];
}

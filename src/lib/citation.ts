/**
 * How to cite a chapter: APA, MLA and BibTeX forms and the Highwire `citation_*` tags that
 * reference managers (Zotero, Mendeley, Google Scholar) read. Pure functions of plain data, no
 * Astro and no DOM, so tests can check every form. The words come in as data (the dictionary's
 * `site.citeThis`), and dates the reader sees come through the locale's formatter.
 */
import type { Formatter } from '../i18n/format';
import { fill } from '../i18n/format';

/** What a citation says about one chapter. */
export interface CitedWork {
  title: string;
  /** Who wrote it: the project, "Scored". */
  author: string;
  /** Where it is published: the site's name, "Scored". */
  site: string;
  /** ISO dates, YYYY-MM-DD. */
  published: string;
  lastUpdated: string;
  /** The chapter's public address. */
  url: string;
  /** The chapter's slug, for the BibTeX key. */
  slug: string;
}

/** The dictionary words the styles need (`site.citeThis`). */
export interface CitationWords {
  apaDate: string;
  apaMonths: readonly string[];
  mlaDate: string;
  mlaMonths: readonly string[];
  mlaUpdated: string;
  bibtexUpdated: string;
}

/** A piece of a citation; italic pieces are titles (APA) or the site's name (MLA). */
export interface Run {
  text: string;
  italic?: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new Error(`citation dates are YYYY-MM-DD, not "${iso}"`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** A date in a style's own form: its template and month names. */
function styleDate(iso: string, template: string, months: readonly string[]): string {
  const { year, month, day } = parts(iso);
  return fill(template, { year: String(year), month: months[month - 1] ?? String(month), day: String(day) });
}

/**
 * The latest of the chapter's dates: `updated` if set, each correction's date and `published`.
 * ISO dates compare as strings.
 */
export function lastUpdated(chapter: { published: string; updated?: string | undefined; corrections: readonly { date: string }[] }): string {
  return [chapter.published, chapter.updated, ...chapter.corrections.map((c) => c.date)].filter((d): d is string => d !== undefined).reduce((a, b) => (b > a ? b : a));
}

/** Ends a piece with a full stop unless it already ends in one, or in ? or !. */
const closed = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`);

/** The runs as one line of plain text, as the copy button copies them. */
export const plainText = (runs: readonly Run[]): string => runs.map((r) => r.text).join('');

/**
 * APA 7, a web page whose author is the site itself (the site's name is then not repeated):
 * Scored. (2026, December 3). *Title*. https://…
 * APA dates a page that shows a last-updated date by that date, so that is the one given.
 */
export function apa(work: CitedWork, words: CitationWords): Run[] {
  const date = styleDate(work.lastUpdated, words.apaDate, words.apaMonths);
  const runs: Run[] = [{ text: `${closed(work.author)} (${date}). ` }, { text: closed(work.title), italic: true }];
  if (work.author !== work.site) runs.push({ text: ` ${closed(work.site)}` });
  runs.push({ text: ` ${work.url}` });
  return runs;
}

/**
 * MLA 9, a work on a website whose author is the site itself (no author element then):
 * “Title.” *Scored*, 1 Dec. 2026, [updated 3 Dec. 2026, ]https://….
 * MLA gives URLs without the protocol.
 */
export function mla(work: CitedWork, words: CitationWords): Run[] {
  const published = styleDate(work.published, words.mlaDate, words.mlaMonths);
  const updated =
    work.lastUpdated !== work.published ? `, ${fill(words.mlaUpdated, { date: styleDate(work.lastUpdated, words.mlaDate, words.mlaMonths) })}` : '';
  const runs: Run[] = [];
  if (work.author !== work.site) runs.push({ text: `${closed(work.author)} ` });
  runs.push({ text: `“${closed(work.title)}” ` }, { text: work.site, italic: true }, { text: `, ${published}${updated}, ${closed(work.url.replace(/^https?:\/\//, ''))}` });
  return runs;
}

/** Escapes the characters BibTeX treats as commands or groups in a field's text. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (ch) =>
    ch === '\\' ? '\\textbackslash{}' : ch === '~' ? '\\textasciitilde{}' : ch === '^' ? '\\textasciicircum{}' : `\\${ch}`,
  );
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A BibTeX @misc entry that classic BibTeX and biblatex both read: the author in double braces
 * (an organisation, not "Surname, Given"), the title braced so styles keep its capitals, year
 * and month of publication, biblatex's full `date`, the URL, and the last update in `note`.
 */
export function bibtex(work: CitedWork, words: CitationWords, format: Formatter): string {
  const { year, month } = parts(work.published);
  const key = `${work.site}-${work.slug}-${year}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  const fields: [string, string][] = [
    ['author', `{{${bibtexEscape(work.author)}}}`],
    ['title', `{{${bibtexEscape(work.title)}}}`],
    ['howpublished', `{${bibtexEscape(work.site)}}`],
    ['year', `{${year}}`],
    ['month', BIBTEX_MONTHS[month - 1]!],
    ['date', `{${work.published}}`],
    ['url', `{${work.url}}`],
  ];
  if (work.lastUpdated !== work.published) fields.push(['note', `{${bibtexEscape(fill(words.bibtexUpdated, { date: format.date(work.lastUpdated) }))}}`]);
  const width = Math.max(...fields.map(([name]) => name.length));
  return [`@misc{${key},`, ...fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value},`), '}'].join('\n');
}

/**
 * Highwire Press tags, as Google Scholar documents them and Zotero reads them: dates as
 * YYYY/MM/DD. `citation_online_date` is the first date online (for a web chapter, its
 * publication); there is no Highwire tag for a later update.
 */
export function highwireTags(work: CitedWork, language: string): { name: string; content: string }[] {
  const slashed = work.published.replace(/-/g, '/');
  return [
    { name: 'citation_title', content: work.title },
    { name: 'citation_author', content: work.author },
    { name: 'citation_publication_date', content: slashed },
    { name: 'citation_online_date', content: slashed },
    { name: 'citation_public_url', content: work.url },
    { name: 'citation_language', content: language },
  ];
}

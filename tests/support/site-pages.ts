import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST } from './static-server.ts';

/** Every HTML file in the build, relative to `root` (`index.html`, `chapters/x/index.html`, `404.html`). */
export function builtHtmlFiles(root = DIST): string[] {
  const files: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith('.html')) files.push(relative(root, path).split('\\').join('/'));
    }
  };
  visit(root);
  return files.sort();
}

/** Every page in the build, as URL paths: found from dist/ (or `root`), never listed by hand. */
export function builtPages(root = DIST): string[] {
  return builtHtmlFiles(root)
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${file.slice(0, -'index.html'.length)}`)
    .sort();
}

export const chapterPages = (pages = builtPages()) => pages.filter((p) => p.startsWith('/chapters/'));
export const embedPages = (pages = builtPages()) => pages.filter((p) => p.startsWith('/embed/'));

/*
 * The pseudo-locale (`npm run build:pseudo`, SCORED_PSEUDO=1) renders every dictionary string
 * and model text as ⟦…⟧. What follows finds the UI's words on a page and says which escaped.
 */

/** The elements whose words are the UI's: controls, their labels and every accessible name. */
export const UI_SELECTOR =
  'button, label, summary, legend, option, nav a, a:not(.prose a), .prose [data-widget] a, th, caption, [aria-label], [aria-labelledby], iframe[title], abbr[title], [role="status"], [aria-live]';

export interface UiText {
  /** The element, as `tag.class[attr]`, for failure messages. */
  element: string;
  /** Which of its texts: its accessible name, its visible text, or an attribute. */
  what: string;
  text: string;
}

/**
 * The UI's words under `root`: each matching element's accessible name (aria-labelledby,
 * aria-label, else its text without aria-hidden parts or nested form fields), its visible text
 * when that differs, and `title` on iframes and abbr. Self-contained, so the same function runs
 * in jsdom and, through `page.evaluate`, in Chromium after hydration.
 */
export function uiTexts([selector, rootSelector]: [string, string], doc: Document = document): UiText[] {
  const root = doc.querySelector(rootSelector) ?? doc.documentElement;
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const contentOf = (el: Element) => {
    const clone = el.cloneNode(true) as Element;
    clone.querySelectorAll('[aria-hidden="true"], select, textarea, script, style, template').forEach((n) => n.remove());
    return squash(clone.textContent);
  };
  const describe = (el: Element) => {
    const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/)[0]}` : '';
    const attr = ['data-testid', 'data-perk', 'name', 'for', 'rel'].find((a) => el.hasAttribute(a));
    return `${el.tagName.toLowerCase()}${cls}${attr ? `[${attr}="${el.getAttribute(attr)}"]` : ''}`;
  };
  const found: UiText[] = [];
  for (const el of root.querySelectorAll(selector)) {
    if (el.closest('script, template')) continue;
    const element = describe(el);
    const visible = contentOf(el);
    const labelledBy = el.getAttribute('aria-labelledby');
    const label = el.getAttribute('aria-label');
    if (labelledBy) {
      const name = squash(labelledBy.split(/\s+/).map((id) => { const ref = doc.getElementById(id); return ref ? contentOf(ref) : ''; }).join(' '));
      found.push({ element, what: 'aria-labelledby', text: name });
    }
    if (label !== null) found.push({ element, what: 'aria-label', text: squash(label) });
    const isRegion = el.matches('[role="status"], [aria-live]');
    const isLandmark = !isRegion && !el.matches('button, label, summary, legend, option, a, th, caption');
    // Landmarks and groups named by aria-label are checked by their name only: their content is the page's.
    if (!isLandmark && (visible || (label === null && !labelledBy && !isRegion))) found.push({ element, what: label !== null || labelledBy ? 'visible text' : 'text', text: visible });
    if (el.matches('iframe, abbr') && el.hasAttribute('title')) found.push({ element, what: 'title', text: squash(el.getAttribute('title')) });
  }
  return found;
}

/**
 * Every text node a widget or a scrolly graphic shows, beyond its controls: readouts, notes,
 * chart labels. Dates are left out (Intl writes them in the route's locale), and so is text in
 * another language than the page's (a name quoted in Chinese). Self-contained, like `uiTexts`.
 */
export function widgetTexts(rootSelector: string, doc: Document = document): UiText[] {
  const lang = doc.documentElement.getAttribute('lang');
  const found: UiText[] = [];
  for (const root of doc.querySelectorAll(rootSelector)) {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('time, script, style, template') || parent.closest('[lang]')?.getAttribute('lang') !== lang) continue;
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      const where = root.getAttribute('data-widget') ?? 'scrolly graphic';
      if (text) found.push({ element: parent.tagName.toLowerCase(), what: `text in ${where}`, text });
    }
  }
  return found;
}

/** Where `widgetTexts` looks. */
export const WIDGET_SELECTOR = '[data-widget], [data-scrolly-graphic]';

/** Text with every ⟦…⟧ (nested ones too) taken out. */
export function withoutPseudo(text: string): string {
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  return rest;
}

const letters = /\p{L}/u;

/**
 * Dates as Intl writes them ("14 June 2014", "June 2015", "Tue 30 Jan"): they go through Intl
 * for the page's locale, as numbers do, so the pseudo-locale (English underneath) leaves them as
 * they are. The month and weekday names come from Intl, not from a list kept here; a date needs
 * a number, so a bare "May" in running text is not taken for one.
 */
const namesOf = (options: Intl.DateTimeFormatOptions, count: number, at: (i: number) => number) =>
  Array.from({ length: count }, (_, i) => new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' }).format(at(i)));
const months = [...namesOf({ month: 'long' }, 12, (m) => Date.UTC(2000, m, 1)), ...namesOf({ month: 'short' }, 12, (m) => Date.UTC(2000, m, 1))].join('|');
// 2 January 2000 was a Sunday.
const weekdays = [...namesOf({ weekday: 'long' }, 7, (d) => Date.UTC(2000, 0, 2 + d)), ...namesOf({ weekday: 'short' }, 7, (d) => Date.UTC(2000, 0, 2 + d))].join('|');
const formattedDate = new RegExp(`(?:\\b(?:${weekdays}),? )?(?:\\d{1,2} (?:${months})(?: \\d{4})?|\\b(?:${months}) \\d{4})\\b`, 'g');

/**
 * Whether a UI text is in the pseudo-locale: every letter in it sits inside ⟦…⟧ or inside one of
 * the chapters' own words read from content/ (`contentTexts`: a chapter title in a nav link,
 * "⟦Ñéxt çháptér⟧ Rongcheng: …", a source link's author). Text with no letters at all (numbers,
 * the "#" of a heading link, "×") and dates from the formatter have nothing to translate.
 */
export function isPseudo(text: string, content: readonly string[]): boolean {
  let rest = withoutPseudo(text);
  for (const words of content) if (rest.includes(words)) rest = rest.split(words).join(' ');
  return !letters.test(rest.replace(formattedDate, ' '));
}

/**
 * The chapters' own words that pages show in UI elements, read from content/ (never kept by hand):
 * chapter titles and summaries (frontmatter; the upcoming chapters' titles), section headings
 * (the contents and teacher links), `<Scrolly label>` and `<Verdict claim>`, and the authors in
 * content/bibliography.json (source links read "Author (year)"), and the titles in the teachers'
 * lessons and handouts (content/lessons/, content/handouts/). Chapter prose stays in its own
 * language in the pseudo-locale; only the UI around it is pseudo. Longest first.
 */
export function contentTexts(root = 'content'): string[] {
  const texts = new Set<string>();
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const chapters = join(root, 'chapters');
  for (const name of readdirSync(chapters, { recursive: true, encoding: 'utf8' }).filter((n) => /\.mdx?$/.test(n))) {
    const source = readFileSync(join(chapters, name), 'utf8');
    const frontmatter = source.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
    for (const key of ['title', 'summary']) {
      const value = frontmatter.match(new RegExp(`^${key}:\\s*(.+)$`, 'm'))?.[1]?.trim();
      if (value) texts.add(value.startsWith('"') ? (JSON.parse(value) as string) : value.replace(/^'(.*)'$/, '$1'));
    }
    for (const [, heading] of source.matchAll(/^#{2,3}\s+(.+?)\s*(?:\{\/\*.*?\*\/\}\s*)?$/gm)) {
      texts.add(squash(heading!.replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')));
    }
    for (const [, words] of source.matchAll(/<(?:Scrolly|Verdict)\b[^>]*?\b(?:label|claim)="([^"]*)"/g)) texts.add(squash(words!));
  }
  // Lessons and handouts (content/lessons/, content/handouts/) are frontmatter only: every title in them is content.
  for (const folder of ['lessons', 'handouts']) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.md'))) {
      for (const [, value] of readFileSync(join(dir, name), 'utf8').matchAll(/^\s*(?:- )?title:\s*(.+)$/gm)) {
        texts.add(value!.startsWith('"') ? (JSON.parse(value!) as string) : value!.trim());
      }
    }
  }
  const upcoming = JSON.parse(readFileSync(join(root, 'upcoming-chapters.json'), 'utf8')) as { title: string }[];
  for (const chapter of upcoming) texts.add(chapter.title);
  const bibliography = JSON.parse(readFileSync(join(root, 'bibliography.json'), 'utf8')) as { author: string }[];
  for (const entry of bibliography) texts.add(squash(entry.author));
  // The build sets headings' apostrophes as typographers do ("Credit’s"); the source has "'".
  for (const text of [...texts]) if (text.includes("'")) texts.add(text.replaceAll("'", '’'));
  // …and its double quotes as opening and closing marks ("This" → “This”).
  for (const text of [...texts]) if (text.includes('"')) texts.add(text.replace(/"([^"]*)"/g, '“$1”'));
  return [...texts].filter(Boolean).sort((a, b) => b.length - a.length);
}

/**
 * Where the build placed a widget: the chapter section its embed page credits, as a URL path
 * with its hash. Read from the built page, since placement comes from the chapter's MDX.
 */
export function widgetHomeOf(id: string, root = DIST): string {
  const html = readFileSync(join(root, 'embed', id, 'index.html'), 'utf8');
  const href = /class="credit"[^>]*>[^<]*<a href="([^"]+)"/.exec(html)?.[1];
  if (!href) throw new Error(`/embed/${id}/ has no credit link to its chapter`);
  return href;
}

/**
 * The search page: asks the Pagefind index (built by ./index-integration.ts, loaded from this
 * origin on the first search) and lists the chapters that match, each with the sections where
 * the words appear. The query lives in the URL (?q=), so a search can be shared and the
 * header's search box, a plain form, works on every page without any script of its own.
 */
import { fill } from '../i18n/format';

interface SearchWords {
  count: { one: string; other: string };
  none: string;
  failed: string;
  inSections: string;
}
interface Excerpted {
  url: string;
  title: string;
  excerpt: string;
}
interface PageResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: Excerpted[];
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PageResult> }[] }>;
}

const TYPING_PAUSE_MS = 250;
const MOST_RESULTS = 10;
const MOST_SECTIONS = 4;

/** Pagefind's excerpts are HTML with <mark> round the matches: keep the marks, and only text. */
function excerpt(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  if (className) a.className = className;
  return a;
}

function resultItem(page: PageResult, words: SearchWords): HTMLLIElement {
  const item = document.createElement('li');
  const summary = document.createElement('p');
  summary.append(...excerpt(page.excerpt));
  item.append(link(page.url, page.meta.title ?? page.url, 'result-title'), summary);
  // Sections only: a sub-result without an anchor is the chapter's opening, already linked above.
  const sections = (page.sub_results ?? []).filter((s) => s.url.includes('#')).slice(0, MOST_SECTIONS);
  if (sections.length > 0) {
    const heading = document.createElement('p');
    heading.className = 'in-sections';
    heading.textContent = words.inSections;
    const list = document.createElement('ul');
    list.className = 'result-sections';
    for (const section of sections) {
      const row = document.createElement('li');
      const said = document.createElement('span');
      said.append(' ', ...excerpt(section.excerpt));
      row.append(link(section.url, section.title), said);
      list.append(row);
    }
    item.append(heading, list);
  }
  return item;
}

export function startSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!form || !input || !status || !list) return;
  const words = JSON.parse(form.dataset.words!) as SearchWords;
  const lang = document.documentElement.lang;
  const plurals = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  let index: Promise<Pagefind> | undefined;
  let latest = 0;
  let pause: ReturnType<typeof setTimeout> | undefined;

  async function run(query: string) {
    const ticket = ++latest;
    const term = query.trim();
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!term) {
      list!.replaceChildren();
      status!.textContent = '';
      return;
    }
    list!.setAttribute('aria-busy', 'true');
    try {
      index ??= import(/* @vite-ignore */ form!.dataset.index!) as Promise<Pagefind>;
      const found = await (await index).search(term);
      const pages = await Promise.all(found.results.slice(0, MOST_RESULTS).map((r) => r.data()));
      if (ticket !== latest) return;
      list!.replaceChildren(...pages.map((page) => resultItem(page, words)));
      // One announcement per search: how many chapters matched.
      const template = found.results.length === 0 ? words.none : plurals.select(found.results.length) === 'one' ? words.count.one : words.count.other;
      status!.textContent = fill(template, { count: numbers.format(found.results.length), query: term });
    } catch {
      index = undefined;
      if (ticket === latest) status!.textContent = words.failed;
    } finally {
      if (ticket === latest) list!.removeAttribute('aria-busy');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(pause);
    void run(input.value);
  });
  input.addEventListener('input', () => {
    clearTimeout(pause);
    pause = setTimeout(() => void run(input.value), TYPING_PAUSE_MS);
  });
  const asked = new URL(location.href).searchParams.get('q');
  if (asked) {
    input.value = asked;
    void run(asked);
  }
}

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/static-server.ts';
import { builtPages, chapterPages, embedPages } from '../support/site-pages.ts';

/** The search index and the forms that reach it, as built: self-hosted, chapters only. */
const built = existsSync(join(DIST, 'index.html'));
const pages = built ? builtPages() : [];
const htmlOf = (page: string) => readFileSync(join(DIST, page, 'index.html'), 'utf8');
const scriptSources = (page: string) => htmlOf(page).match(/script-src ([^;"]*)/)?.[1]?.split(/\s+/) ?? [];

beforeAll(() => {
  if (!built) throw new Error('Search checks read dist/: run `npx astro build` first (npm test does).');
});

describe('the search index', () => {
  it('is written to /pagefind/ with its script and one record per chapter, and nothing else', () => {
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(indexed).toBe(chapterPages(pages).length);
  });

  it('marks each chapter body for indexing and no other page', () => {
    for (const page of pages) expect(htmlOf(page).includes('data-pagefind-body'), page).toBe(page.startsWith('/chapters/'));
  });

  it('may compile WebAssembly on the search page only', () => {
    expect(scriptSources('/search/')).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
    for (const page of pages.filter((p) => p !== '/search/')) expect(scriptSources(page), page).not.toContain("'wasm-unsafe-eval'");
  });
});

describe('the search box', () => {
  const framed = new Set(embedPages(pages));
  // Pages without the site's chrome: embeds, and full-screen tools such as /classroom/ (marked data-full-screen).
  const bare = (page: string) => framed.has(page) || htmlOf(page).includes('data-full-screen');
  it.each(pages.filter((p) => !bare(p) && p !== '/search/'))('%s has one, a plain form to the search page', (page) => {
    const forms = htmlOf(page).match(/<form\b[^>]*role="search"[^>]*>/g) ?? [];
    expect(forms).toHaveLength(1);
    expect(forms[0]).toMatch(/action="\/search\/"/);
    expect(forms[0]).toMatch(/method="get"/);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PSEUDO_DIST } from '../support/static-server.ts';
import { UI_SELECTOR, WIDGET_SELECTOR, builtHtmlFiles, contentTexts, isPseudo, uiTexts, widgetTexts } from '../support/site-pages.ts';

/**
 * The pseudo-locale build (`npm run build:pseudo`, in dist-pseudo/) renders every dictionary
 * string and model text as ⟦…⟧ with accented letters. Every page's UI words must then carry the
 * marker: an English word outside it was typed into a view instead of coming from
 * src/i18n/ or src/model/copy/. Chapter prose, and the chapter words read from content/, stay as
 * written.
 */
// jsdom (the components' environment) parses the pages; it ships no types, so it is required by hand.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { document: Document } } };

const files = existsSync(join(PSEUDO_DIST, 'index.html')) ? builtHtmlFiles(PSEUDO_DIST) : [];
const content = contentTexts();

/** Fewest UI texts a page must yield, so the check cannot pass on a page it failed to read. */
// (A compact widget, five sliders and a readout, has about 25 on its embed page.)
const AT_LEAST = { page: 6, chapter: 120, embed: 20 };

beforeAll(() => {
  if (files.length === 0) throw new Error('The pseudo-locale checks read dist-pseudo/: run `npm run build:pseudo` first (npm test does).');
});

describe('the pseudo-locale build', () => {
  it('has every page the site has, found from dist-pseudo/', () => {
    expect(files).toContain('index.html');
    expect(files).toContain('404.html');
    expect(files.filter((f) => f.startsWith('chapters/')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.startsWith('embed/')).length).toBeGreaterThan(0);
  });

  it('reads the chapter words it exempts from content/', () => {
    expect(content.length).toBeGreaterThan(10);
  });
});

describe.each(files)('pseudo-locale page %s', (file) => {
  const doc = new JSDOM(readFileSync(join(PSEUDO_DIST, file), 'utf8')).window.document;

  it('sets the language of the page', () => {
    expect(doc.documentElement.getAttribute('lang') ?? '').toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
  });

  it('shows every button, label, summary, legend, option, nav link, header cell and accessible name in the pseudo-locale', () => {
    const texts = uiTexts([UI_SELECTOR, 'html'], doc);
    const least = file.startsWith('chapters/') ? AT_LEAST.chapter : file.startsWith('embed/') ? AT_LEAST.embed : AT_LEAST.page;
    expect(texts.length, `${file}: only ${texts.length} UI texts found`).toBeGreaterThanOrEqual(least);
    const leaks = texts.filter((t) => !isPseudo(t.text, content)).map((t) => `${file} ${t.element} (${t.what}): "${t.text}"`);
    expect(leaks, `UI words outside ⟦…⟧ on ${file}: put them in src/i18n/en/ or src/model/copy/en/`).toEqual([]);
  });

  it('shows every text of its widgets and scrolly graphics in the pseudo-locale', () => {
    const texts = widgetTexts(WIDGET_SELECTOR, doc);
    if (file.startsWith('chapters/') || file.startsWith('embed/')) expect(texts.length, `${file}: only ${texts.length} widget texts found`).toBeGreaterThanOrEqual(AT_LEAST.embed);
    const leaks = texts.filter((t) => !isPseudo(t.text, content)).map((t) => `${file} ${t.element} (${t.what}): "${t.text}"`);
    expect(leaks, `widget words outside ⟦…⟧ on ${file}: put them in src/i18n/en/widgets.ts or src/model/copy/en/`).toEqual([]);
  });

  it('shows the page title and description in the pseudo-locale', () => {
    expect(isPseudo(doc.title, content), `${file} <title>: "${doc.title}"`).toBe(true);
    const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    if (description) expect(isPseudo(description, content), `${file} meta description: "${description}"`).toBe(true);
  });
});

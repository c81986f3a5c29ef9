import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { DIST } from '../support/static-server.ts';
import { chapterPages } from '../support/site-pages.ts';
import { localeOfPath } from '../../src/i18n/locales';
import type { GraphicDataModule } from '../../src/scrolly/graphic-data';

/**
 * Every scrolly graphic on every built chapter carries its data: a table with at least one row
 * and a summary paragraph, named by the graphic's <figure> (aria-details), and equal to what the
 * graphic's data module builds from the model. Chapters are found from dist/, so a new one, or
 * a new scrolly in one, is covered at once.
 */
// jsdom (the components' environment) ships no types, so it is required by hand.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { document: Document } } };
const modules = import.meta.glob<GraphicDataModule>('../../src/scrolly/data/*.ts', { eager: true });

const built = existsSync(join(DIST, 'index.html'));
const chapters = built ? chapterPages() : [];
const documentOf = (page: string) => new JSDOM(readFileSync(join(DIST, page, 'index.html'), 'utf8')).window.document;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

beforeAll(() => {
  if (!built) throw new Error('Graphic data checks read dist/: run `npx astro build` first (npm test does).');
});

const documents = new Map(chapters.map((page) => [page, documentOf(page)]));
/** Every scrolly on every chapter, as [page, its number on the page]. */
const scrollies = chapters.flatMap((page) => [...documents.get(page)!.querySelectorAll('[data-scrolly]')].map((_, i) => [page, i + 1] as const));

it('finds scrolly graphics in the built chapters', () => {
  expect(scrollies.length).toBeGreaterThan(0);
});

it.each(scrollies)('%s, scrolly %i: its figure names a table with rows and a summary, as its data module builds them', (page, n) => {
  const doc = documents.get(page)!;
  const scrolly = doc.querySelectorAll('[data-scrolly]')[n - 1]!;
  const figure = scrolly.querySelector('[data-scrolly-graphic] figure');
  expect(figure, 'the graphic renders a <figure>').not.toBeNull();
  const id = figure!.getAttribute('aria-details');
  expect(id, 'the <figure> has aria-details={Astro.props.dataId}').toBeTruthy();
  const data = doc.getElementById(id!);
  expect(data?.matches('details[data-graphic-data]'), `#${id} is the graphic's data`).toBe(true);

  const table = data!.querySelector('table')!;
  expect(text(table.querySelector('caption'))).not.toBe('');
  const headers = [...table.querySelectorAll('thead th')];
  expect(headers.length).toBeGreaterThanOrEqual(2);
  expect(headers.every((th) => th.getAttribute('scope') === 'col' && text(th) !== '')).toBe(true);
  const rows = [...table.querySelectorAll('tbody tr')];
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(row.firstElementChild?.matches('th[scope="row"]'), 'each row starts with its header cell').toBe(true);
    expect(row.children.length).toBe(headers.length);
  }
  const summary = data!.querySelector('p');
  expect(text(summary).length, 'a summary paragraph').toBeGreaterThan(80);

  // What the page shows is what the module builds from the model, in the page's locale.
  const graphic = data!.getAttribute('data-graphic-data')!;
  const expected = modules[`../../src/scrolly/data/${graphic}.ts`]!.default(localeOfPath(page));
  expect(text(table.querySelector('caption'))).toBe(expected.caption);
  expect(headers.slice(0, -1).map(text)).toEqual(expected.columns);
  expect(rows.map((row) => [...row.children].slice(0, -1).map(text))).toEqual(expected.rows.map((r) => [r.label, ...r.cells]));
  expect(text(summary)).toBe(expected.summary);
});

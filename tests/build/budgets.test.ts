import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/static-server.ts';
import { chapterPages, embedPages } from '../support/site-pages.ts';
import { gzippedBytes, scriptsOfPage } from '../support/page-weight.ts';

/**
 * JavaScript budgets, gzipped, for everything a page's HTML loads (imports included). Chapters
 * are read on phones; embeds load inside other people's articles, next to their own scripts.
 * Every page of each kind is found from dist/, so a new chapter or widget is covered at once.
 */
const KB = 1024;
const built = existsSync(join(DIST, 'index.html'));
const budgets = [
  { kind: 'chapter', label: '35 KB', limit: 35 * KB, pages: built ? chapterPages() : [] },
  { kind: 'embed', label: '25 KB', limit: 25 * KB, pages: built ? embedPages() : [] },
];

beforeAll(() => {
  if (!built) throw new Error('Budget checks read dist/: run `npx astro build` first (npm test does).');
});

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** "total, then the heaviest files": what a failure needs to say where the bytes went. */
function weightReport(page: string, files: string[], total: number, limit: number): string {
  const heaviest = files
    .map((file) => ({ file, bytes: gzipSync(readFileSync(join(DIST, file))).length }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 4)
    .map(({ file, bytes }) => `${file} ${kb(bytes)}`);
  return `${page} loads ${kb(total)} (${total} bytes) of gzipped JavaScript, budget ${kb(limit)}; largest: ${heaviest.join(', ')}`;
}

describe.each(budgets)('$kind pages: at most $label of gzipped JavaScript', ({ kind, limit, pages }) => {
  it(`finds ${kind} pages in the build`, () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('%s', (page) => {
    const files = scriptsOfPage(page);
    const total = gzippedBytes(files);
    expect(total, weightReport(page, files, total, limit)).toBeLessThanOrEqual(limit);
  });
});

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/static-server.ts';
import { chapterPages, embedPages } from '../support/site-pages.ts';
import { javascriptOfPage, type ScriptWeight } from '../support/page-weight.ts';

/**
 * JavaScript budgets, gzipped, for everything a browser parses on a page: the files its HTML
 * loads (imports included) AND its inline <script> bodies (Astro's island runtime, the embed
 * child runtime, small hoisted component scripts). Each piece is gzipped on its own, inline
 * bodies like files; tests/support/page-weight.ts (javascriptOfPage) says why. Chapters are read
 * on phones; embeds load inside other people's articles, next to their own scripts. Every page of
 * each kind is found from dist/, so a new chapter or widget is covered at once.
 */
const KB = 1024;
const built = existsSync(join(DIST, 'index.html'));
const budgets = [
  { kind: 'chapter', label: '35 KB', limit: 35 * KB, pages: built ? chapterPages() : [] },
  { kind: 'embed', label: '25 KB', limit: 25 * KB, pages: built ? embedPages() : [] },
];

/**
 * Pages measured over their budget, each with the most it may weigh until the gap is closed
 * (an open item of the exemplar-gaps issue, not an accepted budget). The shared chunk,
 * "islands" (Svelte's runtime, Astro's renderer and the widget kit), is 19.5 KB of the 25 on
 * its own; with Astro's inline island runtime (1.7 KB) and the embed runtime (1.2 KB), what is
 * left for a widget's own chunk is under 3 KB, which no widget here fits yet. A page here
 * fails if it grows, and fails once it fits, so the entry is removed as soon as the work is
 * done. The figures of 3 December 2026 take in the kit's growth with eight widgets (the
 * islands chunk gained about 0.2 KB), the kit's two optional parts (src/widgets/shared/parts/:
 * a group of sliders, a group of pressed buttons; about 0.55 KB more for each page that loads
 * one, as a file of its own, against 110 lines no longer written twice) and each widget's own
 * chunk, given beside it. On 4 December 2026 the claim sorter's verdict mark became a kit part
 * shared with the classroom exercise (+169 bytes where it is loaded, as a chunk of its own), and
 * the classroom exercise arrived: a whole lesson tool (roster entry and paste, CSV and JSON import
 * and export with their checks, the evidence reveal, the rounds), 12.0 KB of its own after two
 * rounds of cutting, 4.5 KB of it the model's checks and rules that run in the browser.
 */
const KNOWN_OVER_BUDGET: Readonly<Record<string, number>> = {
  // Two widgets on one chapter page (claim sorter 4.9 KB and its verdict mark 0.5 KB; many scores 4.7 KB and its buttons 0.7 KB) over the shared chunk.
  '/chapters/big-picture/': 38_475,
  // The classroom exercise (own chunk 12.0 KB, verdict mark 0.5 KB) over the shared chunk.
  '/chapters/classroom/': 40_135,
  '/embed/claim-sorter/': 28_863, // own chunk 4.9 KB, verdict mark 0.5 KB
  '/embed/classroom-exercise/': 35_953, // own chunk 12.0 KB, verdict mark 0.5 KB
  '/embed/fico-builder/': 26_769, // own chunk 2.5 KB, sliders 0.8 KB
  '/embed/judgment-debtor/': 29_316, // own chunk 5.8 KB
  '/embed/many-scores/': 28_825, // own chunk 4.7 KB, buttons 0.7 KB
  '/embed/move-house/': 27_411, // own chunk 3.3 KB, buttons 0.7 KB
  '/embed/rongcheng-ledger/': 31_085, // own chunk 7.5 KB
  '/embed/sesame-score/': 29_202, // own chunk 4.9 KB, sliders 0.8 KB
  '/embed/wechat-day/': 28_041, // own chunk 3.9 KB, buttons 0.7 KB
};

beforeAll(() => {
  if (!built) throw new Error('Budget checks read dist/: run `npx astro build` first (npm test does).');
});

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** "total, over by how much, then every piece, heaviest first": where the bytes went. */
function weightReport(page: string, parts: readonly ScriptWeight[], total: number, limit: number): string {
  const pieces = [...parts].sort((a, b) => b.bytes - a.bytes).map(({ where, bytes }) => `  ${kb(bytes).padStart(8)}  ${where}`);
  const inline = parts.filter((p) => p.where.startsWith('inline')).reduce((sum, p) => sum + p.bytes, 0);
  return [
    `${page} parses ${kb(total)} (${total} bytes) of gzipped JavaScript, budget ${kb(limit)} (${total - limit} bytes over); ${kb(total - inline)} in files, ${kb(inline)} inline:`,
    ...pieces,
    '',
  ].join('\n');
}

describe.each(budgets)('$kind pages: at most $label of gzipped JavaScript, inline scripts included', ({ kind, limit, pages }) => {
  it(`finds ${kind} pages in the build`, () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(pages)('%s', (page) => {
    const parts = javascriptOfPage(page);
    const total = parts.reduce((sum, p) => sum + p.bytes, 0);
    const debt = KNOWN_OVER_BUDGET[page];
    if (debt === undefined) {
      expect(total, weightReport(page, parts, total, limit)).toBeLessThanOrEqual(limit);
      return;
    }
    // A known gap may not grow, and once the page fits its entry must go.
    expect(total, `${weightReport(page, parts, total, limit)}\n(known over budget: at most ${debt} bytes until the gap is closed)`).toBeLessThanOrEqual(debt);
    expect(total, `${page} now fits its budget: remove it from KNOWN_OVER_BUDGET`).toBeGreaterThan(limit);
  });
});

describe('how the budget counts', () => {
  it('counts loaded files with their imports and every inline JavaScript body, each gzipped on its own, and nothing else', () => {
    const root = mkdtempSync(join(tmpdir(), 'scored-weight-'));
    try {
      mkdirSync(join(root, 'page'));
      mkdirSync(join(root, '_astro'));
      writeFileSync(join(root, '_astro', 'a.js'), 'import "./b.js"; console.log("a");');
      writeFileSync(join(root, '_astro', 'b.js'), 'console.log("b");');
      const classic = 'document.documentElement.dataset.x = "1";';
      const module = 'import("/_astro/a.js");';
      writeFileSync(
        join(root, 'page', 'index.html'),
        [
          '<!doctype html><html><head>',
          `<script>${classic}</script>`,
          '<script type="application/json">{"not":"javascript"}</script>',
          '<script type="application/ld+json">{"@type":"Thing"}</script>',
          '</head><body>',
          `<script type="module">${module}</script>`,
          '<script type="module" src="/_astro/a.js"></script>',
          '<script></script>',
          '</body></html>',
        ].join('\n'),
      );
      const parts = javascriptOfPage('/page/', root);
      expect(parts.map((p) => p.where)).toEqual(['/_astro/a.js', '/_astro/b.js', `inline #1 (${JSON.stringify(classic)})`, `inline #2 (${JSON.stringify(module)})`]);
      expect(parts.find((p) => p.where.startsWith('inline #1'))!.bytes).toBe(gzipSync(classic).length);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

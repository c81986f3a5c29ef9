/**
 * `npm run bench` (after a build): Lighthouse with its default mobile settings on the same
 * Chromium the tests use, median of 3 runs per page and embed, plus each widget's worst
 * interaction latency with the CPU slowed 4×. Prints one table and writes tests/bench-results.md.
 * Not part of `npm test`: scores move with machine load, so they inform rather than gate.
 * `npm run bench -- --latency` measures the interaction latency alone (about 30 s), and prints it;
 * `npm run bench -- --pages /classroom/,/embeds/` runs Lighthouse on those pages alone (and the
 * bare page), and prints the table without writing the results file.
 *
 * LCP is also given as a ratio to the LCP of the site's bare text page, the 404 page (same
 * layout, fonts and CSS budget, no widget, no scrolly, no script): Lighthouse's simulated
 * throttling makes absolute figures depend on the machine, while the ratio says what a page's
 * own weight costs. Target: every chapter and embed page at most 1.15× the bare page.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { DIST, startStaticServer } from '../support/static-server.ts';
import { builtPages, chapterPages, embedPages } from '../support/site-pages.ts';
import type { Locator, Page } from 'playwright-core';
import { CHROME_PATH, launchChromium, waitForHydration } from '../support/chromium.ts';

const RUNS = 3;
/** The bare text page every LCP is compared with, and the most a chapter or embed may take. */
const BARE_PAGE = '/404.html';
const LCP_RATIO_TARGET = 1.15;
const CHROME_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface Row {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  jsBytes: number;
}

async function lighthouseRows(siteUrl: string, pages: string[]): Promise<Row[]> {
  const chrome = await launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
  const rows: Row[] = [];
  try {
    for (const page of pages) {
      const runs: Row[] = [];
      for (let i = 0; i < RUNS; i++) {
        const result = await lighthouse(new URL(page, siteUrl).href, { port: chrome.port, output: 'json', logLevel: 'error' });
        const lhr = result!.lhr;
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
        const scripts = (lhr.audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
        runs.push({
          page,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: numeric('largest-contentful-paint'),
          tbtMs: numeric('total-blocking-time'),
          cls: numeric('cumulative-layout-shift'),
          jsBytes: scripts.find((item) => item.resourceType === 'script')?.transferSize ?? 0,
        });
      }
      const pick = (key: keyof Row) => median(runs.map((run) => run[key] as number));
      rows.push({
        page,
        performance: pick('performance'),
        accessibility: pick('accessibility'),
        bestPractices: pick('bestPractices'),
        seo: pick('seo'),
        lcpMs: pick('lcpMs'),
        tbtMs: pick('tbtMs'),
        cls: pick('cls'),
        jsBytes: pick('jsBytes'),
      });
      console.error(`measured ${page}`);
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

interface Latency {
  subject: string;
  /** Key press → next paint, one per press; 0 where the press was under the 16 ms the API reports. */
  durations: number[];
}

const PRESSES = 20;

/**
 * Presses `key` on `control` PRESSES times with the CPU 4× slower and returns each press's time
 * to the next paint from the Event Timing API.
 */
async function measurePresses(page: Page, control: Locator, key: (i: number) => string): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => {
    const store = window as unknown as { __keydowns: number[] };
    store.__keydowns = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') store.__keydowns.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
  await control.focus();
  for (let i = 0; i < PRESSES; i++) {
    await page.keyboard.press(key(i));
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(300);
  const reported = await page.evaluate(() => (window as unknown as { __keydowns: number[] }).__keydowns);
  // Presses under the API's 16 ms floor produce no entry.
  return [...reported, ...Array<number>(PRESSES - reported.length).fill(0)];
}

/** Each widget's main control on its embed page, and a bare page for this machine's floor. */
async function interactionLatency(siteUrl: string): Promise<Latency[]> {
  const browser = await launchChromium();
  const results: Latency[] = [];
  try {
    // Widgets are found from their embed pages, as the tests find pages from the build.
    for (const id of embedPages().map((path) => path.split('/')[2]!)) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(new URL(`/embed/${id}/`, siteUrl).href);
      await waitForHydration(page);
      // The main control: a slider where there is one (arrow keys), else the first button (Enter).
      const slider = page.getByRole('slider').first();
      const hasSlider = (await slider.count()) > 0;
      const control = hasSlider ? slider : page.locator('[data-widget] button').first();
      results.push({ subject: id, durations: await measurePresses(page, control, (i) => (hasSlider ? (i % 2 ? 'ArrowLeft' : 'ArrowRight') : 'Enter')) });
      await context.close();
    }
    // The floor: a button that changes one word, on the same browser and CPU slowdown.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.setContent('<button type="button">Press</button><p>0</p><script>let n = 0; document.querySelector("button").onclick = () => { document.querySelector("p").textContent = ++n; };</script>');
    results.push({ subject: 'bare page (one button, one word changes)', durations: await measurePresses(page, page.locator('button'), () => 'Enter') });
    await context.close();
  } finally {
    await browser.close();
  }
  return results;
}

const under16 = (ms: number) => (ms === 0 ? '< 16' : String(Math.round(ms)));

const latencyTableOf = (latency: Latency[]) =>
  [
    `| key presses (${PRESSES} each), CPU 4× slower | worst (ms) | median (ms) |`,
    '|---|---|---|',
    ...latency.map(({ subject, durations }) => `| ${subject} | ${under16(Math.max(...durations))} | ${under16(median(durations))} |`),
  ].join('\n');

const server = await startStaticServer(undefined, 0, { gzip: true });
try {
  if (process.argv.includes('--latency')) {
    console.log(latencyTableOf(await interactionLatency(server.url)));
    process.exit(0);
  }
  if (!existsSync(join(DIST, BARE_PAGE))) throw new Error(`${BARE_PAGE} is not in dist/: run \`npx astro build\` first`);
  // The bare page first, so every later row can be compared with it.
  // `--pages /a/,/b/`: those pages alone (beside the bare page), printed and not written to the results file.
  const only = process.argv[process.argv.indexOf('--pages') + 1];
  const some = process.argv.includes('--pages') && only ? only.split(',') : null;
  const pages = [BARE_PAGE, ...(some ?? builtPages().filter((p) => !p.startsWith('/oembed/')))];
  const rows = await lighthouseRows(server.url, pages);
  const latency = some ? [] : await interactionLatency(server.url);
  const bareLcp = rows[0]!.lcpMs;
  const ratio = (row: Row) => row.lcpMs / bareLcp;
  const gated = new Set([...chapterPages(), ...embedPages()]);
  const mark = (row: Row) => (gated.has(row.page) ? (ratio(row) <= LCP_RATIO_TARGET ? ' ✓' : ' ✗') : '');
  const table = [
    '| page | performance | accessibility | best practices | SEO | LCP (ms) | LCP ÷ bare page | TBT (ms) | CLS | JS (bytes) |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.page === BARE_PAGE ? `${r.page} (bare page)` : r.page} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${Math.round(r.lcpMs)} | ${ratio(r).toFixed(2)}×${mark(r)} | ${Math.round(r.tbtMs)} | ${r.cls.toFixed(3)} | ${r.jsBytes} |`,
    ),
  ].join('\n');
  const over = rows.filter((r) => gated.has(r.page) && ratio(r) > LCP_RATIO_TARGET);
  const ratioSummary =
    over.length === 0
      ? `Every chapter and embed page is within ${LCP_RATIO_TARGET}× the bare page's LCP.`
      : `Over ${LCP_RATIO_TARGET}× the bare page's LCP: ${over.map((r) => `${r.page} ${ratio(r).toFixed(2)}×`).join(', ')}.`;
  const latencyTable = some ? '' : latencyTableOf(latency);
  const report = `# Bench results\n\nLighthouse ${RUNS}× per page (median), default mobile settings, Debian Chromium; ${new Date().toISOString().slice(0, 10)}.\nTargets: performance 100, LCP ≤ 1,000 ms, TBT ≤ 50 ms, CLS 0, interaction ≤ 16 ms; every chapter and embed page's LCP at most ${LCP_RATIO_TARGET}× that of the bare text page (${BARE_PAGE}: the site's layout, fonts and styles, no widget or script), marked ✓ or ✗.\n\n${table}\n\n${ratioSummary}\n\nInteraction: time from a key press to the next paint (Event Timing API, which reports nothing under 16 ms). The bare page shows what this headless, GPU-less browser takes for the least possible change.\n\n${latencyTable}\n`;
  if (!some) writeFileSync('tests/bench-results.md', report);
  console.log(report);
} finally {
  await server.close();
}

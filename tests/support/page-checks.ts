import { describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { DESKTOP, PHONE, openWatched, waitForHydration, useBrowser } from './chromium';

/**
 * The checks every built page gets in Chromium, for the pages a test file gives: split over
 * files (chapters, embed pages, everything else) so that browser files running side by side
 * share the longest of them.
 */
export function checkPages(pages: readonly string[], { oneLoadEach = false } = {}): void {
  const siteUrl = inject('siteUrl');
  const browser = useBrowser();

  /**
   * Scrolls to the bottom a screen at a time, so every part of the page passes through the
   * viewport: lazy islands hydrate and scroll-driven code runs.
   */
  async function scrollThrough(page: import('playwright-core').Page) {
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight) {
        window.scrollTo({ top: y, behavior: 'instant' });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
    });
  }

  /**
   * Each page is loaded twice: at a phone's width in the light scheme and at a laptop's in the
   * dark one. Every viewport and every scheme is covered once, which is what the layout checks
   * (console, requests, sideways scrolling) and axe's colour checks each need; all four pairings
   * would double the cost of every page the build adds without covering anything new.
   */
  const matrix = [
    ['390 px, light', PHONE, 'light'],
    ['1280 px, dark', DESKTOP, 'dark'],
  ] as const;

  /*
   * Many pages of one template (the student handouts: one per chapter, the same layout and
   * components with other words) share the diagonal between them instead: each is loaded once,
   * in turn at a phone's width, light, and a laptop's, dark, so each page's own words are read
   * by axe and the layout checks, and the template meets both viewports and both schemes, at
   * half the cost per page.
   */
  describe.each(pages.map((path, i) => [path, oneLoadEach ? [matrix[i % matrix.length]!] : matrix] as const))('page %s', (path, loads) => {
    // One load does both checks: a page load and scroll-through is most of the cost.
    it.each(loads)(
      'at %s: no console errors or warnings, failed or foreign requests, cookies, sideways scrolling or accessibility violations (axe: WCAG 2.2 A/AA and best practice)',
      async (label, viewport, colorScheme) => {
        const { context, page, report } = await openWatched(browser(), siteUrl, { viewport, colorScheme });
        await page.goto(new URL(path, siteUrl).href, { waitUntil: 'load' });
        await scrollThrough(page);
        await waitForHydration(page);
        await page.waitForTimeout(200);
        expect(report, `${path} at ${label}`).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
        expect(await context.cookies(), `${path} sets cookies`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} scrolls sideways at ${label}`).toBeLessThanOrEqual(0);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
        expect(violations, `axe on ${path} at ${label}`).toEqual([]);
        await context.close();
      },
      // The embed gallery hydrates every widget and axe reads all of them: about 10 s alone,
      // several times that, up to two minutes seen, while two other browser files run beside it.
      180_000,
    );
  });
}

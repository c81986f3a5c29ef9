import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, openWatched, waitForHydration, useBrowser } from '../support/chromium';
import { chapterPages } from '../support/site-pages';
import { widgets } from '../../src/widgets/registry';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** The chapter's own words: headings, paragraphs and list items outside widgets and controls. */
function chapterText(page: Page): Promise<string[]> {
  return page.$$eval('article .prose :is(h2, h3, p, li, blockquote)', (nodes) =>
    nodes
      .filter((n) => !n.closest('[data-widget], astro-island, [data-scrolly-stepper], dialog'))
      .map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

describe.each(chapterPages())('chapter %s', (path) => {
  it('reads in full with JavaScript off', async () => {
    const on = await openWatched(browser(), siteUrl, { viewport: PHONE });
    await on.page.goto(new URL(path, siteUrl).href);
    const withScript = await chapterText(on.page);
    await on.context.close();

    const off = await browser().newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await off.newPage();
    await page.goto(new URL(path, siteUrl).href);
    const withoutScript = await chapterText(page);
    expect(withoutScript.length).toBeGreaterThan(40);
    expect(withoutScript).toEqual(withScript);
    // Widgets and scrolly graphics still show a meaningful state without JavaScript.
    expect(await page.locator('[data-widget]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-scrolly-graphic] svg').count()).toBeGreaterThan(0);
    await off.close();
  });
});

describe.each(widgets.map((w) => [w.id, w] as const))('widget %s in its chapter', (id, widget) => {
  it('hydrates under its registered section heading', async () => {
    const { context, page, report } = await openWatched(browser(), siteUrl, { viewport: PHONE });
    await page.goto(new URL(`/chapters/${widget.chapter}/#${widget.section}`, siteUrl).href);
    const heading = page.locator(`h2#${widget.section}`);
    await expect.poll(() => heading.count()).toBe(1);
    // Islands are display: contents, so scroll the widget itself into view.
    const island = page.locator(`astro-island:has([data-widget="${id}"])`);
    await page.locator(`[data-widget="${id}"]`).scrollIntoViewIfNeeded();
    await waitForHydration(page);
    expect(await island.getAttribute('ssr')).toBeNull();
    // The widget follows its section's heading in the document.
    const follows = await heading.evaluate((h, widgetId) => {
      const widgetEl = document.querySelector(`[data-widget="${widgetId}"]`)!;
      return Boolean(h.compareDocumentPosition(widgetEl) & Node.DOCUMENT_POSITION_FOLLOWING);
    }, id);
    expect(follows).toBe(true);
    expect(report.consoleErrors).toEqual([]);
    await context.close();
  });
});

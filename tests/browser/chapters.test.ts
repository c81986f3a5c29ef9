import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, openWatched, useBrowser, waitForHydration } from '../support/chromium';
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
    // A graphic's drawing is an SVG, or HTML boxes in a .graphic-drawing.
    expect(await page.locator('[data-scrolly-graphic] :is(svg, .graphic-drawing)').count()).toBeGreaterThan(0);
    await off.close();
  });
});

describe.each(widgets.map((w) => w.id))('widget %s in its chapter', (id) => {
  it('hydrates under the section its embed credits', async () => {
    // Where a widget sits is read from its <Widget> in the MDX, not declared: the embed page's
    // credit link is where the build placed it.
    const { context, page, report } = await openWatched(browser(), siteUrl, { viewport: PHONE });
    await page.goto(new URL(`/embed/${id}/`, siteUrl).href);
    const home = new URL((await page.locator('.credit a').getAttribute('href'))!, siteUrl);
    const section = home.hash.slice(1);
    expect(section, `the credit link of /embed/${id}/ names a section`).not.toBe('');
    await page.goto(home.href);
    const heading = page.locator(`:is(h2, h3)#${section}`);
    await expect.poll(() => heading.count()).toBe(1);
    // Islands are display: contents, so scroll the widget itself into view.
    await page.locator(`[data-widget="${id}"]`).scrollIntoViewIfNeeded();
    await waitForHydration(page, id);
    // The section heading nearest before the widget is the credited one.
    const nearest = await page.evaluate((widgetId) => {
      const widgetEl = document.querySelector(`[data-widget="${widgetId}"]`)!;
      const before = [...document.querySelectorAll('.prose :is(h2, h3)')].filter((h) => h.compareDocumentPosition(widgetEl) & Node.DOCUMENT_POSITION_FOLLOWING);
      return before.at(-1)?.id;
    }, id);
    expect(nearest).toBe(section);
    expect(report.consoleErrors).toEqual([]);
    await context.close();
  });
});

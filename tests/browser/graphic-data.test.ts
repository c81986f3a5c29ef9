import { describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { DESKTOP, PHONE, openWatched, useBrowser } from '../support/chromium';
import { chapterPages } from '../support/site-pages';

/**
 * A scrolly graphic's table and summary (src/components/GraphicData.astro): one "Show the data"
 * toggle away on screen, and simply part of the page where nothing can move the graphic or open
 * the toggle, without JavaScript and in print. The page checks see the tables closed; these open
 * them, on the same diagonal of widths and schemes.
 */
const siteUrl = inject('siteUrl');
const browser = useBrowser();
const DATA = 'details[data-graphic-data]';
const matrix = [
  ['390 px, light', PHONE, 'light'],
  ['1280 px, dark', DESKTOP, 'dark'],
] as const;

describe.each(chapterPages())('chapter %s', (path) => {
  it.each(matrix)('at %s: each graphic’s table opens with Enter, fits the page and passes axe; it shows in print', async (label, viewport, colorScheme) => {
    const { context, page, report } = await openWatched(browser(), siteUrl, { viewport, colorScheme });
    await page.goto(new URL(path, siteUrl).href);
    const tables = page.locator(`${DATA} table`);
    const count = await tables.count();
    for (let i = 0; i < count; i++) {
      expect(await tables.nth(i).isVisible(), 'closed on screen').toBe(false);
      // A <summary> is in the tab order by nature; what is ours is that Enter on it shows the table.
      await page.locator(`${DATA} summary`).nth(i).focus();
      await page.keyboard.press('Enter');
      expect(await tables.nth(i).isVisible(), 'opened with Enter').toBe(true);
    }
    if (count > 0) {
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `${path} scrolls sideways at ${label}`).toBeLessThanOrEqual(0);
      const results = await new AxeBuilder({ page }).include(DATA).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`)).toEqual([]);
    }
    await page.emulateMedia({ media: 'print' });
    await page.locator(DATA).evaluateAll((all) => all.forEach((d) => d.removeAttribute('open')));
    for (let i = 0; i < count; i++) expect(await tables.nth(i).isVisible(), 'in print, closed or not').toBe(true);
    expect(report.consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows every graphic’s table without JavaScript, with no toggle', async () => {
    const context = await browser().newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(path, siteUrl).href);
    const count = await page.locator(DATA).count();
    for (let i = 0; i < count; i++) {
      expect(await page.locator(`${DATA} table`).nth(i).isVisible(), 'without JavaScript').toBe(true);
      expect(await page.locator(`${DATA} summary`).nth(i).isVisible(), 'no toggle that would do nothing').toBe(false);
    }
    await context.close();
  });
});

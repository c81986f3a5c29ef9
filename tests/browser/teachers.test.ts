import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, openWatched, useBrowser } from '../support/chromium';
import { builtPages } from '../support/site-pages';

/**
 * The teachers' pack in Chromium. Every student handout (found from the build, one per chapter)
 * is printed with page.pdf on A4 and on Letter and must fit on two pages, with none of the site's
 * header, navigation, search or footer in print; /teachers/ and each handout read at 320 px
 * without sideways scrolling. Content rules (phase sums, ids) are in tests/model/teachers.test.ts.
 */
const siteUrl = inject('siteUrl');
const browser = useBrowser();
const handouts = builtPages().filter((p) => p.startsWith('/teachers/handouts/'));

/** Pages in a PDF from Chromium: one `/Type /Page` object each (the tree is `/Type /Pages`). */
const pdfPages = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

describe('teachers pack', () => {
  it('has a handout page for every chapter', () => {
    const chapters = builtPages().filter((p) => p.startsWith('/chapters/'));
    expect(handouts.map((p) => p.split('/').at(-2)).sort()).toEqual(chapters.map((p) => p.split('/').at(-2)).sort());
  });

  it('prints every handout on at most two pages of A4 and of Letter, without site chrome', async () => {
    const { context, page, report } = await openWatched(browser(), siteUrl, { viewport: DESKTOP });
    for (const path of handouts) {
      await page.goto(new URL(path, siteUrl).href);
      await page.emulateMedia({ media: 'print' });
      const visible = await page.evaluate(() =>
        ['.site-header', '.site-footer', 'nav', 'form[role="search"]', '.screen-only'].filter((selector) =>
          [...document.querySelectorAll(selector)].some((el) => el.checkVisibility()),
        ),
      );
      expect(visible, `${path}: shown in print`).toEqual([]);
      // Every fact names its source in words a student can read on paper.
      const facts = await page.locator('.facts > li').count();
      expect(facts, path).toBeGreaterThanOrEqual(5);
      expect(await page.locator('.facts > li .fact-source').count(), path).toBe(facts);
      expect(await page.locator('.prompts .write').first().isVisible(), `${path}: space to write`).toBe(true);
      for (const format of ['A4', 'Letter'] as const) {
        const pages = pdfPages(await page.pdf({ format, printBackground: true }));
        expect(pages, `${path} on ${format}`).toBeGreaterThanOrEqual(1);
        expect(pages, `${path} on ${format}`).toBeLessThanOrEqual(2);
      }
      await page.emulateMedia({ media: 'screen' });
    }
    expect(report.consoleErrors).toEqual([]);
    expect(report.failedRequests).toEqual([]);
    await context.close();
  });

  it('reads at 320 px without sideways scrolling', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: { width: 320, height: PHONE.height } });
    for (const path of ['/teachers/', ...handouts]) {
      await page.goto(new URL(path, siteUrl).href);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it('links the Teachers page from the header and marks it current there', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: PHONE });
    await page.goto(new URL('/', siteUrl).href);
    await page.locator('.site-header nav a[href="/teachers/"]').click();
    await page.waitForURL(/\/teachers\/$/);
    expect(await page.locator('.site-header nav a[aria-current="page"]').getAttribute('href')).toBe('/teachers/');
    await context.close();
  });
});

import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, openWatched, useBrowser } from '../support/chromium';
import { recordAnnouncements } from '../support/keyboard';
import { chapterPages } from '../support/site-pages';
import { dictionary, fill } from '../../src/i18n';

/**
 * "Cite this chapter" on every chapter: the forms read as plain text without JavaScript and in
 * print; with it, each copy button works from the keyboard, copies its form exactly, and is
 * announced once in the chapter's polite status region. The forms' wording is checked in
 * tests/model/citation.test.ts.
 */
const siteUrl = inject('siteUrl');
const browser = useBrowser();
const words = dictionary('en').site.citeThis;
const chapters = chapterPages();

describe('cite this chapter', () => {
  it('every chapter carries the block and Highwire tags naming its title, "Scored", its date and its address', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: PHONE });
    for (const path of chapters) {
      await page.goto(new URL(path, siteUrl).href);
      const meta = (name: string) => page.locator(`meta[name="${name}"]`).getAttribute('content');
      expect(await meta('citation_title'), path).toBe(await page.locator('h1').textContent());
      expect(await meta('citation_author'), path).toBe(dictionary('en').site.name);
      expect(await meta('citation_publication_date'), path).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(new URL((await meta('citation_public_url'))!).pathname, path).toBe(path);
      expect(await page.locator('.cite-this .reference').count(), path).toBe(3);
    }
    await context.close();
  });

  it('copies each form by keyboard and announces it once', async () => {
    const { context, page, report } = await openWatched(browser(), siteUrl, { viewport: PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(new URL(chapters[0]!, siteUrl).href);
    const status = page.locator('[data-copy-status]');
    const announcements = await recordAnnouncements(status);
    // Start at the block's heading, as a reader arriving from its link would, then go by Tab.
    await page.locator('#cite-this').evaluate((h) => {
      (h as HTMLElement).tabIndex = -1;
      (h as HTMLElement).focus();
    });
    for (const [style, key] of [['apa', 'Enter'], ['mla', 'Space'], ['bibtex', 'Enter']] as const) {
      await page.keyboard.press('Tab');
      const button = page.getByRole('button', { name: fill(words.copy, { style: words.styles[style] }) });
      expect(await button.evaluate((el) => el === document.activeElement), style).toBe(true);
      await page.keyboard.press(key);
      const expected = await page.locator(`#cite-${style}-text`).evaluate((el) => (el as HTMLElement).dataset.citeText ?? el.textContent);
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
      await expect.poll(() => status.textContent()).toBe(fill(words.copied, { style: words.styles[style] }));
    }
    expect(await announcements()).toEqual((['apa', 'mla', 'bibtex'] as const).map((style) => fill(words.copied, { style: words.styles[style] })));
    expect(report.consoleErrors).toEqual([]);
    await context.close();
  });

  it('reads without JavaScript: the forms as text, no copy buttons', async () => {
    const context = await browser().newContext({ viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(chapters[0]!, siteUrl).href);
    expect(await page.locator('.cite-this .reference').evaluateAll((els) => els.every((el) => (el as HTMLElement).offsetHeight > 0 && el.textContent!.length > 40))).toBe(true);
    expect(await page.locator('.cite-this button').evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length)).toBe(0);
    // Long addresses wrap: nothing in the block reaches past the screen's edge at 320 px.
    const overflowing = await page.locator('.cite-this, .cite-this *').evaluateAll((els) =>
      els.filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(overflowing).toEqual([]);
    await context.close();
  });

  it('prints the forms without the buttons', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: DESKTOP });
    await page.goto(new URL(chapters[0]!, siteUrl).href);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#cite-this').isVisible()).toBe(true);
    expect(await page.locator('#cite-bibtex-text').isVisible()).toBe(true);
    expect(await page.locator('.cite-this button').evaluateAll((els) => els.filter((el) => getComputedStyle(el).display !== 'none').length)).toBe(0);
    await context.close();
  });
});

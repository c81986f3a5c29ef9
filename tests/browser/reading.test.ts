import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, openWatched, useBrowser } from '../support/chromium';
import { tabTo } from '../support/keyboard';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chapterPages } from '../support/site-pages';
import { DIST } from '../support/static-server';
import { dictionary, fill } from '../../src/i18n';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const { chapter: words } = dictionary('en').site;
const [firstChapter] = chapterPages();
/** A chapter whose corrections log has entries (a new chapter's log is empty), found from the build. */
const correctedChapter = chapterPages().find((path) => /<section class="corrections[^"]*"[^>]*>(?:(?!<\/section>)[\s\S])*?<li\b/.test(readFileSync(join(DIST, path, 'index.html'), 'utf8')))!;

describe('citations', () => {
  it('a citation preview opens on keyboard focus, closes on Escape, and opens on hover', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: DESKTOP });
    await page.goto(new URL(firstChapter!, siteUrl).href);
    const cite = page.locator('.cite').first();
    const preview = cite.locator('.cite-preview');
    expect(await preview.isVisible()).toBe(false);

    await tabTo(page, cite.locator('.cite-number'));
    expect(await preview.isVisible()).toBe(true);
    // The preview names the source its reference entry does.
    const entry = page.locator(`section.references ${await cite.locator('.cite-number').getAttribute('href')}`);
    expect(await preview.locator('cite').textContent()).toBe(await entry.locator('cite').textContent());
    const describedBy = await cite.locator('.cite-number').getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await preview.isVisible()).toBe(false);

    await page.mouse.move(0, 0);
    await cite.locator('.cite-number').hover();
    expect(await preview.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await preview.isVisible()).toBe(false);
    await context.close();
  });

  it('every citation number leads to an entry in the chapter references', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: PHONE });
    for (const path of chapterPages()) {
      await page.goto(new URL(path, siteUrl).href);
      const targets = await page.$$eval('.cite-number', (links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
      expect(targets.length).toBeGreaterThan(5);
      for (const href of targets) expect(await page.locator(`section.references ${href}`).count(), `${path} ${href}`).toBe(1);
    }
    await context.close();
  });
});

describe('links for teachers', () => {
  it('the # beside a section heading copies that section\'s link and says so', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(new URL(firstChapter!, siteUrl).href);
    const heading = page.locator('.prose h2[id]').nth(1);
    const [id, title] = await heading.evaluate((h) => [h.id, h.querySelector('.section-heading-text')!.textContent!]);
    const link = page.getByRole('link', { name: fill(words.sectionLink, { title }) });
    await link.click();
    const expected = new URL(`${firstChapter}#${id}`, siteUrl).href;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(page.url()).toBe(expected);
    expect(await page.locator('[data-copy-status]').textContent()).toBe(fill(words.linkCopied, { title }));
    await context.close();
  });

  it('a section link opens the chapter at that section', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: PHONE });
    await page.goto(new URL(firstChapter!, siteUrl).href);
    const id = await page.locator('.prose h2[id]').last().getAttribute('id');
    await page.goto(new URL(`${firstChapter}#${id}`, siteUrl).href);
    await expect.poll(() => page.locator(`#${id}`).evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(60);
    await context.close();
  });

  it('prints as a handout: scrolly steps in sequence, the graphic in place, no widget controls', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: DESKTOP });
    await page.goto(new URL(correctedChapter, siteUrl).href);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-scrolly-graphic]').evaluate((g) => getComputedStyle(g).position)).toBe('static');
    expect(await page.locator('.scrolly-step').first().evaluate((s) => getComputedStyle(s).minHeight)).toBe('0px');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    // The corrections log is part of the handout, as it is of the page.
    expect(await page.locator('#corrections').isVisible()).toBe(true);
    expect(await page.locator('.corrections li').count()).toBeGreaterThan(0);
    await context.close();
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PHONE, openWatched, useBrowser } from '../support/chromium';
import { recordAnnouncements, tabTo } from '../support/keyboard';
import { DIST } from '../support/static-server';
import { chapterPages } from '../support/site-pages';
import { dictionary, fill } from '../../src/i18n';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const { layout, search: words } = dictionary('en').site;

/** A word to look for, read from the build: the last word of the first chapter's second section heading. */
function wordFromChapter(): { chapter: string; word: string; section: string } {
  const chapter = chapterPages()[0]!;
  const html = readFileSync(join(DIST, chapter, 'index.html'), 'utf8');
  const [, section, heading] = [...html.matchAll(/<h2[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/g)][1]!;
  const word = heading!.replace(/<[^>]+>/g, ' ').replace(/[#’'"]/g, ' ').trim().split(/\s+/).filter((w) => w.length > 3).at(-1)!;
  return { chapter, word, section: section! };
}

describe('search', () => {
  it('from the box in any page header, by keyboard alone: lists the chapters and the sections that match', async () => {
    const { context, page, report } = await openWatched(browser(), siteUrl, { viewport: PHONE });
    const { chapter, word } = wordFromChapter();
    await page.goto(new URL('/sources/', siteUrl).href);
    const box = page.getByRole('searchbox', { name: layout.search.label });
    await tabTo(page, box);
    await page.keyboard.type(word);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/' && url.searchParams.get('q') === word);

    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(new RegExp(`“${word}”`, 'i'));
    const results = page.locator('[data-search-results] > li');
    expect(await results.count()).toBeGreaterThan(0);
    const hit = results.filter({ has: page.locator(`a.result-title[href="${chapter}"]`) });
    expect(await hit.count(), `${chapter} is among the results for "${word}"`).toBe(1);
    // Down to the section: every section link names a heading id on the chapter.
    const sectionLinks = await hit.locator('.result-sections a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(sectionLinks.length).toBeGreaterThan(0);
    for (const href of sectionLinks) expect(href).toMatch(new RegExp(`^${chapter}#[a-z0-9-]+$`));

    // Following a section link by keyboard opens the chapter at that section.
    const first = hit.locator('.result-sections a').first();
    await tabTo(page, first);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === chapter && url.hash.length > 1);
    expect(await page.locator(`[id="${new URL(page.url()).hash.slice(1)}"]`).count()).toBe(1);
    expect(report).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });

  it('says plainly when nothing matches, and updates as the reader types, with one announcement per search', async () => {
    const { context, page, report } = await openWatched(browser(), siteUrl, { viewport: PHONE });
    await page.goto(new URL('/search/?q=zqxjvw', siteUrl).href);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe(fill(words.none, { query: 'zqxjvw' }));
    expect(await page.locator('[data-search-results] > li').count()).toBe(0);
    const { word } = wordFromChapter();
    const announcements = await recordAnnouncements(status);
    const box = page.getByRole('searchbox', { name: words.label });
    await box.fill('');
    await box.pressSequentially(word, { delay: 40 });
    await expect.poll(() => page.locator('[data-search-results] > li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
    await page.waitForTimeout(800);
    // Typing pauses are waited out: one search, one announcement, for the whole word.
    expect(await announcements()).toEqual([await status.textContent()]);
    expect(report.consoleErrors).toEqual([]);
    await context.close();
  });

  it('without JavaScript, the search page lists every chapter and its sections instead', async () => {
    const context = await browser().newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/search/?q=score', siteUrl).href);
    // (Playwright's text locators skip <noscript>, so the page's text is read whole.)
    expect(await page.locator('main').innerText()).toContain(words.needsScript);
    const links = await page.locator('.all-chapters > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect([...links].sort()).toEqual([...chapterPages()].sort());
    expect(await page.locator('.all-chapters ul a').count()).toBeGreaterThan(chapterPages().length * 3);
    await context.close();
  });
});

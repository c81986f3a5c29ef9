import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { PHONE, openWatched, waitForHydration, useBrowser } from '../support/chromium';
import { recordAnnouncements } from '../support/keyboard';
import { PSEUDO_DIST, startStaticServer, type StaticServer } from '../support/static-server';
import { UI_SELECTOR, WIDGET_SELECTOR, builtPages, chapterPages, contentTexts, isPseudo, uiTexts, widgetTexts } from '../support/site-pages';
import { fixtureWidgets } from '../support/fixtures';
import { controlOf } from '../support/widget-actions';

/**
 * The pseudo-locale build after hydration: the widgets' words reach the browser as props built
 * on the server, and the page scripts' words as data-attributes, so what a reader sees after
 * the islands start and after they act (live announcements included) is still all ⟦…⟧.
 * tests/build/pseudo-locale.test.ts checks the static HTML of every page.
 */
const browser = useBrowser();
const content = contentTexts();
let server: StaticServer;

beforeAll(async () => {
  if (!existsSync(join(PSEUDO_DIST, 'index.html'))) throw new Error('These tests read dist-pseudo/: run `npm run build:pseudo` first (npm test does).');
  server = await startStaticServer(PSEUDO_DIST);
});
afterAll(() => server?.close());

/** Every UI text on the page, and every text node of its widgets and scrolly graphics, that is not pseudo. */
async function leaks(page: Page, { firstRead = true } = {}): Promise<string[]> {
  const texts = await page.evaluate(uiTexts, [UI_SELECTOR, 'html'] as [string, string]);
  const shown = await page.evaluate(widgetTexts, WIDGET_SELECTOR);
  // Enough that the check cannot pass on a page it failed to read; a compact widget's embed page has about 25.
  // Once a first read has found them, a later state may be sparer (a stage with two buttons).
  if (firstRead) {
    expect(texts.length, 'UI texts found on the page').toBeGreaterThan(20);
    expect(shown.length, 'widget texts found on the page').toBeGreaterThan(20);
  }
  return [...texts, ...shown].filter((t) => !isPseudo(t.text, content)).map((t) => `${t.element} (${t.what}): "${t.text}"`);
}

/** Records a live region; the returned function waits for its next announcement and gives them all. */
async function announcements(region: Locator): Promise<() => Promise<string[]>> {
  const record = await recordAnnouncements(region);
  let seen = 0;
  return async () => {
    await expect.poll(async () => (await record()).length, { timeout: 3000 }).toBeGreaterThan(seen);
    const all = await record();
    seen = all.length;
    return all;
  };
}

describe.each(chapterPages(builtPages(PSEUDO_DIST)))('the pseudo-locale build of %s in Chromium', (path) => {
  it('stays pseudo after hydration, in its stepper and in its section-link status', async () => {
    const { context, page, report } = await openWatched(browser(), server.url, { viewport: PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(new URL(path, server.url).href);
    for (const widget of await page.locator('[data-widget]').all()) await widget.scrollIntoViewIfNeeded();
    await waitForHydration(page);
    expect(await leaks(page), 'after hydration').toEqual([]);

    // The scrolly's stepper: its count is filled on the client from the dictionary's template.
    const scrolly = page.locator('[data-scrolly]').first();
    await scrolly.locator('[data-scrolly-mode]').click();
    const count = scrolly.locator('[data-step-count]');
    await expect.poll(() => count.textContent()).toMatch(/⟦/);
    for (let i = 0; i < 10 && (await scrolly.locator('[data-step-next]').isEnabled()); i++) await scrolly.locator('[data-step-next]').click();
    expect(isPseudo((await count.textContent()) ?? '', content), `step count "${await count.textContent()}"`).toBe(true);

    // A section's "#" copies its link and says so, in words from the page's data-attributes.
    const link = page.locator('a[data-copy-link]').first();
    await link.click();
    const status = page.locator('[data-copy-status]');
    await expect.poll(() => status.textContent()).toMatch(/⟦/);
    expect(isPseudo((await status.textContent()) ?? '', content), `copy status "${await status.textContent()}"`).toBe(true);
    expect(isPseudo((await link.getAttribute('data-copied')) ?? '', content)).toBe(true);

    expect(await leaks(page), 'after stepping and copying').toEqual([]);
    expect(report.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe.each(fixtureWidgets.map((subject) => [subject.id, subject] as const))('%s in the pseudo-locale build', (id, { fixture }) => {
  it('stays pseudo on its embed page through every keyboard step, its announcements included', async () => {
    const { context, page, report } = await openWatched(browser(), server.url, { viewport: PHONE });
    await page.goto(new URL(`/embed/${id}/`, server.url).href);
    await waitForHydration(page);
    const root = page.locator(`[data-widget="${id}"]`);
    expect(await leaks(page), 'after hydration').toEqual([]);

    const next = await announcements(root.getByRole('status'));
    let said: string[] = [];
    // The keyboard path, from the default state, as the keyboard test walks it: each step changes something.
    for (const action of fixture.keyboard) {
      await controlOf(root, action).focus();
      for (const key of action.keys) await page.keyboard.press(key === ' ' ? 'Space' : key);
      said = await next();
      expect(await leaks(page, { firstRead: false }), `after ${action.control} ${action.keys.join(' ')}`).toEqual([]);
    }
    expect(said.filter((text) => !isPseudo(text, content)), 'announcements').toEqual([]);
    expect(report.consoleErrors).toEqual([]);
    await context.close();
  });
});

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { PHONE, openWatched, waitForHydration, useBrowser } from '../support/chromium';
import { recordAnnouncements } from '../support/keyboard';
import { PSEUDO_DIST, startStaticServer, type StaticServer } from '../support/static-server';
import { UI_SELECTOR, WIDGET_SELECTOR, contentTexts, isPseudo, uiTexts, widgetTexts } from '../support/site-pages';

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
async function leaks(page: Page): Promise<string[]> {
  const texts = await page.evaluate(uiTexts, [UI_SELECTOR, 'html'] as [string, string]);
  const shown = await page.evaluate(widgetTexts, WIDGET_SELECTOR);
  expect(texts.length, 'UI texts found on the page').toBeGreaterThan(40);
  expect(shown.length, 'widget texts found on the page').toBeGreaterThan(40);
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

describe('the pseudo-locale build in Chromium', () => {
  it('a chapter stays pseudo after hydration, after a change in its widget, in its stepper and its section-link status', async () => {
    const { context, page, report } = await openWatched(browser(), server.url, { viewport: PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(new URL('/chapters/sesame-credit/#try-it-yourself', server.url).href);
    const widget = page.locator('[data-widget="sesame-score"]');
    await widget.scrollIntoViewIfNeeded();
    await waitForHydration(page);
    expect(await leaks(page), 'after hydration').toEqual([]);

    const next = await announcements(widget.getByRole('status'));
    await widget.getByRole('button').nth(2).click();
    await next();
    await widget.getByRole('slider').first().press('End');
    const said = await next();
    expect(said.filter((text) => !isPseudo(text, content)), 'announcements').toEqual([]);
    expect(await leaks(page), 'after a change in the widget').toEqual([]);

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

  it('an embed page stays pseudo as the ledger fills, loses an entry and loses consent', async () => {
    const { context, page, report } = await openWatched(browser(), server.url, { viewport: PHONE });
    await page.goto(new URL('/embed/rongcheng-ledger/', server.url).href);
    await waitForHydration(page);
    const widget = page.locator('[data-widget="rongcheng-ledger"]');
    expect(await leaks(page), 'after hydration').toEqual([]);

    const next = await announcements(widget.getByRole('status'));
    const items = widget.locator('button[data-item]');
    expect(await items.count()).toBeGreaterThan(3);
    await items.first().click();
    await next();
    await items.last().click();
    await next();
    expect(await leaks(page), 'with two entries in the ledger').toEqual([]);
    await widget.locator('button[data-remove]').first().click();
    await next();
    await widget.getByTestId('consent').click();
    const said = await next();
    expect(said.length).toBeGreaterThanOrEqual(4);
    expect(said.filter((text) => !isPseudo(text, content)), 'announcements').toEqual([]);
    expect(await leaks(page), 'after adding, removing and withdrawing consent').toEqual([]);
    expect(report.consoleErrors).toEqual([]);
    await context.close();
  });
});

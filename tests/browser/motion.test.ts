import { describe, expect, inject, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { PHONE, openWatched, waitForHydration, useBrowser } from '../support/chromium';
import { fixtureWidgets } from '../support/fixtures';
import { chapterPages } from '../support/site-pages';
import { controlOf, expectWidgetState } from '../support/widget-actions';
import { motionOnPage } from '../support/motion';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** Where and how every drawn thing under `root` is: the attributes that place and mark it. */
function geometry(root: Locator): Promise<string> {
  return root.evaluate((el) =>
    [...el.querySelectorAll('*')]
      .map((node) => ['class', 'data-state', 'transform', 'cx', 'cy', 'x', 'y', 'width', 'height', 'opacity', 'style'].map((a) => node.getAttribute(a) ?? '').join(','))
      .join(';'),
  );
}

describe.each(fixtureWidgets.map((subject) => [subject.id, subject] as const))('%s', (id, { fixture }) => {
  it('with prefers-reduced-motion: reduce, nothing animates, transitions or moves on after the primary action', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: PHONE, reducedMotion: 'reduce' });
    await page.goto(new URL(`/embed/${id}/`, siteUrl).href);
    await waitForHydration(page);
    const root = page.locator(`[data-widget="${id}"]`);
    await controlOf(root, fixture.primary).focus();
    for (const key of fixture.primary.keys) await page.keyboard.press(key === ' ' ? 'Space' : key);
    await expectWidgetState(root, fixture, fixture.primary.after);
    expect(await motionOnPage(page)).toEqual([]);
    // What the change moved (a marker, a bar) is already where it ends.
    const first = await geometry(root);
    await page.waitForTimeout(100);
    expect(await geometry(root)).toBe(first);
    await context.close();
  });

  it('without the preference, the primary action does animate (so the test above can fail)', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: PHONE, reducedMotion: 'no-preference' });
    await page.goto(new URL(`/embed/${id}/`, siteUrl).href);
    await waitForHydration(page);
    await controlOf(page.locator(`[data-widget="${id}"]`), fixture.primary).click();
    await expect.poll(async () => (await motionOnPage(page)).length).toBeGreaterThan(0);
    await context.close();
  });
});

describe.each(chapterPages())('scrolly graphics in %s', (path) => {
  it('with prefers-reduced-motion: reduce, change state at once', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: PHONE, reducedMotion: 'reduce' });
    await page.goto(new URL(`${path}?steps`, siteUrl).href);
    const scrolly = page.locator('[data-scrolly]').first();
    const graphic = scrolly.locator('[data-scrolly-graphic]');
    const before = await geometry(graphic);
    await scrolly.locator('[data-step-next]').click();
    const after = await geometry(graphic);
    expect(after, 'the next step changed the graphic').not.toBe(before);
    await page.waitForTimeout(150);
    expect(await geometry(graphic)).toBe(after);
    expect(await motionOnPage(page)).toEqual([]);
    await context.close();
  });
});

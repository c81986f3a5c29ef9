import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PHONE, openWatched, waitForHydration, useBrowser } from '../support/chromium';
import { widgets } from '../../src/widgets/registry';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** Everything on the page that could move: running animations and non-zero transitions. */
function motionOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = document.getAnimations().map((a) => `animation on ${(a.effect as KeyframeEffect | null)?.target?.nodeName ?? '?'}`);
    for (const el of document.querySelectorAll('body *')) {
      const style = getComputedStyle(el);
      const moving = style.transitionDuration.split(',').some((d) => parseFloat(d) > 0) && style.transitionProperty !== 'none';
      if (moving) found.push(`transition on ${el.nodeName}.${el.getAttribute('class') ?? ''}`);
      if (style.animationName !== 'none' && style.animationDuration.split(',').some((d) => parseFloat(d) > 0)) found.push(`animation on ${el.nodeName}`);
    }
    return found;
  });
}

/** The first button in each widget that changes its state, pressed by keyboard. */
const firstActions: Record<string, RegExp> = { 'sesame-score': /How You, 752/, 'rongcheng-ledger': /Donate a 3,000-yuan TV/ };

describe('with prefers-reduced-motion: reduce', () => {
  it.each(widgets.map((w) => w.id))('%s: nothing animates or transitions when the state changes', async (id) => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: PHONE, reducedMotion: 'reduce' });
    await page.goto(new URL(`/embed/${id}/`, siteUrl).href);
    await waitForHydration(page);
    expect(firstActions[id], `add a state-changing action for ${id} to this test`).toBeDefined();
    const button = page.getByRole('button', { name: firstActions[id]! });
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await motionOnPage(page)).toEqual([]);
    if (id === 'sesame-score') {
      // The score marker jumps straight to its new place instead of gliding.
      const marker = page.locator('.marker');
      const first = await marker.getAttribute('transform');
      await page.waitForTimeout(100);
      expect(await marker.getAttribute('transform')).toBe(first);
    }
    await context.close();
  });

  it('scrolly graphics change state at once', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: PHONE, reducedMotion: 'reduce' });
    await page.goto(new URL('/chapters/rongcheng/?steps', siteUrl).href);
    await page.getByRole('button', { name: /Next/ }).click();
    const liu = page.locator('[data-scrolly-graphic] circle.liu');
    const cx = await liu.getAttribute('cx');
    await page.waitForTimeout(150);
    expect(await liu.getAttribute('cx')).toBe(cx);
    expect(await motionOnPage(page)).toEqual([]);
    await context.close();
  });

  it('without the preference, widgets do animate (so the test above can fail)', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: PHONE, reducedMotion: 'no-preference' });
    await page.goto(new URL('/embed/sesame-score/', siteUrl).href);
    await waitForHydration(page);
    await page.getByRole('button', { name: /How You, 752/ }).click();
    expect((await motionOnPage(page)).length).toBeGreaterThan(0);
    await context.close();
  });

  it('a slider moves the Sesame score marker directly, as a drag should, with no glide behind it', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: PHONE, reducedMotion: 'no-preference' });
    await page.goto(new URL('/embed/sesame-score/', siteUrl).href);
    await waitForHydration(page);
    const marker = page.locator('.marker');
    const before = await marker.getAttribute('transform');
    await page.getByRole('slider').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => marker.getAttribute('transform')).not.toBe(before);
    expect(await motionOnPage(page)).toEqual([]);
    await context.close();
  });
});

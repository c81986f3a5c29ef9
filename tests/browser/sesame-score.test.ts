import { expect, inject, it } from 'vitest';
import { PHONE, openWatched, waitForHydration, useBrowser } from '../support/chromium';
import { motionOnPage } from '../support/motion';

/** What only a real browser shows of this one widget; its shared contract is in the registry-driven files. */
const siteUrl = inject('siteUrl');
const browser = useBrowser();

it('a slider moves the Sesame score marker directly, as a drag should, with no glide behind it', async () => {
  const { context, page } = await openWatched(browser(), siteUrl, { viewport: PHONE, reducedMotion: 'no-preference' });
  await page.goto(new URL('/embed/sesame-score/', siteUrl).href);
  await waitForHydration(page);
  const marker = page.locator('.marker');
  const before = await marker.getAttribute('transform');
  await page.locator('[data-part]').first().focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => marker.getAttribute('transform')).not.toBe(before);
  expect(await motionOnPage(page)).toEqual([]);
  await context.close();
});

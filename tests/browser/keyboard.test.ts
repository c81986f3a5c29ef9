import { describe, expect, inject, it } from 'vitest';
import { PHONE, openWatched, waitForHydration, useBrowser } from '../support/chromium';
import { recordAnnouncements } from '../support/keyboard';
import { fixtureWidgets } from '../support/fixtures';
import { widgetHomeOf } from '../support/site-pages';
import { controlOf, expectWidgetState, pressAction } from '../support/widget-actions';
import { encodeState } from '../../src/widgets/url-state';
import { formatterFor } from '../../src/i18n';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const format = formatterFor('en');

describe.each(fixtureWidgets.map((subject) => [subject.id, subject] as const))('%s', (id, { widget, fixture }) => {
  it('by keyboard alone, in its chapter: each step shows the model state, is announced once and is kept in the URL', async () => {
    const { context, page, report } = await openWatched(browser(), siteUrl, { viewport: PHONE });
    await page.goto(new URL(widgetHomeOf(id), siteUrl).href);
    const root = page.locator(`[data-widget="${id}"]`);
    await root.scrollIntoViewIfNeeded();
    await waitForHydration(page, id);
    await expectWidgetState(root, fixture, widget.defaultState);

    const announcements = await recordAnnouncements(root.getByRole('status'));
    // Following the section link made its heading the starting point for Tab, as for a reader.
    for (const [step, action] of fixture.keyboard.entries()) {
      await pressAction(page, root, action);
      await expectWidgetState(root, fixture, action.after);
      // One announcement per settled change; its words are the model's (asserted in model tests),
      // and when there is a score it names the new one.
      await expect.poll(async () => (await announcements()).length, { timeout: 3000 }).toBe(step + 1);
      const score = fixture.score(action.after);
      if (score !== null) expect((await announcements()).at(-1)).toContain(format.number(score));
      await expect.poll(() => new URL(page.url()).searchParams.get(id)).toBe(encodeState(widget.codec, action.after));
    }
    await page.waitForTimeout(800);
    expect(await announcements(), 'no second announcement for any step').toHaveLength(fixture.keyboard.length);
    expect(report.consoleErrors).toEqual([]);
    await context.close();
  });

  it('on a phone, focus moving back up the widget never lands under its sticky readout', async () => {
    const { context, page, report } = await openWatched(browser(), siteUrl, { viewport: PHONE });
    await page.goto(new URL(`/embed/${id}/`, siteUrl).href);
    await waitForHydration(page, id);
    const root = page.locator(`[data-widget="${id}"]`);
    // The primary action, then focus at the far end while its announcement is still to come:
    // the readout grows after focus has moved, as it does in use.
    await pressAction(page, root, fixture.primary);
    await root.locator('button, input, summary').last().focus();
    await expect.poll(() => root.getByRole('status').textContent()).not.toBe('');
    for (let step = 0; step < 12; step++) {
      await page.keyboard.press('Shift+Tab');
      const overlap = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement | null;
        const readout = focused?.closest('.widget')?.querySelector('.readout');
        if (!focused || !readout || readout.contains(focused)) return 0;
        return readout.getBoundingClientRect().bottom - focused.getBoundingClientRect().top;
      });
      expect(overlap, `Shift+Tab ${step + 1}: the focused control starts ${overlap}px under the readout`).toBeLessThanOrEqual(0);
    }
    expect(report.consoleErrors).toEqual([]);
    await context.close();
  });

  it('by touch at 320 px: a tap does the primary action, and nothing overflows', async () => {
    const { context, page, report } = await openWatched(browser(), siteUrl, { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    await page.goto(new URL(`/embed/${id}/`, siteUrl).href);
    await waitForHydration(page, id);
    const root = page.locator(`[data-widget="${id}"]`);
    await controlOf(root, fixture.primary).tap();
    await expectWidgetState(root, fixture, fixture.primary.after);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(report.consoleErrors).toEqual([]);
    await context.close();
  });
});

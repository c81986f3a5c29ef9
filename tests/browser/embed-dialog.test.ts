import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, openWatched, waitForHydration, useBrowser } from '../support/chromium';
import { tabTo } from '../support/keyboard';
import { widgets } from '../../src/widgets/registry';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

describe('the Embed dialog in a chapter', () => {
  it('opens by keyboard, keeps focus inside, carries the reader\'s scenario, copies with a confirmation, and gives focus back', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(new URL('/chapters/sesame-credit/#try-it-yourself', siteUrl).href);
    const widget = page.locator('[data-widget="sesame-score"]');
    await widget.scrollIntoViewIfNeeded();
    await waitForHydration(page);
    await widget.getByRole('button', { name: 'How You, 752' }).click();
    await expect.poll(() => page.url()).toContain('sesame-score=1.67-67-67-67-67');

    const opener = page.getByRole('link', { name: 'Embed this widget' });
    await tabTo(page, opener);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Embed “Move a Sesame Credit score”/ });
    expect(await dialog.isVisible()).toBe(true);

    const loader = dialog.getByRole('textbox', { name: 'Script' });
    expect(await loader.inputValue()).toContain('data-scored-scenario="1.67-67-67-67-67"');
    expect(await loader.inputValue()).toContain(`${new URL(siteUrl).origin}/embed.js`);

    // Focus never leaves the dialog while it is open.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')) || document.activeElement === document.body)).toBe(true);
    }

    await dialog.getByRole('radio', { name: 'Dark' }).check();
    expect(await dialog.getByRole('textbox', { name: 'Plain iframe' }).inputValue()).toContain('theme=dark');
    await dialog.getByRole('checkbox', { name: /current scenario/ }).uncheck();
    expect(await loader.inputValue()).not.toContain('data-scored-scenario');

    await dialog.getByRole('button', { name: 'Copy script code' }).press('Enter');
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('The script code is copied. Paste it into your page.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await loader.inputValue());

    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it('without JavaScript, the same control leads to the embed gallery', async () => {
    const context = await browser().newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/chapters/rongcheng/', siteUrl).href);
    expect(await page.getByRole('link', { name: 'Embed this widget' }).getAttribute('href')).toBe('/embeds/#rongcheng-ledger');
    await context.close();
  });
});

describe('scrolly sequences as a stepper', () => {
  it('the site offers a stepper that works with buttons and arrow keys', async () => {
    const { context, page, report } = await openWatched(browser(), siteUrl, { viewport: DESKTOP });
    await page.goto(new URL('/chapters/sesame-credit/', siteUrl).href);
    const scrolly = page.locator('[data-scrolly]');
    const graphic = scrolly.locator('[data-scrolly-graphic]');
    await tabTo(page, scrolly.getByRole('button', { name: 'Step through with buttons' }));
    await page.keyboard.press('Enter');
    expect(await scrolly.getByRole('button', { name: 'Step through with buttons' }).getAttribute('aria-pressed')).toBe('true');
    expect(await scrolly.locator('[data-step-count]').textContent()).toBe('Step 1 of 6');
    expect(await scrolly.locator('.scrolly-step:visible').count()).toBe(1);

    await tabTo(page, scrolly.getByRole('button', { name: /Next/ }));
    await page.keyboard.press('Enter');
    expect(await graphic.getAttribute('data-state')).toBe('tiers');
    await page.keyboard.press('ArrowRight');
    expect(await graphic.getAttribute('data-state')).toBe('typical');
    await page.keyboard.press('End');
    expect(await graphic.getAttribute('data-state')).toBe('how-you');
    expect(await scrolly.locator('[data-step-count]').textContent()).toBe('Step 6 of 6');
    // Next is now disabled; focus moved to Previous rather than falling to the page.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/Previous/);
    await page.keyboard.press('Home');
    expect(await graphic.getAttribute('data-state')).toBe('range');
    expect(report.consoleErrors).toEqual([]);
    await context.close();
  });

  it('inside an iframe the sequence starts as a stepper, since sticky scrolling cannot work there', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: DESKTOP });
    await page.goto(new URL('/embeds/', siteUrl).href);
    await page.setContent(`<iframe title="chapter" src="${new URL('/chapters/rongcheng/', siteUrl).href}" width="800" height="700"></iframe>`);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('[data-scrolly]').getAttribute('class')).toContain('is-stepper');
    expect(await frame.locator('[data-step-count]').textContent()).toBe('Step 1 of 7');
    await frame.getByRole('button', { name: /Next/ }).click();
    expect(await frame.locator('[data-scrolly-graphic]').getAttribute('data-state')).toBe('seeds');
    await context.close();
  });

  it('?steps opens the stepper, and a step link opens at that step', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: PHONE });
    await page.goto(new URL('/chapters/rongcheng/?steps#step-tv', siteUrl).href);
    expect(await page.locator('[data-scrolly]').getAttribute('class')).toContain('is-stepper');
    expect(await page.locator('[data-scrolly-graphic]').getAttribute('data-state')).toBe('tv');
    expect(await page.locator('[data-step-count]').textContent()).toBe('Step 5 of 7');
    await context.close();
  });
});

describe('the plain iframe code', () => {
  it.each(widgets.map((w) => [w.id, w.embedHeight] as const))('%s: its fixed height (%i px) fits the default view at 320 px without much to spare', async (id, embedHeight) => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: { width: 320, height: 640 } });
    await page.goto(new URL(`/embed/${id}/`, siteUrl).href);
    await waitForHydration(page);
    const contentHeight = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    expect(contentHeight, `set embedHeight in src/widgets/${id}/widget.ts to at least ${contentHeight}`).toBeLessThanOrEqual(embedHeight);
    expect(embedHeight - contentHeight, `embedHeight for ${id} leaves a large empty gap`).toBeLessThanOrEqual(150);
    await context.close();
  });
});

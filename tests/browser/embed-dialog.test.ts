import { describe, expect, inject, it } from 'vitest';
import { DESKTOP, PHONE, openWatched, waitForHydration, useBrowser } from '../support/chromium';
import { tabTo } from '../support/keyboard';
import { referenceWidget } from '../support/fixtures';
import { chapterPages, widgetHomeOf } from '../support/site-pages';
import { controlOf } from '../support/widget-actions';
import { widgets } from '../../src/widgets/registry';
import { embedWidget } from '../../src/widgets/text';
import { encodeState } from '../../src/widgets/url-state';
import { dictionary, fill } from '../../src/i18n';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
/** The UI's words come from the dictionary, so these tests hold in any locale and after any rewording. */
const { embed: words, scrolly: stepper } = dictionary('en').site;
const stepCount = (n: number, total: number) => fill(stepper.count, { n, total });

describe('the Embed dialog in a chapter', () => {
  it('opens by keyboard, keeps focus inside, carries the reader\'s scenario, copies with a confirmation, and gives focus back', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
    const { id, widget, fixture } = referenceWidget;
    const scenario = encodeState(widget.codec, fixture.primary.after);
    await page.goto(new URL(widgetHomeOf(id), siteUrl).href);
    const root = page.locator(`[data-widget="${id}"]`);
    await root.scrollIntoViewIfNeeded();
    await waitForHydration(page, id);
    await controlOf(root, fixture.primary).click();
    await expect.poll(() => new URL(page.url()).searchParams.get(id)).toBe(scenario);

    const opener = page.locator(`[data-embed-open="${id}"]`);
    expect(await opener.textContent()).toContain(words.open);
    await tabTo(page, opener);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: fill(words.dialogTitle, { title: embedWidget(widget, 'en').title }) });
    expect(await dialog.isVisible()).toBe(true);

    const loader = dialog.getByRole('textbox', { name: words.codes.loader.title, exact: true });
    expect(await loader.inputValue()).toContain(`data-scored-scenario="${scenario}"`);
    expect(await loader.inputValue()).toContain(`${new URL(siteUrl).origin}/embed.js`);

    // Focus never leaves the dialog while it is open.
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')) || document.activeElement === document.body)).toBe(true);
    }

    await dialog.getByRole('radio', { name: words.themes.dark }).check();
    expect(await dialog.getByRole('textbox', { name: words.codes.iframe.title }).inputValue()).toContain('theme=dark');
    await dialog.getByRole('checkbox', { name: words.scenario }).uncheck();
    expect(await loader.inputValue()).not.toContain('data-scored-scenario');

    const { name } = words.codes.loader;
    await dialog.getByRole('button', { name: fill(words.copy, { name }) }).press('Enter');
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe(fill(words.copied, { name }));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await loader.inputValue());

    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });

  it.each(widgets.map((w) => w.id))('without JavaScript, the control beside %s leads to its place in the embed gallery', async (id) => {
    const context = await browser().newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL(widgetHomeOf(id), siteUrl).href);
    const opener = page.locator(`[data-embed-open="${id}"]`);
    expect(await opener.textContent()).toContain(words.open);
    expect(await opener.getAttribute('href')).toBe(`/embeds/#${id}`);
    await context.close();
  });
});

/** The first chapter with a scrolly, and the states its steps show, read from the built page. */
async function scrollyChapter(page: import('playwright-core').Page): Promise<{ path: string; states: string[] }> {
  for (const path of chapterPages()) {
    await page.goto(new URL(path, siteUrl).href);
    const states = await page.locator('[data-scrolly]').first().locator('[data-scrolly-step]').evaluateAll((steps) => steps.map((s) => s.getAttribute('data-show')!));
    if (states.length > 2) return { path, states };
  }
  throw new Error('no chapter has a scrolly of three steps or more');
}

describe('scrolly sequences as a stepper', () => {
  it('the site offers a stepper that works with buttons and arrow keys', async () => {
    const { context, page, report } = await openWatched(browser(), siteUrl, { viewport: DESKTOP });
    const { states } = await scrollyChapter(page);
    const scrolly = page.locator('[data-scrolly]').first();
    const graphic = scrolly.locator('[data-scrolly-graphic]');
    const mode = scrolly.getByRole('button', { name: stepper.mode });
    await tabTo(page, mode);
    await page.keyboard.press('Enter');
    expect(await mode.getAttribute('aria-pressed')).toBe('true');
    expect(await scrolly.locator('[data-step-count]').textContent()).toBe(stepCount(1, states.length));
    expect(await scrolly.locator('.scrolly-step:visible').count()).toBe(1);

    await tabTo(page, scrolly.locator('[data-step-next]'));
    await page.keyboard.press('Enter');
    expect(await graphic.getAttribute('data-state')).toBe(states[1]);
    await page.keyboard.press('ArrowRight');
    expect(await graphic.getAttribute('data-state')).toBe(states[2]);
    await page.keyboard.press('End');
    expect(await graphic.getAttribute('data-state')).toBe(states.at(-1));
    expect(await scrolly.locator('[data-step-count]').textContent()).toBe(stepCount(states.length, states.length));
    // Next is now disabled; focus moved to Previous rather than falling to the page.
    expect(await scrolly.locator('[data-step-previous]').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Home');
    expect(await graphic.getAttribute('data-state')).toBe(states[0]);
    expect(report.consoleErrors).toEqual([]);
    await context.close();
  });

  it('inside an iframe the sequence starts as a stepper, since sticky scrolling cannot work there', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: DESKTOP });
    const { path, states } = await scrollyChapter(page);
    await page.setContent(`<iframe title="chapter" src="${new URL(path, siteUrl).href}" width="800" height="700"></iframe>`);
    const frame = page.frameLocator('iframe');
    const scrolly = frame.locator('[data-scrolly]').first();
    await expect.poll(() => scrolly.getAttribute('class')).toContain('is-stepper');
    expect(await scrolly.locator('[data-step-count]').textContent()).toBe(stepCount(1, states.length));
    await scrolly.locator('[data-step-next]').click();
    expect(await scrolly.locator('[data-scrolly-graphic]').getAttribute('data-state')).toBe(states[1]);
    await context.close();
  });

  it('?steps opens the stepper, and a step link opens at that step', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: PHONE });
    const { path, states } = await scrollyChapter(page);
    const at = states.length - 2;
    await page.goto(new URL(`${path}?steps#step-${states[at]}`, siteUrl).href);
    const scrolly = page.locator('[data-scrolly]').first();
    expect(await scrolly.getAttribute('class')).toContain('is-stepper');
    expect(await scrolly.locator('[data-scrolly-graphic]').getAttribute('data-state')).toBe(states[at]);
    expect(await scrolly.locator('[data-step-count]').textContent()).toBe(stepCount(at + 1, states.length));
    await context.close();
  });
});

describe('the plain iframe code', () => {
  it.each(widgets.map((w) => [w.id, w.embedHeight] as const))('%s: its fixed height (%i px) fits the default view at 320 px without much to spare', async (id, embedHeight) => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: { width: 320, height: 640 } });
    await page.goto(new URL(`/embed/${id}/`, siteUrl).href);
    await waitForHydration(page);
    // Measured in the web fonts, as readers see it: under load the fallback face can still be
    // on screen after hydration, and its lines wrap differently.
    const contentHeight = await page.evaluate(async () => {
      await document.fonts.ready;
      return Math.ceil(document.documentElement.getBoundingClientRect().height);
    });
    expect(contentHeight, `set embedHeight in src/widgets/${id}/widget.ts to at least ${contentHeight}`).toBeLessThanOrEqual(embedHeight);
    expect(embedHeight - contentHeight, `embedHeight for ${id} leaves a large empty gap`).toBeLessThanOrEqual(150);
    await context.close();
  });
});

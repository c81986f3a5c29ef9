import { describe, expect, inject, it } from 'vitest';
import { PHONE, openWatched, useBrowser } from '../support/chromium';
import { chapterPages } from '../support/site-pages';
import { measureStage, scrollToStep } from '../support/stage';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

/** The laptop screen the stage rules are written for (README, "Design rules"), and the smallest phone. */
const LAPTOP = { width: 1280, height: 800 };
const SMALL_PHONE = { width: 360, height: 640 };

/**
 * The stage rules, for every scrolly on every chapter, read mid-story: the graphic fills its
 * stage, no text in it is under 12 px, the step being read stays readable beside or below it.
 */
describe.each(chapterPages())('scrolly stages in %s', (path) => {
  it.each([
    ['laptop', LAPTOP],
    ['phone', PHONE],
    ['small phone', SMALL_PHONE],
  ] as const)('at %s size the graphic fills its stage and its text is legible', async (size, viewport) => {
    const { context, page, report } = await openWatched(browser(), siteUrl, { viewport });
    await page.goto(new URL(path, siteUrl).href);
    const scrollies = page.locator('[data-scrolly]');
    for (let i = 0; i < (await scrollies.count()); i++) {
      const scrolly = scrollies.nth(i);
      const steps = await scrolly.locator('[data-scrolly-step]').count();
      const { show } = await scrollToStep(page, scrolly, Math.floor(steps / 2));
      const stage = await measureStage(scrolly);
      const where = `${path} scrolly ${i + 1}, step "${show}", ${size}: ${JSON.stringify(stage)}`;
      expect(stage.state, where).toBe(show);
      if (size === 'laptop') {
        expect(stage.drawingShare, `${where}: the drawing covers a third of the screen`).toBeGreaterThanOrEqual(1 / 3);
        expect(stage.stageShare, `${where}: the graphic is 60 % of its stage's height`).toBeGreaterThanOrEqual(0.6);
        expect(stage.drawingHeightShare, `${where}: the drawing is 60 % of the screen's height`).toBeGreaterThanOrEqual(0.6);
      }
      if (size === 'phone') expect(stage.drawingHeightShare, `${where}: the drawing takes 45 % of the screen's height`).toBeGreaterThanOrEqual(0.45);
      expect(stage.smallestText, `${where}: "${stage.smallestTextSample}" renders under 12 px`).toBeGreaterThanOrEqual(12);
      expect(stage.cardVisibleShare, `${where}: the step being read is mostly in view, not under the graphic`).toBeGreaterThanOrEqual(0.5);
      expect(stage.overflow, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(0);
    }
    expect(report.consoleErrors).toEqual([]);
    await context.close();
  });

  it('every step moves something the eye can follow: a glide as it changes, and a mark while it is read', async () => {
    const { context, page } = await openWatched(browser(), siteUrl, { viewport: LAPTOP, reducedMotion: 'no-preference' });
    await page.goto(new URL(path, siteUrl).href);
    const scrollies = page.locator('[data-scrolly]');
    for (let i = 0; i < (await scrollies.count()); i++) {
      const scrolly = scrollies.nth(i);
      const steps = await scrolly.locator('[data-scrolly-step]').count();
      // The page opens on the first step; each later one is scrolled to in turn.
      await scrollToStep(page, scrolly, 0);
      for (let s = 1; s < steps; s++) {
        const { show, glides } = await scrollToStep(page, scrolly, s);
        expect(glides, `${path} scrolly ${i + 1}: moving to step "${show}" starts a Web Animation`).toBeGreaterThan(0);
      }
      // While a step is read, some element is drawn otherwise than in the complete final state
      // ("*", no step read): the one its text talks about, marked.
      const unmarked = await scrolly.evaluate((root) => {
        const looks = [...root.querySelectorAll<HTMLElement>('[data-scrolly-graphic] [data-states]')].map((el) => JSON.parse(el.dataset.states!) as Record<string, unknown>);
        const states = [...root.querySelectorAll<HTMLElement>('[data-scrolly-step]')].map((step) => step.dataset.show!);
        const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
        return states.filter((state) => looks.every((look) => same(look[state] ?? look['*'], look['*'])));
      });
      expect(unmarked, `${path} scrolly ${i + 1}: steps drawn exactly as the final state`).toEqual([]);
    }
    await context.close();
  });
});

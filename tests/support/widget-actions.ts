import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { consequencesAt } from '../../src/model/system';
import { formatterFor, type Locale } from '../../src/i18n';
import type { FixtureAction, WidgetFixture } from '../../src/widgets/fixture';
import { tabTo } from './keyboard';

/** The action's control inside a widget: the first match, as a reader meets it. */
export const controlOf = (root: Locator, action: FixtureAction<unknown>): Locator => root.locator(action.control).first();

/** Tabs from wherever focus is to the action's control, as a keyboard user would, and presses its keys. */
export async function pressAction(page: Page, root: Locator, action: FixtureAction<unknown>): Promise<void> {
  await tabTo(page, controlOf(root, action));
  for (const key of action.keys) await page.keyboard.press(key === ' ' ? 'Space' : key);
}

/**
 * The widget shows the model's view of `state`: its score (the `data-score` hook and the
 * readout, formatted for the locale) and every consequence row locked or unlocked as the model
 * says at that score. Waits for the score, since a change renders a frame later.
 */
export async function expectWidgetState(root: Locator, fixture: WidgetFixture<unknown>, state: unknown, locale: Locale = 'en'): Promise<void> {
  const score = fixture.score(state);
  await expect.poll(() => root.getAttribute('data-score'), { timeout: 3000 }).toBe(score === null ? '' : String(score));
  if (score !== null) expect(await root.getByTestId('score').textContent()).toBe(formatterFor(locale).number(score));
  const unlocked = new Set(consequencesAt(fixture.system, score).unlocked.map((c) => c.id));
  const rows = await root.locator('[data-perk]').evaluateAll((els) => els.map((el) => [el.getAttribute('data-perk'), el.getAttribute('data-state')]));
  const expected = fixture.system.consequences.map((c) => [c.id, unlocked.has(c.id) ? 'unlocked' : 'locked']);
  expect(Object.fromEntries(rows), `consequence rows at score ${score}`).toEqual(Object.fromEntries(expected));
}

import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/svelte';
import MoveHouse from '../../src/widgets/move-house/MoveHouse.svelte';
import { moveHouseWords } from '../../src/widgets/move-house/words';
import { moveHouseIdentity } from '../../src/widgets/move-house/state';
import {
  OWN_RECORD,
  defaultMoveHouseState,
  describeMoveHouseChange as describeIn,
  loanTerms,
  moveHouseScore as scoreIn,
  moveTo,
  neighbourhoodIds,
  setRule,
  stay,
  termsAt,
  type MoveHouseVoice,
  type NeighbourhoodId,
  type RuleId,
} from '../../src/model/move-house';
import { encodeState } from '../../src/widgets/url-state';
import { formatterFor } from '../../src/i18n';
import { renderWidget, widgetTestHooks } from '../support/widget-render';

const words = moveHouseWords('en');
const { data } = words;
const moveHouseScore = (state: Parameters<typeof scoreIn>[1]) => scoreIn(data, state);
const describeMoveHouseChange = (...args: Parameters<typeof describeIn> extends [unknown, ...infer Rest] ? Rest : never) => describeIn(data, ...args);
const format = formatterFor('en');
const voice: MoveHouseVoice = { copy: words.copy, common: words.common, format, house: words.house };

const place = (id: NeighbourhoodId) => document.querySelector<HTMLButtonElement>(`[data-place="${id}"]`)!;
const rule = (id: RuleId) => document.querySelector<HTMLButtonElement>(`[data-choice="${id}"]`)!;
const stayButton = () => document.querySelector<HTMLButtonElement>('[data-stay]')!;
const perk = (id: string) => document.querySelector<HTMLElement>(`[data-perk="${id}"]`)!;
const score = () => screen.getByTestId('score').textContent;
const announcement = () => screen.getByRole('status').textContent;
const setup = (props: { syncUrl?: boolean } = { syncUrl: false }) => renderWidget(MoveHouse, { sources: {}, words, ...props });

describe('move-house widget', () => {
  widgetTestHooks();

  it('opens in Riverside under the one-factor rule: the score, the standard rate and nothing announced', () => {
    setup();
    expect(score()).toBe(format.number(moveHouseScore(defaultMoveHouseState)));
    expect(screen.getByTestId('score').closest('p')!.querySelector('.evidence')!.getAttribute('data-kind')).toBe('illustrative');
    expect(place('riverside').getAttribute('aria-pressed')).toBe('true');
    expect(rule('one-factor').getAttribute('aria-pressed')).toBe('true');
    expect(perk('standard-rate').getAttribute('data-state')).toBe('unlocked');
    expect(perk('best-rate').getAttribute('data-state')).toBe('locked');
    expect(screen.getByTestId('rate').textContent).toContain(format.percent(termsAt(moveHouseScore(defaultMoveHouseState))!.rate));
    expect(stayButton().disabled).toBe(true);
    expect(announcement()).toBe('');
  });

  it('is a grid of nine buttons, each saying the score you would have there', () => {
    setup();
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-city] button, [data-testid="city"] button')];
    expect(buttons.map((b) => b.getAttribute('data-place'))).toEqual([...neighbourhoodIds]);
    for (const id of neighbourhoodIds) expect(place(id).textContent).toContain(format.number(moveHouseScore(moveTo(defaultMoveHouseState, id))));
  });

  it('moves by keyboard, loses the loan and announces it in the model’s words', async () => {
    const user = setup();
    place('station').focus();
    await user.keyboard('{Enter}');
    await vi.advanceTimersByTimeAsync(200);
    const to = moveTo(defaultMoveHouseState, 'station');
    expect(place('station').getAttribute('aria-pressed')).toBe('true');
    expect(place('riverside').getAttribute('aria-pressed')).toBe('false');
    expect(score()).toBe(format.number(moveHouseScore(to)));
    expect(perk('loan-offered').getAttribute('data-state')).toBe('locked');
    expect(screen.getByTestId('rate').textContent).toContain(words.ui.refused);
    expect(announcement()).toBe(describeMoveHouseChange(defaultMoveHouseState, to, [{ move: 'station' }], voice));
  });

  it('under Schufa’s new score only a fresh address costs, and staying wins it back', async () => {
    const user = setup();
    await user.click(rule('new-score'));
    await user.click(place('station'));
    await vi.advanceTimersByTimeAsync(200);
    const moved = moveTo(setRule(defaultMoveHouseState, 'new-score'), 'station');
    expect(score()).toBe(format.number(moveHouseScore(moved)));
    expect(stayButton().disabled).toBe(false);
    await user.click(stayButton());
    await vi.advanceTimersByTimeAsync(200);
    expect(score()).toBe(format.number(OWN_RECORD));
    expect(announcement()).toBe(describeMoveHouseChange(moved, stay(moved), [{ stay: true }], voice));
    expect(screen.getByTestId('rule-detail').textContent).toContain('100');
  });

  it('under the 2024 draft ban every neighbourhood gives the same score, and the rule says it never passed', async () => {
    const user = setup();
    await user.click(rule('draft-ban'));
    await vi.advanceTimersByTimeAsync(200);
    for (const id of neighbourhoodIds) expect(place(id).textContent).toContain(format.number(OWN_RECORD));
    expect(screen.getByTestId('rule-detail').textContent).toContain('7 February 2024');
    expect(screen.getByTestId('rule-detail').querySelector('.evidence')!.getAttribute('data-kind')).toBe('documented');
    await user.click(place('station'));
    await vi.advanceTimersByTimeAsync(200);
    expect(score()).toBe(format.number(OWN_RECORD));
    expect(perk('best-rate').getAttribute('data-state')).toBe('unlocked');
    expect(screen.getByTestId('rate').textContent).toContain(format.percent(loanTerms[2].rate));
  });

  it('opens the scenario in the URL and writes each change back; a bad one opens the default', async () => {
    const state = { rule: 'new-score' as const, home: 'harbour' as const, settled: false };
    history.replaceState(null, '', `/?move-house=${encodeState(moveHouseIdentity.codec, state)}`);
    const user = setup({});
    expect(place('harbour').getAttribute('aria-pressed')).toBe('true');
    expect(score()).toBe(format.number(moveHouseScore(state)));
    await user.click(rule('one-factor'));
    await vi.advanceTimersByTimeAsync(300);
    expect(new URLSearchParams(location.search).get('move-house')).toBe(encodeState(moveHouseIdentity.codec, setRule(state, 'one-factor')));
  });

  it('ignores a bad scenario', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    history.replaceState(null, '', '/?move-house=1.zzz');
    setup({});
    expect(place('riverside').getAttribute('aria-pressed')).toBe('true');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { renderWidget, widgetTestHooks } from '../support/widget-render';
import WechatDay from '../../src/widgets/wechat-day/WechatDay.svelte';
import { wechatDayWords } from '../../src/widgets/wechat-day/words';
import { wechatDayIdentity } from '../../src/widgets/wechat-day/state';
import {
  activityIds,
  DAY_START,
  defaultWechatDayState,
  describeWechatDayChange as describeIn,
  setDay,
  toggleActivity,
  wechatDayScore as scoreIn,
  type ActivityId,
  type DayId,
  type WechatDayState,
  type WechatDayVoice,
} from '../../src/model/wechat-day';
import { encodeState } from '../../src/widgets/url-state';
import { wechatDayData as data } from '../../src/model/wechat-day-data';
import { formatterFor } from '../../src/i18n';

const words = wechatDayWords('en');
const format = formatterFor('en');
const voice: WechatDayVoice = { copy: words.copy, common: words.common, format, day: words.day };
const doing = (...ids: ActivityId[]): WechatDayState => ids.reduce(toggleActivity, defaultWechatDayState);
const wechatDayScore = (state: WechatDayState) => scoreIn(data, state);
const describeWechatDayChange = (from: WechatDayState, to: WechatDayState, actions: Parameters<typeof describeIn>[3], v: WechatDayVoice) => describeIn(data, from, to, actions, v);

const tap = (id: ActivityId) => document.querySelector<HTMLButtonElement>(`[data-choice="${id}"]`)!;
const dayButton = (id: DayId) => document.querySelector<HTMLButtonElement>(`[data-choice="${id}"]`)!;
const perk = (id: string) => document.querySelector<HTMLElement>(`[data-perk="${id}"]`)!;
const waiver = (id: string) => document.querySelector<HTMLElement>(`[data-waiver="${id}"]`)!;
const announcement = () => screen.getByRole('status');
const score = () => screen.getByTestId('score').textContent;

function setup(props: { syncUrl?: boolean } = { syncUrl: false }) {
  return renderWidget(WechatDay, { sources: {}, words, ...props });
}

describe('wechat-day widget', () => {
  widgetTestHooks();

  it('opens on 30 January 2018 with an empty day, the start score labelled illustrative, both perks locked and nothing announced', () => {
    setup();
    expect(score()).toBe(format.number(DAY_START));
    expect(screen.getByTestId('score').closest('p')!.querySelector('.evidence')!.getAttribute('data-kind')).toBe('illustrative');
    expect(dayButton('open').getAttribute('aria-pressed')).toBe('true');
    expect(dayButton('open').textContent).toMatch(/30 January 2018/);
    expect(activityIds.map((id) => tap(id).getAttribute('aria-pressed'))).toEqual(Array(8).fill('false'));
    expect(perk('mobike').getAttribute('data-state')).toBe('locked');
    expect(perk('webank').getAttribute('data-state')).toBe('locked');
    expect(within(screen.getByTestId('trail')).getByText(words.ui.trailEmpty)).toBeTruthy();
    expect(screen.getByTestId('waivers').textContent).toContain(words.ui.noNumber);
    expect(announcement().textContent).toBe('');
  });

  it('adds a tap’s records to the trail and its aspect to the profile, opens a perk and announces it in the model’s words', async () => {
    const user = setup();
    tap('bike').focus();
    await user.keyboard('{Enter}');
    await vi.advanceTimersByTimeAsync(200);
    expect(tap('bike').getAttribute('aria-pressed')).toBe('true');
    expect(score()).toBe(format.number(wechatDayScore(doing('bike'))!));
    const records = [...document.querySelectorAll('[data-trail="bike"] [data-keeper]')].map((li) => li.getAttribute('data-keeper'));
    expect(records).toEqual(['platform', 'operator', 'bank']);
    expect(document.querySelector('[data-trail="bike"]')!.textContent).toContain(words.day.trail.bike.operator);
    expect(document.querySelector('[data-aspect="credit-history"]')!.textContent).toContain(words.day.activities.bike.label);
    expect(perk('mobike').getAttribute('data-state')).toBe('unlocked');
    expect(announcement().textContent).toBe(describeWechatDayChange(defaultWechatDayState, doing('bike'), [{ activity: 'bike' }], voice));
  });

  it('makes the score vanish on 31 January 2018, locks the perks and says why, and brings it back on the 30th', async () => {
    const user = setup();
    await user.click(tap('bike'));
    await vi.advanceTimersByTimeAsync(200);
    await user.click(dayButton('pulled'));
    await vi.advanceTimersByTimeAsync(200);
    expect(score()).toBe(words.ui.notOffered);
    expect(perk('mobike').getAttribute('data-state')).toBe('locked');
    expect(screen.getByTestId('perks-closed').textContent).toBe(words.ui.perksClosed);
    expect(announcement().textContent).toBe(describeWechatDayChange(doing('bike'), setDay(doing('bike'), 'pulled'), [{ day: 'pulled' }], voice));
    await user.click(dayButton('open'));
    await vi.advanceTimersByTimeAsync(200);
    expect(score()).toBe(format.number(wechatDayScore(doing('bike'))!));
    expect(perk('mobike').getAttribute('data-state')).toBe('unlocked');
  });

  it('opens WeChat Pay Score’s reported waivers only in 2019 with records of its three parts, and shows it no number', async () => {
    const user = setup();
    await user.click(tap('doctor'));
    await user.click(tap('bike'));
    expect(waiver('power-banks').getAttribute('data-state')).toBe('locked');
    await user.click(dayButton('pay-score'));
    await vi.advanceTimersByTimeAsync(200);
    expect(waiver('power-banks').getAttribute('data-state')).toBe('unlocked');
    expect(waiver('hotels').getAttribute('data-state')).toBe('unlocked');
    expect(waiver('hotels').querySelector('.evidence')!.getAttribute('data-kind')).toBe('reported');
    expect(screen.getByTestId('waivers').querySelector('ul')!.textContent).not.toMatch(/\d/);
    expect(announcement().textContent).toContain(words.day.change.waiversOpen);
    await user.click(tap('doctor'));
    expect(waiver('power-banks').getAttribute('data-state')).toBe('locked');
  });

  it('opens the scenario in the URL and writes each change back; a bad one opens the default', async () => {
    const state = setDay(doing('lunch', 'train'), 'pulled');
    history.replaceState(null, '', `/?wechat-day=${encodeState(wechatDayIdentity.codec, state)}`);
    const user = setup({});
    expect(score()).toBe(words.ui.notOffered);
    expect(tap('lunch').getAttribute('aria-pressed')).toBe('true');
    await user.click(dayButton('open'));
    await vi.advanceTimersByTimeAsync(200);
    expect(new URLSearchParams(location.search).get('wechat-day')).toBe(encodeState(wechatDayIdentity.codec, setDay(state, 'open')));
  });

  it('starts the day again: the trail empties, the score goes back to its start, and it says so', async () => {
    const user = setup();
    const clear = document.querySelector<HTMLButtonElement>('[data-clear]')!;
    expect(clear.disabled).toBe(true);
    await user.click(tap('lunch'));
    await user.click(tap('train'));
    await vi.advanceTimersByTimeAsync(200);
    expect(clear.disabled).toBe(false);
    await user.click(clear);
    await vi.advanceTimersByTimeAsync(200);
    expect(score()).toBe(format.number(DAY_START));
    expect(document.querySelectorAll('[data-trail]')).toHaveLength(0);
    expect(announcement().textContent).toBe(describeWechatDayChange(doing('lunch', 'train'), defaultWechatDayState, [{ clear: true }], voice));
    expect(announcement().textContent).toMatch(/^The day starts again, with nothing done\. Score 610 to 580/);
  });

  it('ignores an unreadable scenario', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    history.replaceState(null, '', '/?wechat-day=1.open-zz');
    setup({});
    expect(score()).toBe(format.number(DAY_START));
  });
});

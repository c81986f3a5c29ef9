import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import FicoBuilder from '../../src/widgets/fico-builder/FicoBuilder.svelte';
import { ficoWords } from '../../src/widgets/fico-builder/words';
import { ficoIdentity } from '../../src/widgets/fico-builder/state';
import { defaultFicoState, describeFicoChange, ficoScore, findProfile, setStanding, type FicoVoice } from '../../src/model/fico';
import { ficoData } from '../../src/widgets/fico-builder/data';
import { decodeState, encodeState } from '../../src/widgets/url-state';
import { formatterFor } from '../../src/i18n/format';
import { renderWidget, widgetTestHooks } from '../support/widget-render';

const words = ficoWords('en');
const format = formatterFor('en');
const voice: FicoVoice = { copy: words.copy, common: words.common, format, fico: words.fico };
const score = () => screen.getByTestId('score').textContent;
const announcement = () => screen.getByRole('status');
const perk = (id: string) => document.querySelector<HTMLElement>(`[data-perk="${id}"]`)!;
const profile = (id: string) => document.querySelector<HTMLButtonElement>(`[data-profile="${id}"]`)!;
const slider = (id: string) => document.querySelector<HTMLInputElement>(`[data-part="${id}"]`)!;
const setup = (props: { syncUrl?: boolean } = { syncUrl: false }) => renderWidget(FicoBuilder, { sources: {}, words, ...props });

describe('fico-builder widget', () => {
  widgetTestHooks();

  it('opens in the middle of every category, the score labelled illustrative, its band and the loan line shown', () => {
    setup();
    expect(score()).toBe(format.number(ficoScore(ficoData, defaultFicoState)));
    expect(screen.getByTestId('score').closest('p')!.querySelector('.evidence')!.getAttribute('data-kind')).toBe('illustrative');
    expect(screen.getByTestId('grade').textContent).toContain(words.copy.bands.poor!.label);
    expect(perk('likely-declined').getAttribute('data-state')).toBe('unlocked');
    expect(perk('score-dating-app').getAttribute('data-state')).toBe('locked');
    expect(announcement().textContent).toBe('');
  });

  it('labels every slider with its category and published weight, and its weight as documented', () => {
    setup();
    expect(screen.getAllByRole('slider').map((s) => s.getAttribute('aria-valuetext'))).toEqual(Array(5).fill('50 of 100'));
    expect(screen.getByRole('slider', { name: /Payment history\s+35% of the score/ })).toBeTruthy();
    expect(screen.getByRole('slider', { name: /Credit mix\s+10% of the score/ })).toBeTruthy();
    const kinds = [...document.querySelectorAll('fieldset .evidence')].map((e) => e.getAttribute('data-kind'));
    expect(kinds).toEqual(['documented', 'illustrative']);
  });

  it('labels the dating app’s line documented and the rate tiers illustrative, where they are shown', () => {
    setup();
    expect(perk('score-dating-app').querySelector('.evidence')!.getAttribute('data-kind')).toBe('documented');
    expect(perk('score-dating-app').textContent).toContain(format.number(675));
    for (const id of ['likely-declined', 'high-rate-loan', 'standard-rate-loan', 'best-rate-loan']) {
      expect(perk(id).querySelector('.evidence')!.getAttribute('data-kind'), id).toBe('illustrative');
    }
  });

  it('a burst of slider moves is announced once, when it settles, in the model’s words', async () => {
    setup();
    for (const value of [51, 52, 53]) await fireEvent.input(slider('payment-history'), { target: { value: String(value) } });
    const after = setStanding(defaultFicoState, 'payment-history', 53);
    expect(score()).toBe(format.number(ficoScore(ficoData, after)));
    expect(perk('high-rate-loan').getAttribute('data-state')).toBe('unlocked');
    await vi.advanceTimersByTimeAsync(300);
    expect(announcement().textContent).toBe('');
    await vi.advanceTimersByTimeAsync(800);
    expect(announcement().textContent).toBe(describeFicoChange(ficoData, defaultFicoState, after, voice));
    expect(announcement().textContent).toMatch(/^Score 575 to 581 \(\+6\), band now Fair\./);
  });

  it('a profile sets every category, says its story and announces its name', async () => {
    const user = setup();
    profile('long-clean-record').focus();
    await user.keyboard('{Enter}');
    await vi.advanceTimersByTimeAsync(200);
    const clean = findProfile(ficoData, 'long-clean-record').state;
    expect(score()).toBe(format.number(ficoScore(ficoData, clean)));
    expect(slider('payment-history').value).toBe(String(clean.standings['payment-history']));
    expect(perk('score-dating-app').getAttribute('data-state')).toBe('unlocked');
    expect(perk('best-rate-loan').getAttribute('data-state')).toBe('unlocked');
    expect(screen.getByTestId('note').textContent).toContain(words.fico.profiles['long-clean-record'].story);
    expect(announcement().textContent).toBe(describeFicoChange(ficoData, defaultFicoState, clean, voice, 'long-clean-record'));
  });

  it('opens the scenario in the URL and writes each change back; a bad one opens the default', async () => {
    const state = findProfile(ficoData, 'missed-payments').state;
    history.replaceState(null, '', `/?fico-builder=${encodeState(ficoIdentity.codec, state)}`);
    const user = setup({});
    expect(score()).toBe(format.number(ficoScore(ficoData, state)));
    await user.click(profile('new-to-credit'));
    await vi.advanceTimersByTimeAsync(200);
    expect(new URLSearchParams(location.search).get('fico-builder')).toBe(encodeState(ficoIdentity.codec, findProfile(ficoData, 'new-to-credit').state));
  });

  it('its codec round-trips a state and returns null for anything it did not write', () => {
    const { codec } = ficoIdentity;
    const state = findProfile(ficoData, 'new-to-credit').state;
    expect(decodeState(codec, encodeState(codec, state))).toEqual(state);
    for (const bad of ['1.50-50-50-50', '1.50-50-50-50-101', '1.a-50-50-50-50', '2.50-50-50-50-50', '1.50-50-50-50-50-50', '', '1.']) {
      expect(decodeState(codec, bad), bad).toBeNull();
    }
  });
});

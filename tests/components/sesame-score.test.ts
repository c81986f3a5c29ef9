import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within, fireEvent } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SesameScore from '../../src/widgets/sesame-score/SesameScore.svelte';
import { describePreset, findPreset } from '../../src/model/sesame';
import { voiceFor } from '../../src/model/copy';
import { wordsFor } from '../support/words';

const words = wordsFor('sesame-score');

const score = () => Number(screen.getByTestId('score').textContent);
const perk = (id: string) => document.querySelector<HTMLElement>(`[data-perk="${id}"]`)!;
const announcement = () => screen.getByRole('status');

describe('sesame-score widget', () => {
  beforeEach(() => {
    history.replaceState(null, '', '/');
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => vi.useRealTimers());

  it('opens on the typical 2015 user, just short of the first perk', () => {
    render(SesameScore, { props: { sources: {}, syncUrl: false, words } });
    expect(score()).toBe(590);
    expect(within(perk('suzhou-bikes')).getByText('Locked')).toBeTruthy();
    expect(announcement().textContent).toBe('');
  });

  it('choosing How You unlocks the visa perks and says so once in the live region', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(SesameScore, { props: { sources: {}, syncUrl: false, words } });
    await user.click(screen.getByRole('button', { name: 'How You, 752' }));
    expect(score()).toBe(752);
    expect(within(perk('singapore-visa')).getByText('Unlocked')).toBeTruthy();
    expect(within(perk('canada-finances')).getByText('Unlocked')).toBeTruthy();
    await vi.advanceTimersByTimeAsync(100);
    expect(announcement().textContent).toMatch(/^Profile: How You, 752\. Score 590 to 752 \(\+162\), tier now Excellent\. Unlocked: .*Singapore visa/);
    expect(screen.getByTestId('note').textContent).toContain(describePreset(findPreset('how-you'), voiceFor('en', 'sesame')).story);
  });

  it('a missed repayment drops the score and names the perks lost', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(SesameScore, { props: { sources: {}, syncUrl: false, words } });
    await user.click(screen.getByRole('button', { name: 'How You, 752' }));
    await vi.advanceTimersByTimeAsync(100);
    await user.click(screen.getByRole('button', { name: /Miss a credit repayment/ }));
    expect(score()).toBe(710);
    expect(within(perk('luxembourg-visa')).getByText('Locked')).toBeTruthy();
    await vi.advanceTimersByTimeAsync(100);
    expect(announcement().textContent).toContain('Lost: Luxembourg (Schengen) visa application; Japan visa application (certain provinces); Proof of funds for a Canadian visa.');
  });

  it('posting criticism changes nothing and says why', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(SesameScore, { props: { sources: {}, syncUrl: false, words } });
    await user.click(screen.getByRole('button', { name: /Post criticism/ }));
    expect(score()).toBe(590);
    await vi.advanceTimersByTimeAsync(100);
    expect(announcement().textContent).toMatch(/no effect, Ant says\. Score stays at 590\./);
    expect(screen.getByTestId('note').textContent).toMatch(/social-media posts do not affect the score/);
  });

  it('a burst of slider moves is announced once, when it settles', async () => {
    render(SesameScore, { props: { sources: {}, syncUrl: false, words } });
    const slider = screen.getByRole('slider', { name: /Credit history/ });
    for (const value of [41, 42, 43, 44, 45]) await fireEvent.input(slider, { target: { value: String(value) } });
    expect(score()).toBe(601);
    expect(slider.getAttribute('aria-valuetext')).toBe('45 of 100');
    await vi.advanceTimersByTimeAsync(300);
    expect(announcement().textContent).toBe('');
    await vi.advanceTimersByTimeAsync(800);
    expect(announcement().textContent).toBe('Score 590 to 601 (+11), tier now Good. Unlocked: Deposit-free public bikes in Suzhou.');
  });

  it('every slider is labelled with its dimension and weight', () => {
    render(SesameScore, { props: { sources: {}, syncUrl: false, words } });
    expect(screen.getAllByRole('slider').map((s) => s.getAttribute('aria-valuetext'))).toEqual(Array(5).fill('40 of 100'));
    expect(screen.getByRole('slider', { name: /Interpersonal relationships\s+5% of the score/ })).toBeTruthy();
  });

  it('opens the scenario in the URL and writes changes back to it', async () => {
    history.replaceState(null, '', '/chapters/sesame-credit/?sesame-score=1.67-67-67-67-67#try-it-yourself');
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(SesameScore, { props: { sources: {}, words } });
    await vi.advanceTimersByTimeAsync(0);
    expect(score()).toBe(752);
    await user.click(screen.getByRole('button', { name: /Repay your Huabei/ }));
    // Written once the change has been painted.
    await vi.waitFor(() => expect(location.search).toBe('?sesame-score=1.72-67-67-67-67'));
    expect(location.hash).toBe('#try-it-yourself');
  });

  it('ignores a hostile scenario with a warning instead of failing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    history.replaceState(null, '', `/?sesame-score=${encodeURIComponent('1.<img src=x onerror=alert(1)>')}`);
    render(SesameScore, { props: { sources: {}, words } });
    await vi.advanceTimersByTimeAsync(0);
    expect(score()).toBe(590);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('sesame-score'));
    expect(document.querySelector('img')).toBeNull();
    warn.mockRestore();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/svelte';
import { renderWidget, widgetTestHooks } from '../support/widget-render';
import JudgmentDebtor from '../../src/widgets/judgment-debtor/JudgmentDebtor.svelte';
import { debtorWords } from '../../src/widgets/judgment-debtor/words';
import { debtorIdentity } from '../../src/widgets/judgment-debtor/state';
import { defaultDebtorState, describeDebtorChange, nextStep, restart, type DebtorVoice } from '../../src/model/judgment-debtor';
import { encodeState } from '../../src/widgets/url-state';
import { formatterFor } from '../../src/i18n';

const words = debtorWords('en');
const voice: DebtorVoice = { copy: words.debtor, common: words.common, format: formatterFor('en') };
const next = () => document.querySelector<HTMLButtonElement>('[data-next], [data-restart]')!;
const option = (choice: string, id: string) => document.querySelector<HTMLInputElement>(`[data-choice="${choice}"] [data-option="${id}"]`)!;
const stage = (id: string) => document.querySelector<HTMLElement>(`[data-stage="${id}"]`);
const text = (el: Element | null) => el!.textContent!.replace(/\s+/g, ' ').trim();
const announcement = () => screen.getByRole('status');
const restrictionStates = () => [...document.querySelectorAll('[data-restriction]')].map((r) => r.getAttribute('data-state'));

function setup(props: { syncUrl?: boolean } = { syncUrl: false }) {
  return renderWidget(JudgmentDebtor, { sources: {}, words, ...props });
}


describe('judgment-debtor widget', () => {
  widgetTestHooks();

  it('opens with the whole default path shown, every stage reached, and nothing announced', () => {
    setup();
    expect(screen.getByTestId('score').textContent).toBe('5');
    expect([...document.querySelectorAll('[data-perk]')].map((r) => r.getAttribute('data-state'))).toEqual(Array(5).fill('unlocked'));
    expect([...document.querySelectorAll('[data-stage]')].map((s) => s.getAttribute('data-stage'))).toEqual(['judgment', 'deadline', 'decision', 'shaming', 'way-out']);
    expect(option('who', 'individual').checked).toBe(true);
    expect(option('conduct', 'able-but-refuses').checked).toBe(true);
    expect(next().hasAttribute('data-restart')).toBe(true);
    expect(announcement().textContent).toBe('');
  });

  it('an able debtor who evades is listed on that ground, and every restriction applies', async () => {
    const user = setup();
    await user.click(option('conduct', 'evades'));
    expect(text(stage('decision'))).toMatch(/^The court decides Listed as a dishonest judgment debtor, for evading enforcement\. The ground is what you did, not what you owe/);
    expect(restrictionStates().every((s) => s === 'applies')).toBe(true);
    expect(restrictionStates()).toHaveLength(11);
    expect(text(document.querySelector('[data-restriction="flights"]'))).toBe('Applies Flying');
    expect(text(stage('decision'))).toMatch(/In 2025, 4,461 people were\./);
    await vi.advanceTimersByTimeAsync(100);
    expect(announcement().textContent).toBe(describeDebtorChange({ ...defaultDebtorState, conduct: 'evades' }, words.data, voice));
  });

  it('walking from the judgment shows each stage in turn, and the restrictions only once the court decides', async () => {
    const user = setup();
    const reached = () => [...document.querySelectorAll('[data-stage]')].map((s) => s.getAttribute('data-reached'));
    await user.click(next());
    expect(screen.getByTestId('score').textContent).toBe('1');
    expect(reached()).toEqual(['yes', 'no', 'no', 'no', 'no']);
    expect(document.querySelector('[data-case]')).toBeNull();
    await user.click(next());
    expect(reached()).toEqual(['yes', 'yes', 'no', 'no', 'no']);
    expect(restrictionStates().every((s) => s === 'clear')).toBe(true);
    expect(text(stage('decision'))).toMatch(/^The court decides Ahead What a listed debtor may not buy/);
    await user.click(next());
    expect(restrictionStates().every((s) => s === 'applies')).toBe(true);
    expect(document.activeElement).toBe(next());
    await vi.advanceTimersByTimeAsync(100);
    expect(announcement().textContent).toBe(describeDebtorChange({ ...defaultDebtorState, step: 3 }, words.data, voice));
  });

  it('a company’s legal representative is bound in person', async () => {
    const user = setup();
    await user.click(option('who', 'company'));
    expect(text(stage('decision'))).toContain('They bind you as the company’s legal representative, and its responsible managers too.');
    expect(text(stage('decision'))).toMatch(/^The court decides The company is listed as a dishonest judgment debtor, for refusing to pay while able to, and you are named as its legal representative\./);
  });

  it('paying by the deadline lists no one: nothing applies, no shaming, nothing to leave', async () => {
    const user = setup();
    await user.click(option('conduct', 'pays'));
    expect(restrictionStates().every((s) => s === 'clear')).toBe(true);
    expect(text(stage('shaming'))).toMatch(/^The local court’s shaming No shaming: you are not on the list\./);
    expect(text(stage('way-out'))).toMatch(/Nothing to come off|There is nothing to leave/);
    expect(document.querySelector('[data-choice="exit"]')).toBeNull();
  });

  it('the unable-to-pay path: not listed as dishonest, says what the record leaves open, and shows no restriction as certain', async () => {
    const user = setup();
    await user.click(option('means', 'unable'));
    expect(document.querySelector('[data-choice="conduct"]')).toBeNull();
    const decision = text(stage('decision'));
    expect(decision).toMatch(/Not listed as dishonest: you cannot pay\. Since 2024 the Supreme People’s Court has told courts to separate/);
    expect(decision).toContain('our sources do not say how courts apply them to a debtor who cannot pay');
    expect(decision).toMatch(/illustrative/);
    expect(restrictionStates()).toEqual([]);
  });

  it('each shaming method shows its own documented case', async () => {
    const user = setup();
    expect(text(document.querySelector('[data-case]'))).toMatch(/^Guanyun county court, Jiangsu, July 2017: for 10 debtors/);
    await user.click(option('shaming', 'cinema'));
    expect(text(document.querySelector('[data-case]'))).toMatch(/^Hejiang county court, Sichuan, May 2018: .* 26 locally registered debtors, before films at more than 30 screenings a day\. documented/);
    await user.click(option('shaming', 'map'));
    expect(text(document.querySelector('[data-case]'))).toMatch(/within 500 metres/);
  });

  it('the way out: paying ends the listing; credit repair shows the chosen tier’s period and that the tier is illustrative', async () => {
    const user = setup();
    expect(text(stage('way-out'))).toContain('Liang Wenjuan');
    expect(text(stage('way-out'))).toContain('The message for your callers is removed on payment.');
    await user.click(option('exit', 'credit-repair'));
    expect(text(document.querySelector('[data-period]'))).toMatch(/^Credit repair, tier general: a record of this tier is shown for 3 to 12 months; once repaired, publication stops\./);
    await user.click(option('tier', 'minor'));
    expect(text(document.querySelector('[data-period]'))).toMatch(/tier minor: a record of this tier is shown for up to 3 months;/);
    expect(text(stage('way-out'))).toMatch(/Our sources do not say which tier a court listing falls in\. The tier you pick is yours\. illustrative/);
    expect(text(stage('way-out'))).toContain('In 2025, 2,669,600 debtors left the list through credit repair.');
  });

  it('keeps focus on the one walking button, from the judgment to the end and round again', async () => {
    const user = setup();
    next().focus();
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('score').textContent).toBe('1');
    for (let step = 2; step <= 5; step++) {
      await user.keyboard('{Enter}');
      expect(screen.getByTestId('score').textContent).toBe(String(step));
      expect(document.activeElement).toBe(next());
    }
    expect(next().hasAttribute('data-restart')).toBe(true);
    await user.keyboard(' ');
    expect(screen.getByTestId('score').textContent).toBe('1');
    expect(stage('deadline')!.getAttribute('data-reached')).toBe('no');
  });

  it('keeps the path in the URL and reopens it from there', async () => {
    const user = setup({});
    await user.click(next());
    await user.click(next());
    await user.click(option('conduct', 'obstructs'));
    await vi.advanceTimersByTimeAsync(200);
    const value = encodeState(debtorIdentity.codec, { ...nextStep(restart(defaultDebtorState)), conduct: 'obstructs' });
    expect(new URL(location.href).searchParams.get('judgment-debtor')).toBe(value);
    document.body.innerHTML = '';
    setup({});
    expect(option('conduct', 'obstructs').checked).toBe(true);
    expect(screen.getByTestId('score').textContent).toBe('2');
  });

  it.each(['1.zz', '9.1iarrpg', '1.7iarrpg', '1.1iarrp', 'x', '1.<b>'])('opens the default, without throwing, from the bad payload %s', (payload) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    history.replaceState(null, '', `/?judgment-debtor=${encodeURIComponent(payload)}`);
    expect(() => setup({})).not.toThrow();
    expect(screen.getByTestId('score').textContent).toBe('5');
    expect(warn).toHaveBeenCalledOnce();
  });
});

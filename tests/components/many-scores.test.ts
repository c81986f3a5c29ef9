import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { renderWidget, widgetTestHooks } from '../support/widget-render';
import ManyScores from '../../src/widgets/many-scores/ManyScores.svelte';
import { manyScoresWords } from '../../src/widgets/many-scores/words';
import { manyScoresIdentity } from '../../src/widgets/many-scores/state';
import {
  defaultManyScoresState,
  describeManyScoresChange,
  reachedBy,
  sesameOf,
  systemIds,
  toggleAction,
  type ActionId,
  type ManyScoresState,
  type ManyScoresVoice,
} from '../../src/model/many-scores';
import { manyScoresData as data } from '../../src/model/many-scores-data';
import { encodeState } from '../../src/widgets/url-state';
import { voiceFor } from '../../src/model/copy';
import { formatterFor } from '../../src/i18n';

const words = manyScoresWords('en');
const voice: ManyScoresVoice = { ...voiceFor('en', 'sesame'), copy: words.copy, many: words.many };
const format = formatterFor('en');

const card = (id: string) => document.querySelector<HTMLElement>(`[data-card="${id}"]`)!;
const toggle = (id: ActionId) => document.querySelector<HTMLButtonElement>(`[data-choice="${id}"]`)!;
const announcement = () => screen.getByRole('status');
/** Every card's words and states, to tell which ones a change touched. */
const cardTexts = () => Object.fromEntries(systemIds.map((id) => [id, `${card(id).getAttribute('data-standing')} ${card(id).textContent!.replace(/\s+/g, ' ')}`]));
const doing = (...ids: ActionId[]): ManyScoresState => ids.reduce(toggleAction, defaultManyScoresState);

function setup(props: { syncUrl?: boolean } = { syncUrl: false }) {
  return renderWidget(ManyScores, { sources: {}, words, ...props });
}

describe('many-scores widget', () => {
  widgetTestHooks();

  it('opens with eight cards at rest, every action unpressed, no total and nothing announced', () => {
    setup();
    expect(screen.getByTestId('score').textContent).toBe(format.number(sesameOf(data, defaultManyScoresState)));
    expect(systemIds.map((id) => card(id).getAttribute('data-standing'))).toEqual(systemIds.map(() => 'rest'));
    expect([...document.querySelectorAll('[data-choice]')].map((b) => b.getAttribute('aria-pressed'))).toEqual(Array(7).fill('false'));
    expect(screen.getByTestId('no-total').textContent).toMatch(/^No total\. Each system keeps its own scale/);
    expect(within(card('tencent')).getByText(/None of these actions reaches it\./).textContent).toMatch(/taken down on 31 January 2018/);
    expect(within(card('court-list')).getByTestId('standing').textContent!.replace(/\s+/g, ' ').trim()).toBe('This person: Not listed');
    expect(within(card('rongcheng')).getByTestId('standing').textContent!.replace(/\s+/g, ' ')).toMatch(/This person: 1,000 points No change as reported/);
    expect(announcement().textContent).toBe('');
  });

  it.each([
    ['ignore-judgment', 'Listed until you pay'],
    ['litter-rongcheng', 'Lower'],
    ['move-postcode', 'May change'],
    ['company-inspection', 'On the company’s record; a serious finding can get it listed'],
  ] as const)('%s changes exactly the cards it reaches, and says how', async (action, words) => {
    const user = setup();
    const before = cardTexts();
    await user.click(toggle(action));
    expect(toggle(action).getAttribute('aria-pressed')).toBe('true');
    const after = cardTexts();
    const changed = systemIds.filter((id) => before[id] !== after[id]);
    expect(changed).toEqual(reachedBy(data, action));
    for (const id of changed) {
      expect(within(card(id)).getByTestId('standing').textContent).toContain(words);
      expect(card(id).querySelector(`[data-reaction="${action}"]`)!.getAttribute('data-state')).not.toBe('idle');
    }
  });

  it('posting criticism changes no card', async () => {
    const user = setup();
    const before = cardTexts();
    await user.click(toggle('post-criticism'));
    expect(cardTexts()).toEqual(before);
    await vi.advanceTimersByTimeAsync(100);
    expect(announcement().textContent).toBe('Post criticism of the government online. No system reacts. Sesame Credit stays at 770.');
  });

  it('a missed repayment moves Sesame and Rongcheng by their models, flips the visa perks and lists the court’s restrictions only when a judgment is ignored', async () => {
    const user = setup();
    await user.click(toggle('miss-repayment'));
    const state = doing('miss-repayment');
    expect(screen.getByTestId('score').textContent).toBe(format.number(sesameOf(data, state)));
    expect(within(card('rongcheng')).getByTestId('standing').textContent).toMatch(/990\s*points/);
    expect(document.querySelector('[data-perk="luxembourg-visa"]')!.getAttribute('data-state')).toBe('locked');
    expect(document.querySelector('[data-restriction="flights"]')!.getAttribute('data-state')).toBe('clear');
    await vi.advanceTimersByTimeAsync(100);
    expect(announcement().textContent).toBe(describeManyScoresChange(data, defaultManyScoresState, state, voice));

    await user.click(toggle('ignore-judgment'));
    expect([...card('court-list').querySelectorAll('[data-restriction]')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Applies No flights',
      'Applies No high-speed trains',
      'Applies No star-rated hotels',
      'Applies No high-fee private schools for your children',
    ]);
  });

  it('works by keyboard: Enter and Space toggle, each change is announced once, and pressing again takes it back', async () => {
    const user = setup();
    toggle('litter-rongcheng').focus();
    await user.keyboard('{Enter}');
    await vi.advanceTimersByTimeAsync(100);
    expect(announcement().textContent).toBe(describeManyScoresChange(data, defaultManyScoresState, doing('litter-rongcheng'), voice));
    await user.keyboard(' ');
    await vi.advanceTimersByTimeAsync(100);
    expect(toggle('litter-rongcheng').getAttribute('aria-pressed')).toBe('false');
    expect(announcement().textContent).toBe('Undone: Drop litter in a Rongcheng village. Reached 1 of 8 systems: Rongcheng personal credit. Sesame Credit stays at 770.');
    expect(document.activeElement).toBe(toggle('litter-rongcheng'));
  });

  it('keeps the chosen actions in the URL and reopens them from it', async () => {
    const user = setup({});
    await user.click(toggle('miss-repayment'));
    await user.click(toggle('litter-rongcheng'));
    await vi.advanceTimersByTimeAsync(200);
    const value = encodeState(manyScoresIdentity.codec, doing('miss-repayment', 'litter-rongcheng'));
    expect(value).toBe('1.mr-lr');
    expect(new URL(location.href).searchParams.get('many-scores')).toBe(value);
    document.body.innerHTML = '';
    setup({});
    expect(toggle('miss-repayment').getAttribute('aria-pressed')).toBe('true');
    expect(toggle('litter-rongcheng').getAttribute('aria-pressed')).toBe('true');
    expect(within(card('rongcheng')).getByTestId('standing').textContent).toMatch(/980\s*points/);
  });

  it.each(['1.zz', '1.lr-mr', '1.mr-mr', '2.mr', '1.mr-', 'mr', '1.<b>'])('opens the default, without throwing, from the bad payload %s', (payload) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    history.replaceState(null, '', `/?many-scores=${encodeURIComponent(payload)}`);
    expect(() => setup({})).not.toThrow();
    expect([...document.querySelectorAll('[data-choice]')].every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
    expect(screen.getByTestId('score').textContent).toBe('770');
    expect(warn).toHaveBeenCalledOnce();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { renderWidget, widgetTestHooks } from '../support/widget-render';
import RongchengLedger from '../../src/widgets/rongcheng-ledger/RongchengLedger.svelte';
import { describePenalty, findLedgerItem, MAX_LEDGER_ENTRIES } from '../../src/model/rongcheng';
import { voiceFor } from '../../src/model/copy';
import { wordsFor } from '../support/words';

const words = wordsFor('rongcheng-ledger');

const score = () => screen.getByTestId('score').textContent!.trim();
const grade = () => screen.getByTestId('grade').textContent!.replace(/\s+/g, ' ').trim();
const perk = (id: string) => document.querySelector<HTMLElement>(`[data-perk="${id}"]`)!;
const announcement = () => screen.getByRole('status');
const penalties = () => screen.getByTestId('penalties');
const ledger = () => screen.getByRole('list', { name: 'Your ledger' });
const addButton = (name: RegExp) => screen.getByRole('button', { name });

function setup(props: { syncUrl?: boolean } = { syncUrl: false }) {
  return renderWidget(RongchengLedger, { sources: {}, words, ...props });
}

describe('rongcheng-ledger widget', () => {
  widgetTestHooks();

  it('opens at the reported 1,000 points, grade A, with an empty ledger and the board', () => {
    setup();
    expect(score()).toBe('1,000');
    expect(grade()).toMatch(/^Grade A 960–1,029 points illustrative/);
    expect(within(ledger()).getAllByRole('listitem')).toHaveLength(1);
    expect(within(ledger()).getByText('Start').closest('li')!.textContent).toMatch(/1,000 points\s+as reported/);
    expect(within(perk('village-rewards')).getByText('Locked')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'I consent to being scored' })).toHaveProperty('checked', true);
    expect(screen.getByTestId('standing').textContent).toBe('You rank 5 of 9 on the village board.');
    expect(screen.getByText('Neighbours other than Liu Guoping are made up.')).toBeTruthy();
    expect(within(penalties()).getByText('None of your entries carries a penalty of its own.')).toBeTruthy();
    expect(announcement().textContent).toBe('');
  });

  it('groups one add button per deed and offence, each showing its points', () => {
    setup();
    const deeds = screen.getByRole('list', { name: 'Good deeds' });
    const offences = screen.getByRole('list', { name: 'Offences' });
    expect(within(deeds).getByRole('button', { name: /Donate a 3,000-yuan TV to the village\s+\+30 points/ })).toBeTruthy();
    expect(within(offences).getByRole('button', { name: /Destroy public utility or communications equipment, causing a negative impact\s+−100 points/ })).toBeTruthy();
    expect(within(deeds).getAllByRole('button')).toHaveLength(4);
    expect(within(offences).getAllByRole('button')).toHaveLength(9);
    expect(within(deeds).getByText(/5 is what Baoji, another city, gives a county honour/)).toBeTruthy();
  });

  it('donating a TV makes 1,030, grade AA, unlocks village rewards and announces it once', async () => {
    const user = setup();
    await user.click(addButton(/^Donate a 3,000-yuan TV/));
    expect(score()).toBe('1,030');
    expect(grade()).toMatch(/^Grade AA 1,030–1,049 points/);
    expect(within(perk('village-rewards')).getByText('Unlocked')).toBeTruthy();
    expect(document.querySelector('[data-perk="utility-discounts"]')).toBeNull();
    expect(screen.getByTestId('elsewhere').textContent!.replace(/\s+/g, ' ')).toMatch(/^Another county's rule, not Rongcheng's: in Huantai county \(Zibo, central Shandong\), 1,050 points earns AAA/);
    const entry = within(ledger()).getAllByRole('listitem')[1]!;
    expect(entry.textContent).toMatch(/Donate a 3,000-yuan TV to the village\s*\+30 points\s*total 1,030/);
    expect(announcement().textContent).toBe('');
    await vi.advanceTimersByTimeAsync(100);
    expect(announcement().textContent).toBe(
      'Donate a 3,000-yuan TV to the village: +30 points. Score 1,000 to 1,030 (+30), grade now AA. Unlocked: Village rewards and praise on the board.',
    );
    expect(screen.getByTestId('standing').textContent).toBe('You rank 3 of 9 on the village board.');
  });

  it('removing an entry restores the score and keeps focus on a button', async () => {
    const user = setup();
    await user.click(addButton(/^Donate a 3,000-yuan TV/));
    await user.click(addButton(/^Drop sunflower-seed shells/));
    expect(score()).toBe('1,020');
    await vi.advanceTimersByTimeAsync(100);

    await user.click(screen.getByRole('button', { name: 'Remove: Donate a 3,000-yuan TV to the village (entry 1)' }));
    expect(score()).toBe('990');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Remove: Drop sunflower-seed shells/ }));
    await vi.advanceTimersByTimeAsync(100);
    expect(announcement().textContent).toBe(
      'Removed: Donate a 3,000-yuan TV to the village. Score 1,020 to 990 (−30). Lost: Village rewards and praise on the board.',
    );

    await user.click(screen.getByRole('button', { name: /^Remove: Drop sunflower-seed shells/ }));
    expect(score()).toBe('1,000');
    expect(within(ledger()).getAllByRole('listitem')).toHaveLength(1);
    expect(document.activeElement).toBe(addButton(/^Spend 8 hours installing/));
  });

  it('removing the last entry of several moves focus to the Remove button before it', async () => {
    const user = setup();
    await user.click(addButton(/^Your son joins the army/));
    await user.click(addButton(/^Receive a county-level honour/));
    await user.click(screen.getByRole('button', { name: /^Remove: Receive a county-level honour/ }));
    expect(score()).toBe('1,010');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Remove: Your son joins the army/ }));
  });

  it('clearing the ledger empties it and moves focus to the first add button', async () => {
    const user = setup();
    await user.click(addButton(/^Donate a 3,000-yuan TV/));
    await user.click(addButton(/^Donate a 3,000-yuan TV/));
    await user.click(screen.getByRole('button', { name: 'Clear ledger' }));
    expect(score()).toBe('1,000');
    expect(within(ledger()).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Clear ledger' })).toHaveProperty('disabled', true);
    expect(document.activeElement).toBe(addButton(/^Spend 8 hours installing/));
  });

  it('withdrawing consent shows Not scored, keeps the entries and hides the board', async () => {
    const user = setup();
    await user.click(addButton(/^Donate a 3,000-yuan TV/));
    await vi.advanceTimersByTimeAsync(100);
    await user.click(screen.getByRole('checkbox', { name: 'I consent to being scored' }));
    expect(score()).toBe('Not scored');
    expect(grade()).not.toMatch(/Grade/);
    expect(within(ledger()).getByText('Donate a 3,000-yuan TV to the village')).toBeTruthy();
    expect(screen.queryByTestId('board')).toBeNull();
    expect(screen.getByTestId('standing').textContent).toBe('Not on the board: without consent there is no score to rank.');
    expect(within(perk('village-rewards')).getByText('Locked')).toBeTruthy();
    await vi.advanceTimersByTimeAsync(100);
    expect(announcement().textContent).toBe('Consent withdrawn. No longer scored. Lost: Village rewards and praise on the board.');

    await user.click(screen.getByRole('checkbox', { name: 'I consent to being scored' }));
    expect(score()).toBe('1,030');
    expect(screen.getByTestId('board')).toBeTruthy();
    await vi.advanceTimersByTimeAsync(100);
    expect(announcement().textContent).toBe('Consent given. Scored at 1,030, grade AA. Unlocked: Village rewards and praise on the board.');
  });

  it('an offence the court decides lists the court as the source of the penalty, not the grade', async () => {
    const user = setup();
    await user.click(addButton(/^Get sued and found liable for an unpaid debt/));
    expect(score()).toBe('970');
    const expected = describePenalty(findLedgerItem('sued-for-debt'), voiceFor('en', 'rongcheng'));
    expect(within(penalties()).getByText((_, el) => el?.tagName === 'LI' && el.textContent!.startsWith(expected))).toBeTruthy();
    expect(within(penalties()).queryByText(/itself triggers/)).toBeNull();
    expect(within(penalties()).getByText(/a low score alone is never the basis for credit penalties/)).toBeTruthy();
  });

  it('at a low grade with no penalised offence, the panel says the grade triggers no penalty', async () => {
    const user = setup();
    for (let i = 0; i < 8; i++) await user.click(addButton(/^Pay public-service fees late/));
    expect(score()).toBe('840');
    expect(grade()).toMatch(/^Grade C/);
    expect(within(penalties()).getByText('None of your entries carries a penalty of its own.')).toBeTruthy();
    expect(within(penalties()).getByText(/Grade C itself triggers no penalty/)).toBeTruthy();
    // The 2015 ballot case is a dated note about the older scheme, never switched on by the score.
    expect(document.querySelector('[data-perk="off-the-ballot"]')).toBeNull();
    expect(within(penalties()).getByText(/struck off the ballot/).closest('li')!.textContent).toMatch(/^6 December 2015: /);
  });

  it('at grade C with a court penalty, says the grade itself triggers none of them', async () => {
    const user = setup();
    await user.click(addButton(/^Destroy public utility or communications equipment/));
    await user.click(addButton(/^Get sued and found in breach of contract/));
    await user.click(addButton(/^Get sued and found in breach of contract/));
    await user.click(addButton(/^Get sued and found liable/));
    expect(score()).toBe('770');
    const lines = within(within(penalties()).getByRole('list', { name: 'Where penalties come from' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^The police and the courts: /);
    expect(within(penalties()).getByText(/Grade C itself triggers none of these/)).toBeTruthy();
  });

  it('disables every add button at 40 entries, says why and keeps focus in the widget', async () => {
    const user = setup();
    const hoop = addButton(/^Spend 8 hours installing/);
    for (let i = 0; i < MAX_LEDGER_ENTRIES; i++) await user.click(hoop);
    expect(score()).toBe('1,080');
    const adds = [...document.querySelectorAll<HTMLButtonElement>('button[data-item]')];
    expect(adds.length).toBe(13);
    expect(adds.every((b) => b.disabled)).toBe(true);
    expect(screen.getByTestId('limit').textContent).toMatch(/holds at most 40 entries\. Remove one to add another\./);
    expect(document.activeElement).toBe(screen.getByTestId('limit'));
    await vi.advanceTimersByTimeAsync(100);
    expect(announcement().textContent).toMatch(/^Spend 8 hours installing the village basketball hoop: \+2 points, \d+ times\./);

    await user.click(screen.getAllByRole('button', { name: /^Remove:/ })[0]!);
    expect(hoop).toHaveProperty('disabled', false);
  });

  it('opens the ledger in the URL and writes changes back to it', async () => {
    history.replaceState(null, '', '/chapters/rongcheng/?rongcheng-ledger=1.c-tv-ss#try-the-ledger');
    const user = setup({ syncUrl: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(score()).toBe('1,020');
    expect(within(ledger()).getAllByRole('listitem')).toHaveLength(3);
    expect(within(penalties()).getByText(/^The village: a fine/)).toBeTruthy();
    await user.click(addButton(/^Your son joins the army/));
    // Written once the change has been painted.
    await vi.waitFor(() => expect(location.search).toBe('?rongcheng-ledger=1.c-tv-ss-sa'));
    expect(location.hash).toBe('#try-the-ledger');
  });

  it('ignores a hostile ledger in the URL with a warning instead of failing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    history.replaceState(null, '', `/?rongcheng-ledger=${encodeURIComponent('1.c-<script>')}`);
    setup({ syncUrl: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(score()).toBe('1,000');
    expect(within(ledger()).getAllByRole('listitem')).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('rongcheng-ledger'));
    expect(document.querySelector('.rongcheng-ledger script')).toBeNull();
  });

  it('marks the reader on the board with the word You and a different shape', () => {
    setup();
    const rows = within(screen.getByTestId('board')).getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('.name')!.textContent!.trim().split(/\s+/)[0])).toEqual([
      'The',
      'A',
      'Liu',
      'The',
      'You',
      'A',
      'A',
      'A',
      'A',
    ]);
    const you = rows[4]!;
    expect(you.textContent).toMatch(/Rank 5\s*You\s*1,000 points, grade · A/);
    expect(you.querySelector('svg path.you-mark')).not.toBeNull();
    expect(rows[0]!.querySelector('svg circle.dot')).not.toBeNull();
    for (const svg of document.querySelectorAll('.village svg')) expect(svg.getAttribute('aria-hidden')).toBe('true');
  });

  it('has no headings and no style attributes in its markup', async () => {
    const user = setup();
    await user.click(addButton(/^Donate a 3,000-yuan TV/));
    const root = document.querySelector('[data-widget="rongcheng-ledger"]')!;
    // Only the root carries styles, set from script (CSSOM), which a strict CSP allows.
    expect(root.querySelectorAll('[style]')).toHaveLength(0);
    expect(root.querySelectorAll('h1, h2, h3, h4, h5, h6')).toHaveLength(0);
  });
});

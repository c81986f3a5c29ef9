import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { renderWidget, widgetTestHooks } from '../support/widget-render';
import ClaimSorter from '../../src/widgets/claim-sorter/ClaimSorter.svelte';
import { answer, claims, describeSorterChange, noAnswers, type Answers } from '../../src/model/claims';
import { voiceFor } from '../../src/model/copy';
import { findWidget } from '../../src/widgets/registry';
import { encodeState } from '../../src/widgets/url-state';
import { sorterIdentity } from '../../src/widgets/claim-sorter/state';
import type { SourceLinks } from '../../src/widgets/shared/sources';
import { wordsFor } from '../support/words';

const words = wordsFor('claim-sorter');
const voice = voiceFor('en', 'claims');
const { copy, common } = voice;
const sources: SourceLinks = Object.fromEntries(findWidget('claim-sorter').refs.map((id) => [id, { label: `label of ${id}`, href: `/sources/#ref-${id}` }]));

const card = (id: string) => document.querySelector<HTMLElement>(`[data-claim="${id}"]`)!;
const verdictButton = (id: string, verdict: string) => card(id).querySelector<HTMLButtonElement>(`[data-verdict="${verdict}"]`)!;
const details = (id: string) => card(id).querySelector('details')!;
const score = () => screen.getByTestId('score').textContent;
const line = (id: string) => document.querySelector<HTMLElement>(`[data-perk="${id}"]`)!;
const announcement = () => screen.getByRole('status').textContent;
const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
/** Every answer the model gives, so the final tally is open. */
const allRight: Answers = Object.fromEntries(claims.map((c) => [c.id, c.verdict]));

function setup(props: { syncUrl?: boolean; hook?: { path: string; section: string } } = { syncUrl: false }) {
  return renderWidget(ClaimSorter, { sources, words, ...props });
}

describe('claim-sorter widget', () => {
  widgetTestHooks();

  it('opens with every claim unsorted: four verdict buttons each, answers closed, tally locked', () => {
    setup();
    expect(score()).toBe('0');
    expect(screen.getAllByRole('group', { name: /^Your verdict on claim \d+$/ })).toHaveLength(claims.length);
    for (const c of claims) {
      const buttons = within(card(c.id)).getAllByRole('button');
      expect(buttons.map((b) => text(b))).toEqual(['Documented', 'Reported, unconfirmed', 'Unsupported', 'Myth']);
      expect(buttons.every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
      expect(details(c.id).open).toBe(false);
    }
    expect(within(card('one-score')).getByText(copy.claims['one-score'].text)).toBeTruthy();
    expect(line('final-tally').dataset.state).toBe('locked');
    expect(line('answer-link').dataset.state).toBe('locked');
    expect(announcement()).toBe('');
  });

  it('labelling a claim shows the answer with its evidence and section link, updates the tally and says so once', async () => {
    const user = setup();
    await user.click(verdictButton('court-flight-ban', 'myth'));
    expect(verdictButton('court-flight-ban', 'myth').getAttribute('aria-pressed')).toBe('true');
    expect(details('court-flight-ban').open).toBe(true);
    const shown = text(details('court-flight-ban'));
    expect(shown).toContain(`${common.verdicts.documented.label} ${common.verdicts.documented.meaning}`);
    expect(shown).toContain(`You said ${common.verdicts.myth.label}. ${copy.sentences.noMatch}`);
    expect(shown).toContain(copy.claims['court-flight-ban'].why);
    const evidence = within(details('court-flight-ban')).getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(evidence).toEqual(['/sources/#ref-chinadaily-2018-defaulters', '/sources/#ref-globe-2018-liu-hu', '/chapters/big-picture/#records-and-lists']);
    expect(within(details('court-flight-ban')).getByRole('link', { name: copy.claims['court-flight-ban'].more })).toBeTruthy();
    expect(score()).toBe('1');
    expect(line('answer-link').dataset.state).toBe('unlocked');

    const after = answer(noAnswers, 'court-flight-ban', 'myth');
    await vi.advanceTimersByTimeAsync(100);
    expect(announcement()).toBe(describeSorterChange(noAnswers, after, { type: 'answer', claim: 'court-flight-ban', verdict: 'myth' }, voice));
    expect(announcement()).toContain('1 of 12 sorted, 0 matching the evidence.');
  });

  it('a second verdict replaces the first: the tally counts the match, the count stays', async () => {
    const user = setup();
    await user.click(verdictButton('one-score', 'documented'));
    await user.click(verdictButton('one-score', 'myth'));
    expect(verdictButton('one-score', 'documented').getAttribute('aria-pressed')).toBe('false');
    expect(score()).toBe('1');
    expect(text(screen.getByText(/matching the evidence$/))).toBe('1 matching the evidence');
    expect(text(details('one-score'))).toContain(`You said Myth. ${copy.sentences.match}`);
  });

  it('the last claim sorted opens the final tally, verdict by verdict, with what was said instead', async () => {
    const last = claims.at(-1)!;
    const wrongOnUnsupported = Object.fromEntries(claims.filter((c) => c !== last).map((c) => [c.id, c.verdict === 'unsupported' ? 'myth' : c.verdict]));
    history.replaceState(null, '', `/?claim-sorter=${encodeState(sorterIdentity.codec, wrongOnUnsupported)}`);
    const user = setup({});
    await vi.advanceTimersByTimeAsync(0);
    expect(line('final-tally').dataset.state).toBe('locked');
    await user.click(verdictButton(last.id, last.verdict));
    expect(line('final-tally').dataset.state).toBe('unlocked');
    const unsupported = claims.filter((c) => c.verdict === 'unsupported').length;
    expect(text(line('final-tally'))).toContain(`You matched the evidence on ${claims.length - unsupported + 1} of ${claims.length} claims.`);
    expect(text(line('final-tally'))).toContain(`Unsupported: 1 of ${unsupported} matched; you said Myth for ${unsupported - 1}`);
    await vi.advanceTimersByTimeAsync(100);
    expect(announcement()).toContain(`Unlocked: ${copy.consequences['final-tally'].label}.`);
  });

  it('starting again clears every answer, closes them and announces it', async () => {
    history.replaceState(null, '', `/?claim-sorter=${encodeState(sorterIdentity.codec, allRight)}`);
    const user = setup({});
    await vi.advanceTimersByTimeAsync(0);
    expect(score()).toBe(String(claims.length));
    expect(details('one-score').open).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(score()).toBe('0');
    expect(details('one-score').open).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(announcement()).toBe(describeSorterChange(allRight, noAnswers, { type: 'clear' }, voice));
  });

  it('keeps the answers in the URL, and a link to them, so a teacher can share a set', async () => {
    const set = answer(answer(noAnswers, 'one-score', 'myth'), 'rongcheng-start', 'documented');
    history.replaceState(null, '', `/chapters/big-picture/?claim-sorter=${encodeState(sorterIdentity.codec, set)}#documented-or-myth`);
    const user = setup({});
    await vi.advanceTimersByTimeAsync(0);
    expect(score()).toBe('2');
    expect(verdictButton('rongcheng-start', 'documented').getAttribute('aria-pressed')).toBe('true');
    expect(details('rongcheng-start').open).toBe(true);
    await user.click(verdictButton('paid-informers', 'unsupported'));
    const now = answer(set, 'paid-informers', 'unsupported');
    await vi.waitFor(() => expect(location.search).toBe(`?claim-sorter=${encodeState(sorterIdentity.codec, now)}`));
    expect(location.hash).toBe('#documented-or-myth');
    const link = within(line('answer-link')).getByRole('link', { name: 'Link to these answers' });
    expect(link.getAttribute('href')).toBe(`/chapters/big-picture/?claim-sorter=${encodeState(sorterIdentity.codec, now)}#claim-sorter`);
  });

  it('opens empty, with a warning and no error, on a payload it cannot read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const bad of ['1.mmm', `1.${'x'.repeat(claims.length)}`, `9.${'m'.repeat(claims.length)}`, encodeURIComponent('1.<img src=x onerror=alert(1)>')]) {
      history.replaceState(null, '', `/?claim-sorter=${bad}`);
      const { unmount } = render(ClaimSorter, { props: { sources, words } });
      await vi.advanceTimersByTimeAsync(0);
      expect(score(), bad).toBe('0');
      expect(document.querySelector('img')).toBeNull();
      unmount();
    }
    expect(warn).toHaveBeenCalledTimes(4);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('claim-sorter'));
  });

  describe('as the home page hook', () => {
    const hook = { path: '/chapters/big-picture/', section: 'documented-or-myth' };

    it('asks the first claim alone, with no tally, and leads into the chapter', () => {
      setup({ syncUrl: false, hook });
      expect(document.querySelectorAll('[data-claim]')).toHaveLength(1);
      expect(card(claims[0]!.id)).toBeTruthy();
      expect(screen.getByRole('group', { name: 'What does the evidence say?' })).toBeTruthy();
      expect(document.querySelector('[data-perk]')).toBeNull();
      expect(screen.getByRole('link', { name: `Sort ${claims.length - 1} more claims like this one` }).getAttribute('href')).toBe('/chapters/big-picture/#documented-or-myth');
    });

    it('answers, with the source and the section, announces the verdicts only, and carries the answer on', async () => {
      const user = setup({ syncUrl: false, hook });
      await user.click(verdictButton('one-score', 'reported'));
      expect(details('one-score').open).toBe(true);
      expect(within(details('one-score')).getByRole('link', { name: copy.claims['one-score'].more }).getAttribute('href')).toBe('/chapters/big-picture/#the-myth');
      expect(within(details('one-score')).getByRole('link', { name: 'label of chinaplus-2018-sesame' })).toBeTruthy();
      await vi.advanceTimersByTimeAsync(100);
      expect(announcement()).toBe(describeSorterChange(noAnswers, answer(noAnswers, 'one-score', 'reported'), { type: 'answer', claim: 'one-score', verdict: 'reported' }, voice, true));
      const next = screen.getByRole('link', { name: /more claims like this one/ });
      expect(next.getAttribute('href')).toBe(`/chapters/big-picture/?claim-sorter=${encodeState(sorterIdentity.codec, answer(noAnswers, 'one-score', 'reported'))}#documented-or-myth`);
      expect(location.search).toBe('');
    });
  });
});

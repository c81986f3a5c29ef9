import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import bibliography from '../../content/bibliography.json';
import { widgets } from '../../src/widgets/registry';
import type { SourceLinks } from '../../src/widgets/shared/sources';
import { wordsFor } from '../support/words';

/**
 * Every number a widget shows must carry its evidence label (documented, as reported,
 * illustrative) where it is shown, because an embed stands on its own: a reader who meets a
 * widget inside someone else's article sees no chapter around it.
 *
 * "Where it is shown" is the nearest list item or element marked `data-evidence-scope`, or
 * failing those the nearest paragraph. Exempt are the labels themselves, drawings hidden from
 * assistive technology (their numbers are stated in text beside them), the live region (it
 * restates what changed) and elements marked `data-no-evidence` (counters, keys, the reader's
 * own row).
 */
const components = import.meta.glob<{ default: Component<Record<string, unknown>> }>('../../src/widgets/*/[A-Z]*.svelte', { eager: true });
/** A widget's root component is its id in PascalCase: src/widgets/rongcheng-ledger/RongchengLedger.svelte. */
const componentFor = (id: string) => {
  const name = id.replace(/(^|-)([a-z])/g, (_, _dash, letter: string) => letter.toUpperCase());
  const module = components[`../../src/widgets/${id}/${name}.svelte`];
  if (!module) throw new Error(`src/widgets/${id}/${name}.svelte is missing`);
  return module.default;
};

const sources: SourceLinks = Object.fromEntries(bibliography.map((entry) => [entry.id, { label: entry.author, href: `/sources/#ref-${entry.id}` }]));
const exempt = '.evidence, [aria-hidden="true"], [role="status"], [data-no-evidence]';

function unlabelledNumbers(root: HTMLElement): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const problems: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent!.trim();
    const parent = node.parentElement!;
    if (!/\d/.test(text) || parent.closest(exempt)) continue;
    const scope = parent.closest('li, [data-evidence-scope]') ?? parent.closest('p');
    if (!scope || !scope.querySelector('.evidence')) {
      problems.push(`"${text}" in <${parent.tagName.toLowerCase()} class="${parent.className}">, in ${scope ? `"${scope.textContent!.replace(/\s+/g, ' ').trim().slice(0, 80)}"` : 'no list item or paragraph'}`);
    }
  }
  return problems;
}

describe.each(widgets.map((w) => [w.id]))('%s: every number shown carries an evidence label', (id) => {
  beforeEach(() => {
    history.replaceState(null, '', '/');
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => vi.useRealTimers());

  it('in its default state', () => {
    const { container } = render(componentFor(id), { props: { sources, syncUrl: false, words: wordsFor(id) } });
    expect(unlabelledNumbers(container)).toEqual([]);
  });

  it('after every button in it has been pressed once', async () => {
    const { container } = render(componentFor(id), { props: { sources, syncUrl: false, words: wordsFor(id) } });
    for (const button of [...container.querySelectorAll('button')]) {
      if (!button.disabled && button.isConnected) await fireEvent.click(button);
    }
    expect(unlabelledNumbers(container)).toEqual([]);
  });
});

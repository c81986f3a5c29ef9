import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import SesameScore from '../../src/widgets/sesame-score/SesameScore.svelte';
import RongchengLedger from '../../src/widgets/rongcheng-ledger/RongchengLedger.svelte';
import { wordsFor } from '../support/words';

const textOf = (html: string) => html.replace(/<!--[^]*?-->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('widgets before hydration', () => {
  it('sesame-score renders a meaningful default on the server', () => {
    const { body } = render(SesameScore, { props: { sources: { 'suzhou-2016': { label: 'Suzhou Municipal Government (2016)', href: '/sources/#ref-suzhou-2016' } }, words: wordsFor('sesame-score') } });
    expect(body).toContain('590');
    expect(body).toContain('Tier: <strong>Medium</strong>');
    expect(body).toContain('Deposit-free public bikes in Suzhou');
    expect(body).toContain('href="/sources/#ref-suzhou-2016"');
    expect(body).toMatch(/role="status"/);
  });

  it('rongcheng-ledger renders its default ledger, grade, penalties panel and board on the server', () => {
    const { body } = render(RongchengLedger, { props: { sources: {}, words: wordsFor('rongcheng-ledger') } });
    const text = textOf(body);
    expect(text).toContain('Score 1,000 points');
    expect(text).toContain('Grade A 960–1,029 points');
    expect(text).toContain('Start 1,000 points');
    expect(text).toContain('None of your entries carries a penalty of its own.');
    expect(text).toContain('You rank 5 of 9 on the village board.');
    expect(body).toContain('role="status"');
  });

  it.each([
    ['sesame-score', SesameScore],
    ['rongcheng-ledger', RongchengLedger],
  ] as const)('%s writes no style attributes, which a strict Content-Security-Policy would block', (id, component) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component takes its own words
    expect(render(component as any, { props: { sources: {}, words: wordsFor(id) } }).body).not.toMatch(/\sstyle=/);
  });
});

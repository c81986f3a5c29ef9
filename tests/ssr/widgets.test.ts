import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import SesameScore from '../../src/widgets/sesame-score/SesameScore.svelte';

describe('widgets before hydration', () => {
  it('sesame-score renders a meaningful default on the server', () => {
    const { body } = render(SesameScore, { props: { sources: { 'suzhou-2016': { label: 'Suzhou Municipal Government (2016)', href: '/sources/#ref-suzhou-2016' } } } });
    expect(body).toContain('590');
    expect(body).toContain('Tier: <strong>Medium</strong>');
    expect(body).toContain('Deposit-free public bikes in Suzhou');
    expect(body).toContain('href="/sources/#ref-suzhou-2016"');
    expect(body).toMatch(/role="status"/);
  });
});

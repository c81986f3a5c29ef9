import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { fixtureWidgets } from '../support/fixtures';
import { consequencesAt } from '../../src/model/system';
import { formatterFor } from '../../src/i18n';
import type { SourceLinks } from '../../src/widgets/shared/sources';

const attribute = (html: string, name: string) => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);

/** Each widget as Astro renders it before hydration: the reader sees this first, or for good without JavaScript. */
describe.each(fixtureWidgets.map((subject) => [subject.id, subject] as const))('%s before hydration', (id, { widget, fixture }) => {
  const sources: SourceLinks = Object.fromEntries(widget.refs.map((ref) => [ref, { label: ref, href: `/sources/#ref-${ref}` }]));
  const html = async () => {
    // The registry cannot know each widget's own words type; these are the widget's own words.
    const { default: component } = (await fixture.component()) as unknown as { default: Component<{ sources: SourceLinks; words: unknown }> };
    return render(component, { props: { sources, words: widget.words('en') } }).body;
  };

  it('renders the default state: its score, every consequence as the model has it, a live region and source links', async () => {
    const body = await html();
    const score = fixture.score(widget.defaultState);
    expect(attribute(body, 'data-widget')).toContain(id);
    expect(attribute(body, 'data-score')).toEqual([score === null ? '' : String(score)]);
    if (score !== null) expect(body).toMatch(new RegExp(`data-testid="score"[^>]*>${formatterFor('en').number(score)}<`));
    const unlocked = new Set(consequencesAt(fixture.system, score).unlocked.map((c) => c.id));
    const rows = [...body.matchAll(/data-perk="([^"]+)" data-state="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(fixture.system.consequences.map((c) => [c.id, unlocked.has(c.id) ? 'unlocked' : 'locked'])));
    expect(body).toMatch(/role="status"/);
    const links = attribute(body, 'href').filter((href) => href.startsWith('/sources/'));
    expect(links.length, 'the default state cites its sources').toBeGreaterThan(0);
    expect(links.every((href) => widget.refs.includes(href.slice('/sources/#ref-'.length))), links.join(' ')).toBe(true);
  });

  it('writes no style attributes, which a strict Content-Security-Policy would block', async () => {
    expect(await html()).not.toMatch(/\sstyle=/);
  });
});

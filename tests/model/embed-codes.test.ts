import { describe, expect, it } from 'vitest';
import { embedCodes, embedUrl } from '../../src/embed/codes';

const widget = { id: 'sesame-score', title: 'Move a Sesame Credit score', frameTitle: 'Move a Sesame Credit score (interactive, from Scored)', embedHeight: 1500 };
const origin = 'https://scored.example.org';

describe('embed codes', () => {
  it('point at the embed page with the scenario and theme', () => {
    expect(embedUrl({ widget, origin })).toBe('https://scored.example.org/embed/sesame-score/');
    expect(embedUrl({ widget, origin, scenario: '1.67-67-67-67-67', theme: 'dark' })).toBe(
      'https://scored.example.org/embed/sesame-score/?sesame-score=1.67-67-67-67-67&theme=dark',
    );
  });

  it('give three codes: loader placeholder, pym parent, and a fixed-height iframe with a title', () => {
    const codes = embedCodes({ widget, origin, scenario: '1.67-67-67-67-67' });
    expect(codes.loader).toContain('data-scored-widget="sesame-score"');
    expect(codes.loader).toContain('data-scored-scenario="1.67-67-67-67-67"');
    expect(codes.loader).toContain('<script async src="https://scored.example.org/embed.js"></script>');
    expect(codes.pym).toContain('new pym.Parent("scored-sesame-score", "https://scored.example.org/embed/sesame-score/?sesame-score=1.67-67-67-67-67"');
    expect(codes.iframe).toMatch(/^<iframe src="[^"]+" title="Move a Sesame Credit score \(interactive, from Scored\)" width="100%" height="1500" loading="lazy"/);
  });

  it('leave out a scenario the loader would drop, as it would', () => {
    for (const scenario of ['"><img src=x>', 'a b', 'x'.repeat(501), '']) {
      const codes = embedCodes({ widget, origin, scenario });
      expect(codes.loader, scenario).not.toContain('data-scored-scenario');
      expect(embedUrl({ widget, origin, scenario }), scenario).toBe('https://scored.example.org/embed/sesame-score/');
    }
  });

  it('escape whatever could break out of an attribute', () => {
    const hostile = { id: 'x"><script>', title: 'T"<b>', frameTitle: 'T"<b>', embedHeight: 10 };
    const codes = embedCodes({ widget: hostile, origin, scenario: '"><img src=x>' });
    for (const code of Object.values(codes)) {
      expect(code).not.toContain('<img');
      expect(code).not.toContain('"><script>');
    }
  });
});

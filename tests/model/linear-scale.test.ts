import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { linearScale, type Extent } from '../../src/lib/linear-scale';

/** A small deterministic generator, so a failure names a reproducible case. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Ascending domains: the widgets' own (Sesame's scale, Rongcheng boards), edge cases, random ones. */
function domains(): Extent[] {
  const next = random(42);
  const fixed: Extent[] = [
    [350, 950],
    [960, 1060],
    [990, 1030],
    [0, 1],
    [0, 0.3],
    [-7.5, 12.25],
    [1e-7, 3e-7],
    [5, 5],
  ];
  const randomOnes = Array.from({ length: 200 }, (): Extent => {
    const scale = 10 ** Math.floor(next() * 8 - 3);
    const low = (next() - 0.3) * 2000 * scale;
    return [low, low + next() * 500 * scale];
  });
  return [...fixed, ...randomOnes];
}
const widths = [0, 1, 40, 300, 318.5, 640, 1280];

describe('linearScale: the same positions as d3 scaleLinear, to the last digit', () => {
  it('maps the ends of the domain to the ends of the range', () => {
    const x = linearScale([350, 950], [12, 628]);
    expect([x(350), x(650), x(950)]).toEqual([12, 320, 628]);
  });

  it('does not clamp: values outside the domain land outside the range', () => {
    expect(linearScale([0, 10], [0, 100])(12)).toBe(120);
  });

  it('matches d3 on widget domains, random domains and chart widths', () => {
    const next = random(7);
    for (const domain of domains()) {
      for (const width of widths) {
        const range: Extent = [10, width - 10];
        const ours = linearScale(domain, range);
        const d3 = scaleLinear().domain(domain).range(range);
        const values = [domain[0], domain[1], ...Array.from({ length: 12 }, () => domain[0] + (next() * 1.4 - 0.2) * (domain[1] - domain[0]))];
        for (const value of values) expect(ours(value), `${value} on [${domain}] → [${range}]`).toBe(d3(value));
      }
    }
  });
});

/**
 * A linear scale for the widgets' charts, which are drawn in the browser. d3-scale's scaleLinear
 * would bring d3-array, d3-format, d3-interpolate and d3-color into every widget's bundle (about
 * 9 KB gzipped) to do one multiplication and one addition. This does the same arithmetic as
 * d3-scale 4, in the same order, so positions are identical to the last digit
 * (tests/model/linear-scale.test.ts checks them against d3). Round domains and tick values are
 * in ./ticks.ts. The scrolly graphics, laid out at build time, keep d3-scale.
 */

/** A [low, high] pair: a domain of values or a range of positions. Domains here are ascending. */
export type Extent = readonly [number, number];

/** Maps `domain` linearly onto `range`, without clamping, as d3's scaleLinear does. */
export function linearScale([d0, d1]: Extent, [r0, r1]: Extent): (value: number) => number {
  const span = d1 - d0;
  return (value) => {
    // d3's normalize then interpolateNumber; an empty domain maps to the middle of the range.
    const t = span ? (value - d0) / span : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
}

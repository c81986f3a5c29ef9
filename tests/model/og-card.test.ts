import { describe, expect, it } from 'vitest';
import { cardSvg, wrap, CARD_HEIGHT, CARD_WIDTH, type Card } from '../../src/og/card';
import { previewImageOf } from '../../src/og/paths';

const theme = { paper: '#fff', ink: '#000', muted: '#555', accent: '#b00', rule: '#ccc', surface: '#fafafa' };
const card: Card = {
  kicker: 'Chapter 3',
  title: 'Sesame Credit: the score with perks, & <its> limits',
  text: 'A commercial score from 350 to 950 that unlocks deposit-free bikes and faster visas.',
  panel: { heading: 'Sesame tiers', rows: [{ text: '350–549 Poor', on: true }, { text: '550–599 Fair', on: false }] },
  footer: { site: 'Scored', marks: ['Documented', 'Reported', 'Unsupported', 'Myth'] },
  theme,
};

describe('link preview cards', () => {
  it('wrap: breaks by words within the width, and ends a cut text with an ellipsis', () => {
    expect(wrap('one two three four five six', 100, 20, 'regular', 9)).toEqual(['one two', 'three four', 'five six']);
    expect(wrap('one two three four five six', 100, 20, 'regular', 2)).toEqual(['one two', 'three four…']);
    expect(wrap('unbreakablewordthatislong', 50, 20, 'regular', 2)).toEqual(['unbreakablewordthatislong']);
  });

  it('draws 1200×630, escapes the words, and shows the panel only when there is one', () => {
    const svg = cardSvg(card);
    expect(svg).toContain(`width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`);
    expect(svg).toContain('&amp; &lt;its&gt;');
    expect(svg).not.toContain('<its>');
    expect(svg).toContain('Sesame tiers');
    expect(svg).toContain('CHAPTER 3');
    expect(cardSvg({ ...card, panel: undefined })).not.toContain('Sesame tiers');
    // Unlocked rows are filled dots, the others rings: shape as well as colour.
    expect(svg.match(/<circle[^>]*stroke-width="3"/g)).toHaveLength(1);
  });

  it('keeps every text line inside the card', () => {
    const long = { ...card, title: 'word '.repeat(60), text: 'word '.repeat(200) };
    const ys = [...cardSvg(long).matchAll(/<tspan x="(\d+(?:\.\d+)?)" dy="(\d+(?:\.\d+)?)"/g)];
    expect(ys.length).toBeLessThanOrEqual(3 + 3 + 2 * 5);
    for (const [, x] of ys) expect(Number(x)).toBeLessThan(CARD_WIDTH);
  });

  it('names one image per chapter and per embed page, and the home card for every other page', () => {
    expect(previewImageOf('/chapters/sesame-credit/')).toBe('/og/chapters/sesame-credit.png');
    expect(previewImageOf('/embed/sesame-score/')).toBe('/og/embed/sesame-score.png');
    for (const page of ['/', '/sources/', '/search/', '/embeds/']) expect(previewImageOf(page)).toBe('/og/home.png');
  });
});

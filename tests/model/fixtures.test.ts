import { describe, expect, it } from 'vitest';
import { fixtureWidgets } from '../support/fixtures';
import { compare, flippedIds } from '../../src/model/system';
import { decodeState, encodeState } from '../../src/widgets/url-state';

/** The shared browser tests trust each widget's fixture; these checks make that trust earned. */
describe.each(fixtureWidgets.map((subject) => [subject.id, subject] as const))('the fixture of %s', (id, { widget, fixture }) => {
  it('has a primary action that changes the score and flips at least one consequence, as the motion and embed tests need', () => {
    const before = fixture.score(widget.defaultState);
    const after = fixture.score(fixture.primary.after);
    expect(after).not.toBe(before);
    expect(flippedIds(compare(fixture.system, before, after)).size).toBeGreaterThan(0);
    expect(fixture.primary.keys.length).toBeGreaterThan(0);
  });

  it('names states the URL can carry, and keyboard steps that each press something', () => {
    for (const { after, keys, control } of [fixture.primary, ...fixture.keyboard]) {
      expect(decodeState(widget.codec, encodeState(widget.codec, after)), control).toEqual(after);
      expect(keys.length, control).toBeGreaterThan(0);
    }
    expect(fixture.keyboard.length, `${id}: at least two keyboard steps`).toBeGreaterThanOrEqual(2);
    expect(fixture.grow.clicks).toBeGreaterThan(0);
  });

  it('finds controls by stable data attributes, never by their words', () => {
    for (const { control } of [fixture.primary, ...fixture.keyboard, fixture.grow]) expect(control).toMatch(/\[data-[a-z-]+(="[a-z0-9-]+")?\]/);
  });
});

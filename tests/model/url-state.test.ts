import { describe, expect, it, vi } from 'vitest';
import { decodeState, encodeState, searchWithState, stateFromSearch } from '../../src/widgets/url-state';
import { widgets } from '../../src/widgets/registry';
import { dimensions, presets, sesameScore, type SesameState } from '../../src/model/sesame';
import { ledgerItems, rongchengScore, type RongchengState } from '../../src/model/rongcheng';
import sesameWidget from '../../src/widgets/sesame-score/widget';
import rongchengWidget from '../../src/widgets/rongcheng-ledger/widget';

/** A small deterministic generator, so a failure names a reproducible case. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const alphabet = 'abcdefghijklmnopqrstuvwxyzABC0123456789.-_~<>"\'&;:/?#=%+ \u0000\u202e😀{}[]()$`\\';
function randomString(next: () => number, maxLength: number): string {
  return Array.from({ length: Math.floor(next() * maxLength) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
}

const hostile = [
  '',
  '.',
  '1.',
  '1..',
  '0.40-40-40-40-40',
  '2.40-40-40-40-40',
  '1.40-40-40-40',
  '1.40-40-40-40-40-40',
  '1.40-40-40-40-101',
  '1.-1-40-40-40-40',
  '1.4e1-40-40-40-40',
  '1.0x10-40-40-40-40',
  '1.40-40-40-40-NaN',
  '1.<script>alert(1)</script>',
  '1."><img src=x onerror=alert(1)>',
  '1.c-tv-<b>',
  '1.c-__proto__',
  '1.constructor',
  '1.x-tv',
  `1.c${'-tv'.repeat(41)}`,
  '1.c-tv'.padEnd(600, '-tv'),
  'javascript:alert(1)',
  '%00',
  '1.40%2040',
];

describe.each(widgets.map((w) => [w.id, w] as const))('URL state of %s', (_id, widget) => {
  it('round-trips the default state', () => {
    expect(decodeState(widget.codec, encodeState(widget.codec, widget.defaultState))).toEqual(widget.defaultState);
  });

  it('rejects hostile values without throwing', () => {
    for (const value of hostile) {
      const decoded = decodeState(widget.codec, value);
      if (decoded !== null) expect(encodeState(widget.codec, decoded), value).toBe(value);
    }
  });

  it('survives thousands of random strings: never throws, and anything accepted re-encodes to itself', () => {
    const next = random(0x5c07ed);
    for (let i = 0; i < 5000; i++) {
      const value = (next() < 0.5 ? `${widget.codec.version}.` : '') + randomString(next, 60);
      let decoded: unknown;
      expect(() => (decoded = decodeState(widget.codec, value)), JSON.stringify(value)).not.toThrow();
      if (decoded !== null) {
        const encoded = encodeState(widget.codec, decoded as never);
        expect(encoded, JSON.stringify(value)).toBe(value);
        expect(encoded).toMatch(/^[A-Za-z0-9._~-]+$/);
      }
    }
  });

  it('reads the state from a query string, warning once on a bad value', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const search = searchWithState(widget.codec, widget.id, '?theme=dark', widget.defaultState);
    expect(search).toContain('theme=dark');
    expect(stateFromSearch(widget.codec, widget.id, search)).toEqual(widget.defaultState);
    expect(stateFromSearch(widget.codec, widget.id, `?${widget.id}=%3Cscript%3E`)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(stateFromSearch(widget.codec, widget.id, '?other=1')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('every valid scenario round-trips and scores', () => {
  it('sesame-score: random standings', () => {
    const next = random(7);
    for (let i = 0; i < 2000; i++) {
      const levels = Object.fromEntries(dimensions.map((d) => [d.id, Math.floor(next() * 101)])) as SesameState['levels'];
      const state: SesameState = { levels };
      const decoded = decodeState(sesameWidget.codec, encodeState(sesameWidget.codec, state))!;
      expect(decoded).toEqual(state);
      expect(sesameScore(decoded.levels)).toBeGreaterThanOrEqual(350);
    }
    for (const preset of presets) expect(decodeState(sesameWidget.codec, encodeState(sesameWidget.codec, preset.state))).toEqual(preset.state);
  });

  it('rongcheng-ledger: random ledgers, with and without consent', () => {
    const next = random(11);
    for (let i = 0; i < 2000; i++) {
      const entries = Array.from({ length: Math.floor(next() * 41) }, () => ledgerItems[Math.floor(next() * ledgerItems.length)]!.id);
      const state: RongchengState = { consented: next() < 0.5, entries };
      const decoded = decodeState(rongchengWidget.codec, encodeState(rongchengWidget.codec, state))!;
      expect(decoded).toEqual(state);
      expect(() => rongchengScore(decoded)).not.toThrow();
    }
  });
});

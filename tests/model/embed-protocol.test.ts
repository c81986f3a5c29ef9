import { describe, expect, it } from 'vitest';
import * as protocol from '../../src/embed/protocol';
import { isHeight, isScenario, isWidgetId, MAX_HEIGHT, SCENARIO_MAX_LENGTH } from '../../src/embed/constants';
import { embedUrl, iframeTitle } from '../../src/embed/codes';

/**
 * The protocol's pure functions. The scripts that use them are bundled from modules
 * (src/embed/bundle.ts); tests/model/embed-runtime.test.ts runs those bundles.
 */
const fns = { ...protocol, isHeight, isWidgetId };

/** Things a hostile or careless page could post. */
const hostile: unknown[] = [
  undefined,
  null,
  0,
  NaN,
  Infinity,
  -1,
  '',
  'scored:height',
  '{"type":"scored:height","version":1,"widget":"sesame-score","height":500}',
  [],
  ['scored:height', 1, 'sesame-score', 500],
  {},
  () => 500,
  Symbol('x'),
  10n,
  new Date(),
  { type: 'scored:height', version: 1, widget: 'sesame-score' },
  { type: 'scored:height', version: 2, widget: 'sesame-score', height: 500 },
  { type: 'scored:height', version: '1', widget: 'sesame-score', height: 500 },
  { type: 'other:height', version: 1, widget: 'sesame-score', height: 500 },
  { type: 'scored:height', version: 1, widget: 'sesame-score', height: '500' },
  { type: 'scored:height', version: 1, widget: 'sesame-score', height: -500 },
  { type: 'scored:height', version: 1, widget: 'sesame-score', height: 0 },
  { type: 'scored:height', version: 1, widget: 'sesame-score', height: 500.5 },
  { type: 'scored:height', version: 1, widget: 'sesame-score', height: 1e308 },
  { type: 'scored:height', version: 1, widget: 'sesame-score', height: Number.MAX_SAFE_INTEGER },
  { type: 'scored:height', version: 1, widget: 'sesame-score', height: MAX_HEIGHT + 1 },
  { type: 'scored:height', version: 1, widget: 'sesame-score', height: NaN },
  { type: 'scored:height', version: 1, widget: 'sesame-score', height: Infinity },
  { type: 'scored:height', version: 1, widget: 'sesame-score', height: { valueOf: () => 500 } },
  { type: 'scored:height', version: 1, widget: 'sesame-score', height: [500] },
  { type: 'scored:height', version: 1, widget: 'Sesame Score', height: 500 },
  { type: 'scored:height', version: 1, widget: '../../x', height: 500 },
  { type: 'scored:height', version: 1, widget: 'x'.repeat(65), height: 500 },
  { type: 'scored:height', version: 1, widget: ['sesame-score'], height: 500 },
  { type: 'scored:height', version: 1, widget: 'sesame-score', height: 500, extra: true },
  // Inherited fields are not the message's own.
  Object.assign(Object.create({ type: 'scored:height', version: 1, widget: 'sesame-score', height: 500 }), { a: 1, b: 2, c: 3, d: 4 }),
  // Prototype-pollution shapes, as JSON.parse and structured clone produce them (own "__proto__").
  JSON.parse('{"__proto__":{"type":"scored:height","version":1,"widget":"sesame-score","height":500},"a":1,"b":2,"c":3}'),
  JSON.parse('{"type":"scored:height","version":1,"widget":"sesame-score","__proto__":{"height":500}}'),
  JSON.parse('{"constructor":{"prototype":{"height":500}},"type":"scored:height","version":1,"widget":"sesame-score"}'),
  // Getters are never run.
  {
    type: 'scored:height',
    version: 1,
    widget: 'sesame-score',
    get height() {
      throw new Error('getter ran');
    },
  },
  // A proxy whose every trap throws.
  new Proxy(
    {},
    {
      ownKeys: () => {
        throw new Error('trap');
      },
      getOwnPropertyDescriptor: () => {
        throw new Error('trap');
      },
      get: () => {
        throw new Error('trap');
      },
    },
  ),
  // The other dialects are not ours.
  { sentinel: 'amp', type: 'embed-size', height: 500 },
  { message: 'height', value: 500, secret: 'abc123' },
  'pymxPYMxscored-sesame-scorexPYMxheightxPYMx500',
];

describe('message builders', () => {
  it('build each dialect exactly as its parent reads it', () => {
    expect(fns.ownHeightMessage('sesame-score', 742)).toEqual({ type: 'scored:height', version: 1, widget: 'sesame-score', height: 742 });
    // pym.js: ['pym', id, type, message].join('xPYMx'), matched by ^pymxPYMx{id}xPYMx(\S+)xPYMx(.*)$
    const pym = fns.pymHeightMessage('scored-sesame-score', 742);
    expect(pym).toBe('pymxPYMxscored-sesame-scorexPYMxheightxPYMx742');
    expect(pym.match(/^pymxPYMxscored-sesame-scorexPYMx(\S+)xPYMx(.*)$/)?.slice(1)).toEqual(['height', '742']);
    expect(fns.ampHeightMessage(742)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 742 });
    expect(fns.wordPressHeightMessage('abc123', 742)).toEqual({ message: 'height', value: 742, secret: 'abc123' });
  });

  it('round-trip our own message, and survive structured cloning', () => {
    const message = fns.ownHeightMessage('rongcheng-ledger', 1234);
    expect(fns.parseOwnHeightMessage(message)).toEqual({ widget: 'rongcheng-ledger', height: 1234 });
    expect(fns.parseOwnHeightMessage(structuredClone(message))).toEqual({ widget: 'rongcheng-ledger', height: 1234 });
    expect(fns.parseOwnHeightMessage(Object.assign(Object.create(null), message))).toEqual({ widget: 'rongcheng-ledger', height: 1234 });
    expect(fns.parseOwnHeightMessage(fns.ownHeightMessage('sesame-score', MAX_HEIGHT))).toEqual({ widget: 'sesame-score', height: MAX_HEIGHT });
    expect(fns.parseOwnHeightMessage(fns.ownHeightMessage('sesame-score', 1))).toEqual({ widget: 'sesame-score', height: 1 });
  });
});

describe('validators', () => {
  it.each(hostile.map((value, i) => [i, value]))('reject hostile input #%i without throwing', (_i, value) => {
    expect(() => fns.parseOwnHeightMessage(value)).not.toThrow();
    expect(fns.parseOwnHeightMessage(value)).toBeNull();
    expect(fns.isHeight(value)).toBe(false);
    expect(fns.isWidgetId(value)).toBe(false);
    expect(() => fns.isWordPressReady(value, 'abc123')).not.toThrow();
    expect(fns.isWordPressReady(value, 'abc123')).toBe(false);
    expect(fns.parsePymWidthMessage(value, 'scored-sesame-score')).toBeNull();
  });

  it('accept only whole heights from 1 to MAX_HEIGHT', () => {
    for (const ok of [1, 600, MAX_HEIGHT]) expect(fns.isHeight(ok), String(ok)).toBe(true);
    for (const bad of [0, -1, 0.5, 600.25, MAX_HEIGHT + 1, 1e21, NaN, Infinity, -Infinity, '600', null, undefined, {}, [600]]) {
      expect(fns.isHeight(bad), String(bad)).toBe(false);
    }
  });

  it('read widget ids as registrations spell them', () => {
    expect(fns.isWidgetId('sesame-score')).toBe(true);
    expect(fns.isWidgetId('a1')).toBe(true);
    for (const bad of ['', '-a', 'a-', 'a--b', 'A', 'a b', 'a/b', '../a', 'a'.repeat(65), 1, null]) expect(fns.isWidgetId(bad), String(bad)).toBe(false);
  });

  it('read scenarios as the URL state writes them', () => {
    for (const ok of ['1.67-67-67-67-67', '1.c-tv', 'a', '~._-', 'x'.repeat(SCENARIO_MAX_LENGTH)]) expect(isScenario(ok), ok).toBe(true);
    for (const bad of ['', 'x'.repeat(SCENARIO_MAX_LENGTH + 1), '1.a b', '1.<b>', '1.a&b=c', '1.%20', '1.é', null, undefined, 1, ['1.a']]) {
      expect(isScenario(bad), String(bad)).toBe(false);
    }
  });

  it("read pym.js's childId as pym's child does, and refuse ids pym could not match safely", () => {
    const src = '?sesame-score=1.40-40-40-40-40&initialWidth=640&childId=scored-sesame-score&parentTitle=A%20story&parentUrl=https%3A%2F%2Fnews.example%2F';
    expect(fns.pymChildId(src)).toBe('scored-sesame-score');
    expect(fns.pymChildId('?childId=a&childId=b')).toBe('a');
    expect(fns.pymChildId('?initialWidth=640')).toBeNull();
    expect(fns.pymChildId('?childId=')).toBeNull();
    expect(fns.pymChildId('?childId=a%20b')).toBeNull();
    expect(fns.pymChildId('?childId=a+b')).toBeNull();
    expect(fns.pymChildId('?childId=' + 'x'.repeat(129))).toBeNull();
    expect(fns.pymChildId('?childId=%E0%A4%A')).toBeNull();
    expect(fns.pymChildId('?childId=(.*)')).toBeNull();
  });

  it("parse pym.js's width message for this child only", () => {
    expect(fns.parsePymWidthMessage('pymxPYMxscored-sesame-scorexPYMxwidthxPYMx640', 'scored-sesame-score')).toBe(640);
    expect(fns.parsePymWidthMessage('pymxPYMxscored-sesame-scorexPYMxwidthxPYMx0', 'scored-sesame-score')).toBe(0);
    for (const bad of [
      'pymxPYMxotherxPYMxwidthxPYMx640',
      'pymxPYMxscored-sesame-scorexPYMxheightxPYMx640',
      'pymxPYMxscored-sesame-scorexPYMxwidthxPYMx',
      'pymxPYMxscored-sesame-scorexPYMxwidthxPYMx-640',
      'pymxPYMxscored-sesame-scorexPYMxwidthxPYMx64.5',
      'pymxPYMxscored-sesame-scorexPYMxwidthxPYMx640 ',
      'pymxPYMxscored-sesame-scorexPYMxwidthxPYMx1234567',
      'pymxPYMxscored-sesame-scorexPYMxwidthxPYMx640xPYMx1',
      'xpymxPYMxscored-sesame-scorexPYMxwidthxPYMx640',
      'pymxPYMxscored-sesame-scorexPYMxwidthxPYMx' + '1'.repeat(500),
    ]) {
      expect(fns.parsePymWidthMessage(bad, 'scored-sesame-score'), bad).toBeNull();
    }
  });

  it("read WordPress's secret from the fragment it appends", () => {
    expect(fns.wordPressSecret('#?secret=abc123')).toBe('abc123');
    expect(fns.wordPressSecret('#?secret=Xy7Pq2Lm9K')).toBe('Xy7Pq2Lm9K');
    expect(fns.wordPressSecret('#?foo=1&secret=abc123')).toBe('abc123');
    for (const bad of ['', '#', '#?secret=', '#?secret=abc-123', '#?secret=abc123"', '#?secret=' + 'a'.repeat(65), '#?notsecret=abc123', '#?secret=abc 123']) {
      expect(fns.wordPressSecret(bad), bad).toBeNull();
    }
  });

  it("recognise WordPress's ready message only with the matching secret", () => {
    expect(fns.isWordPressReady({ message: 'ready', secret: 'abc123' }, 'abc123')).toBe(true);
    expect(fns.isWordPressReady({ message: 'ready', secret: 'abc124' }, 'abc123')).toBe(false);
    expect(fns.isWordPressReady({ message: 'height', secret: 'abc123' }, 'abc123')).toBe(false);
    expect(fns.isWordPressReady(Object.create({ message: 'ready', secret: 'abc123' }), 'abc123')).toBe(false);
  });

  it('take a theme from the query only when it is light or dark', () => {
    expect(fns.themeFromSearch('?theme=dark')).toBe('dark');
    expect(fns.themeFromSearch('?sesame-score=1.1-2-3-4-5&theme=light')).toBe('light');
    expect(fns.forcedTheme('dark')).toBe('dark');
    for (const bad of ['auto', '', null, 'constructor', ['dark']]) expect(fns.forcedTheme(bad), String(bad)).toBeNull();
    for (const bad of ['', '?theme=', '?theme=auto', '?theme=Dark', '?theme=dark%22', '?theme=<script>', '?theme=light;dark']) expect(fns.themeFromSearch(bad), bad).toBeNull();
  });

  it('frame the same address and title the embed codes write', () => {
    const origin = 'https://scored.example.org';
    const template = '{title} (interactive, from Scored)';
    const widget = { id: 'sesame-score', title: 'Move a Sesame Credit score', frameTitle: 'Move a Sesame Credit score (interactive, from Scored)', embedHeight: 1500 };
    for (const [scenario, theme] of [
      [undefined, 'auto'],
      ['1.67-67-67-67-67', 'auto'],
      ['1.67-67-67-67-67', 'dark'],
      [undefined, 'light'],
    ] as const) {
      expect(fns.frameSrc(origin, widget.id, scenario ?? null, theme)).toBe(embedUrl({ widget, origin, scenario, theme }));
    }
    expect(fns.frameTitle(' Move a Sesame\n  Credit score ', widget.id, template)).toBe(iframeTitle(widget));
    expect(fns.frameTitle('', 'sesame-score', template)).toBe('sesame-score (interactive, from Scored)');
    expect(fns.frameTitle(null, 'sesame-score', template)).toBe('sesame-score (interactive, from Scored)');
  });

  it('drop unusable scenarios, themes, ids and origins from the framed address', () => {
    const origin = 'https://scored.example.org';
    expect(fns.frameSrc(origin, 'sesame-score', '"><img src=x>', 'dark"')).toBe('https://scored.example.org/embed/sesame-score/');
    expect(fns.frameSrc(origin, 'sesame-score', 'x'.repeat(501), 'auto')).toBe('https://scored.example.org/embed/sesame-score/');
    expect(fns.frameSrc(origin, '../admin', null, null)).toBeNull();
    expect(fns.frameSrc(origin, 'a/b', null, null)).toBeNull();
    expect(fns.frameSrc('javascript:alert(1)', 'sesame-score', null, null)).toBeNull();
    expect(fns.frameSrc('not a url', 'sesame-score', null, null)).toBeNull();
  });

  it('take an initial height from data-scored-height only when sane', () => {
    expect(fns.initialHeight('900', 600)).toBe(900);
    expect(fns.initialHeight(' 900 ', 600)).toBe(900);
    for (const bad of [null, undefined, '', 'abc', '-5', '9e3', '10', '900px', '1.5', '99999']) expect(fns.initialHeight(bad, 600), String(bad)).toBe(600);
  });
});

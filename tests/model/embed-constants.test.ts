import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refId } from '../../src/content/schema';
import { ID_PATTERN, isScenario, isWidgetId, MAX_HEIGHT, SCENARIO_MAX_LENGTH } from '../../src/embed/constants';
import { decodeState } from '../../src/widgets/url-state';
import { widgets } from '../../src/widgets/registry';

/**
 * src/embed/constants.ts is the one place the embed rules are written (the widget-id pattern,
 * the scenario rules, the height cap, the message type), and src/embed/markup.ts the one place
 * for the embed's addresses and placeholder attributes. These read every source file under
 * src/ for the literals.
 */
const SRC = join(import.meta.dirname, '../../src');
const CONSTANTS = 'src/embed/constants.ts';
const MARKUP = 'src/embed/markup.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|js|mjs|astro|svelte)$/.test(entry.name) ? [path] : [];
  });
}

/** Code without its comments (block comments, and line comments that start a line or follow a space). */
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|\s)\/\/.*$/gm, '$1');

const RULES: { name: string; home: string; pattern: RegExp }[] = [
  { name: 'the height cap', home: CONSTANTS, pattern: /\b50_?000\b|\b5e4\b/ },
  { name: 'the id pattern', home: CONSTANTS, pattern: /a-z0-9\]\+\(\?:-\[a-z0-9\]\+\)\*/ },
  { name: 'the scenario characters', home: CONSTANTS, pattern: /A-Za-z0-9\._~-|A-Za-z0-9\.\\_~-/ },
  { name: 'the scenario length', home: CONSTANTS, pattern: /\{1,500\}|\blength\s*[<>]=?\s*500\b|LENGTH\s*=\s*500\b/ },
  { name: 'our message type', home: CONSTANTS, pattern: /scored:height/ },
  { name: 'a placeholder attribute', home: MARKUP, pattern: /data-scored-/ },
  { name: 'the loader address', home: MARKUP, pattern: /['"`]\/embed\.js['"`]/ },
];

const restatements = sourceFiles(SRC)
  .map((path) => relative(join(SRC, '..'), path).split('\\').join('/'))
  .map((path) => {
    const text = code(readFileSync(join(SRC, '..', path), 'utf8'));
    return [path, RULES.filter((rule) => rule.home !== path && rule.pattern.test(text)).map((rule) => rule.name)] as const;
  })
  .filter(([, rules]) => rules.length > 0);

describe('the embed constants', () => {
  it('are written only in src/embed/constants.ts and src/embed/markup.ts', () => {
    expect(Object.fromEntries(restatements)).toEqual({});
  });

  it('are the literals the rules test for', () => {
    for (const rule of RULES) expect(code(readFileSync(join(SRC, '..', rule.home), 'utf8')), rule.name).toMatch(rule.pattern);
  });

  it('hold for every registered widget', () => {
    for (const widget of widgets) {
      expect(isWidgetId(widget.id), widget.id).toBe(true);
      expect(isScenario(`${widget.codec.version}.${widget.codec.encodePayload(widget.defaultState)}`), widget.id).toBe(true);
    }
  });

  it('are the rules of the URL state and the content schema too', () => {
    const codec = { version: 1, encodePayload: (s: string) => s, decodePayload: (s: string) => s };
    expect(decodeState(codec, `1.${'a'.repeat(SCENARIO_MAX_LENGTH - 2)}`)).toBe('a'.repeat(SCENARIO_MAX_LENGTH - 2));
    expect(decodeState(codec, `1.${'a'.repeat(SCENARIO_MAX_LENGTH - 1)}`)).toBeNull();
    expect(decodeState(codec, '1.a b')).toBeNull();
    for (const id of ['sesame-score', 'a1', 'x', '-a', 'a--b', 'A', 'a_b']) expect(refId.safeParse(id).success, id).toBe(ID_PATTERN.test(id));
    expect(isWidgetId('a'.repeat(64))).toBe(true);
    expect(MAX_HEIGHT).toBe(50_000);
  });
});

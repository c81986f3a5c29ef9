import { runInNewContext } from 'node:vm';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { childScript, loaderScript, themeScript } from '../../src/embed/bundle';
import { frameSrc } from '../../src/embed/protocol';

/**
 * The embed runtime as it ships: the bundles src/embed/bundle.ts makes from child.ts, theme.ts
 * and parent.ts, run as the classic scripts they are. The child and theme scripts run in a
 * bare JavaScript realm with a stand-in window (they may use nothing else), the loader in a
 * jsdom window (made here: esbuild refuses to run inside vitest's jsdom environment).
 * tests/browser/embed-hosts.test.ts runs them in Chromium inside real host pages.
 */
const origin = 'https://scored.example.org';
const frameTitleTemplate = '{title} (interactive, from Scored)';
let scripts: { child: string; theme: string; loader: string };

/** The little of jsdom's API used here (the package ships no types). */
interface Dom {
  readonly window: Window & typeof globalThis & { eval(code: string): unknown };
}
const { JSDOM } = (await import('jsdom' as string)) as { JSDOM: new (html: string, options: { url: string; runScripts: 'outside-only' }) => Dom };

beforeAll(async () => {
  scripts = {
    child: await childScript(),
    theme: await themeScript(),
    loader: await loaderScript({ widgets: ['sesame-score', 'rongcheng-ledger'], frameTitle: frameTitleTemplate }),
  };
});

describe('bundles', () => {
  it.each(['child', 'theme', 'loader'] as const)('%s: one classic script with no imports that cannot close its <script>', (name) => {
    const code = scripts[name];
    expect(() => new Function(code)).not.toThrow();
    expect(code).not.toMatch(/\bimport\s*[({"'*]|\bexport\s|\brequire\(|__vite|__name\(|__SCORED_LOADER_CONFIG__/);
    expect(code).not.toMatch(/<\/script|<!--|<script/i);
    // Minified: no comments (but the loader's licence line) and no indentation.
    expect(code.replace(/^\/\*![^\n]*\*\/\n/, '')).not.toMatch(/\/\*|\n\s+\S/);
  });

  it('are made once per process', async () => {
    const [child, theme] = await Promise.all([childScript(), themeScript()]);
    expect(child).toBe(scripts.child);
    expect(theme).toBe(scripts.theme);
    expect(await childScript()).toBe(child);
  });

  it('write ES2020 at the newest (no class fields, ?.= or top-level await)', () => {
    for (const code of Object.values(scripts)) expect(code).not.toMatch(/\?\?=|\|\|=|&&=|#[a-z]\w*\s*[=;(]|\bstatic\s*\{/);
  });

  it('the loader escapes its config', async () => {
    const code = await loaderScript({ widgets: ['sesame-score'], frameTitle: '</script><!--{title}<script>' });
    expect(code).not.toMatch(/<\/script|<!--|<script/i);
    expect(code).toContain('\\u003c/script>');
  });
});

interface ChildRun {
  posted: unknown[];
  setHeight: (px: number) => void;
  /** What the ResizeObserver would report. */
  resize: () => void;
  /** A message event arriving at the embed page. */
  receive: (data: unknown, fromParent?: boolean) => void;
  listeners: string[];
}

/** Runs the child bundle in a fresh realm whose only globals are a stand-in window's. */
function runChild({ search = '', hash = '', widget = 'sesame-score' as string | null, framed = true, height = 742.3 } = {}): ChildRun {
  let current = height;
  const posted: unknown[] = [];
  const listeners: { type: string; fn: (event: unknown) => void }[] = [];
  const observers: (() => void)[] = [];
  const parent = { postMessage: (message: unknown, target: string) => posted.push(JSON.parse(JSON.stringify({ message, target }))) };
  const win: Record<string, unknown> = {
    addEventListener: (type: string, fn: (event: unknown) => void) => listeners.push({ type, fn }),
    setInterval: () => 0,
  };
  win.parent = framed ? parent : win;
  const doc = {
    documentElement: { getBoundingClientRect: () => ({ height: current }) },
    body: {},
    currentScript: { getAttribute: (name: string) => (name === 'data-scored-widget' ? widget : null) },
    addEventListener: (type: string, fn: (event: unknown) => void) => listeners.push({ type: `document:${type}`, fn }),
    fonts: { ready: { then: () => undefined } },
  };
  class ResizeObserver {
    constructor(callback: () => void) {
      observers.push(callback);
    }
    observe() {}
  }
  runInNewContext(scripts.child, { window: win, document: doc, location: { search, hash }, ResizeObserver, URLSearchParams });
  return {
    posted,
    setHeight: (px) => (current = px),
    resize: () => observers.forEach((callback) => callback()),
    receive: (data, fromParent = true) => {
      for (const { type, fn } of listeners) if (type === 'message') fn({ data, source: fromParent ? parent : {} });
    },
    listeners: listeners.map((l) => l.type),
  };
}

const own = (height: number, widget = 'sesame-score') => ({ message: { type: 'scored:height', version: 1, widget, height }, target: '*' });
const amp = (height: number) => ({ message: { sentinel: 'amp', type: 'embed-size', height }, target: '*' });
const pym = (height: number) => ({ message: `pymxPYMxscored-sesame-scorexPYMxheightxPYMx${height}`, target: '*' });
const wp = (height: number) => ({ message: { message: 'height', value: height, secret: 'abc123' }, target: '*' });

describe('the child script', () => {
  it('posts its height, rounded up, in our dialect and AMP’s, for the widget named on its element', () => {
    const run = runChild();
    expect(run.posted).toEqual([own(743), amp(743)]);
    expect(runChild({ widget: 'rongcheng-ledger', height: 100 }).posted).toEqual([own(100, 'rongcheng-ledger'), amp(100)]);
  });

  it('posts again only when the height changes', () => {
    const run = runChild();
    run.resize();
    run.resize();
    expect(run.posted).toHaveLength(2);
    run.setHeight(900);
    run.resize();
    expect(run.posted.slice(2)).toEqual([own(900), amp(900)]);
  });

  it('never posts a height outside the rules', () => {
    expect(runChild({ height: 0 }).posted).toEqual([]);
    expect(runChild({ height: 50_000.5 }).posted).toEqual([]);
  });

  it('does nothing unframed, or without a widget id on its element', () => {
    for (const run of [runChild({ framed: false }), runChild({ widget: null }), runChild({ widget: '' })]) {
      expect(run.posted).toEqual([]);
      expect(run.listeners).toEqual([]);
    }
  });

  it("speaks pym.js when pym's parent named it, and answers each new width with its height", () => {
    const run = runChild({ search: '?initialWidth=640&childId=scored-sesame-score' });
    expect(run.posted).toEqual([own(743), pym(743), amp(743)]);
    run.receive('pymxPYMxscored-sesame-scorexPYMxwidthxPYMx640');
    expect(run.posted.slice(3)).toEqual([pym(743)]);
    run.receive('pymxPYMxscored-sesame-scorexPYMxwidthxPYMx640');
    run.receive('pymxPYMxscored-sesame-scorexPYMxwidthxPYMx320', false);
    run.receive('pymxPYMxotherxPYMxwidthxPYMx320');
    expect(run.posted).toHaveLength(4);
    run.setHeight(1200);
    run.receive('pymxPYMxscored-sesame-scorexPYMxwidthxPYMx320');
    expect(run.posted.slice(4)).toEqual([own(1200), pym(1200), amp(1200)]);
  });

  it("speaks WordPress's dialect with its secret, and repeats the height when wp-embed.js is ready", () => {
    const run = runChild({ hash: '#?secret=abc123' });
    expect(run.posted).toEqual([own(743), amp(743), wp(743)]);
    run.receive({ message: 'ready', secret: 'abc123' });
    expect(run.posted.slice(3)).toEqual([wp(743)]);
    run.receive({ message: 'ready', secret: 'other' });
    run.receive({ message: 'ready', secret: 'abc123' }, false);
    expect(run.posted).toHaveLength(4);
  });
});

describe('the theme script', () => {
  function theme(search: string): Record<string, string> {
    const set: Record<string, string> = {};
    const documentElement = { setAttribute: (name: string, value: string) => (set[name] = value) };
    runInNewContext(scripts.theme, { document: { documentElement }, location: { search }, URLSearchParams });
    return set;
  }

  it('forces light or dark from ?theme=, and leaves anything else to the reader', () => {
    expect(theme('?theme=dark')).toEqual({ 'data-theme': 'dark' });
    expect(theme('?sesame-score=1.1-2-3-4-5&theme=light')).toEqual({ 'data-theme': 'light' });
    for (const search of ['', '?theme=auto', '?theme=Dark', '?theme=%3Cscript%3E']) expect(theme(search), search).toEqual({});
  });
});

describe('the loader (/embed.js)', () => {
  let dom: Dom;
  let window: Dom['window'];
  let document: Document;
  beforeEach(() => {
    dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'https://news.example/story/', runScripts: 'outside-only' });
    ({ window } = dom);
    ({ document } = window);
  });
  afterEach(() => window.close());

  const run = (src = `${origin}/embed.js`) => {
    const script = document.createElement('script');
    script.src = src;
    Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
    try {
      window.eval(scripts.loader);
    } finally {
      delete (document as unknown as Record<string, unknown>).currentScript;
    }
  };
  const height = (frame: HTMLIFrameElement, data: unknown, from = origin, source: unknown = frame.contentWindow) => {
    window.dispatchEvent(new window.MessageEvent('message', { data, origin: from, source: source as Window }));
    return frame.style.height;
  };
  it('turns our placeholders into titled, lazy, sized iframes and leaves the rest alone', () => {
    document.body.innerHTML = [
      `<div class="scored-embed" data-scored-widget="sesame-score" data-scored-scenario="1.67-67-67-67-67" data-scored-theme="dark" data-scored-height="900"><a href="${origin}/embed/sesame-score/">Move a Sesame\n Credit score</a></div>`,
      `<div class="scored-embed" data-scored-widget="rongcheng-ledger" data-scored-scenario="&quot;><b>"><a href="${origin}/embed/rongcheng-ledger/">Keep a ledger</a></div>`,
      `<div class="scored-embed" data-scored-widget="no-such-widget"><a href="${origin}/embed/no-such-widget/">No such widget</a></div>`,
      `<div class="scored-embed" data-scored-widget="sesame-score"><a href="https://staging.example.org/embed/sesame-score/">Another deployment's</a></div>`,
    ].join('');
    run();
    const [sesame, rongcheng, unknown, other] = [...document.querySelectorAll<HTMLElement>('.scored-embed')];
    const frame = sesame!.querySelector('iframe')!;
    expect(sesame!.children).toHaveLength(1);
    expect(sesame!.hasAttribute('data-scored-ready')).toBe(true);
    expect(frame.getAttribute('src')).toBe(frameSrc(origin, 'sesame-score', '1.67-67-67-67-67', 'dark'));
    expect(frame.getAttribute('title')).toBe('Move a Sesame Credit score (interactive, from Scored)');
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(frame.getAttribute('data-scored-frame')).toBe('sesame-score');
    expect(frame.style.height).toBe('900px');
    const second = rongcheng!.querySelector('iframe')!;
    expect(second.getAttribute('src')).toBe(`${origin}/embed/rongcheng-ledger/`);
    expect(second.style.height).toBe('600px');
    expect(unknown!.querySelector('iframe')).toBeNull();
    expect(other!.querySelector('iframe')).toBeNull();
  });

  it('sets a frame’s height from our message, only from its origin, its own frame and for its widget', () => {
    document.body.innerHTML = `<div class="scored-embed" data-scored-widget="sesame-score"><a href="${origin}/embed/sesame-score/">Sesame</a></div>`;
    run();
    const frame = document.querySelector('iframe')!;
    const message = (px: number, widget = 'sesame-score') => ({ type: 'scored:height', version: 1, widget, height: px });
    expect(height(frame, message(1234))).toBe('1234px');
    expect(height(frame, message(1300), 'https://evil.example')).toBe('1234px');
    expect(height(frame, message(1300), origin, window)).toBe('1234px');
    expect(height(frame, message(1300, 'rongcheng-ledger'))).toBe('1234px');
    expect(height(frame, { ...message(1300), extra: 1 })).toBe('1234px');
    expect(height(frame, message(50_001))).toBe('1234px');
    expect(height(frame, { sentinel: 'amp', type: 'embed-size', height: 1300 })).toBe('1234px');
    expect(height(frame, message(700))).toBe('700px');
  });

  it('runs once per origin however many embed codes bring it, and fills placeholders added later', () => {
    document.body.innerHTML = `<div class="scored-embed" data-scored-widget="sesame-score"><a href="${origin}/embed/sesame-score/">Sesame</a></div>`;
    run();
    run();
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
    document.body.insertAdjacentHTML('beforeend', `<div class="scored-embed" data-scored-widget="rongcheng-ledger"><a href="${origin}/embed/rongcheng-ledger/">Ledger</a></div>`);
    run();
    expect(document.querySelectorAll('iframe')).toHaveLength(2);
    const frame = document.querySelectorAll('iframe')[1]!;
    expect(height(frame, { type: 'scored:height', version: 1, widget: 'rongcheng-ledger', height: 800 })).toBe('800px');
  });
});

/**
 * The embed page's own runtime: tells whatever page frames it how tall it is.
 *
 * It ships as INLINE CLASSIC scripts (see childScript() and themeScript()), not as a module:
 * in an `<iframe sandbox="allow-scripts">` (WordPress oEmbed) the page has an opaque origin,
 * and its module scripts and fonts then load only if the site sends
 * `Access-Control-Allow-Origin: *`. The widget may stay in its server-rendered state, but the
 * frame must still size itself. So `runChild` is one self-contained function (no imports, no
 * references to module scope, no framework) whose compiled source is minified and inlined into the page
 * with its config and the protocol functions it needs. It never touches storage or cookies.
 */
import { minifySync } from 'vite';
import {
  ampHeightMessage,
  isHeight,
  isWordPressReady,
  ownHeightMessage,
  parsePymWidthMessage,
  pymChildId,
  pymHeightMessage,
  themeFromSearch,
  wordPressHeightMessage,
  wordPressSecret,
} from './protocol';

export interface ChildConfig {
  /** The widget's id, named in our own height message. */
  readonly widget: string;
}

/** The protocol functions runChild calls, passed in so the inlined script needs no imports. */
const childLib = {
  ampHeightMessage,
  isHeight,
  isWordPressReady,
  ownHeightMessage,
  parsePymWidthMessage,
  pymChildId,
  pymHeightMessage,
  wordPressHeightMessage,
  wordPressSecret,
};
export type ChildLib = typeof childLib;

/**
 * Measures the document and posts its height to the parent whenever it changes.
 *
 * The height is `Math.ceil(document.documentElement.getBoundingClientRect().height)`: the
 * border box of <html>, which the embed page's CSS makes exactly its content (html and body
 * `height: auto`, margin 0, body a block formatting context so no child margin escapes it). It
 * never depends on the iframe's own height, unlike `documentElement.scrollHeight` (never less
 * than the viewport, so a frame could grow but never shrink) or `body.offsetHeight` (drops
 * margins, pym.js#83, and rounds down, which leaves a 1 px scrollbar). Rounding the fractional
 * box height up means the frame is never a fraction too short.
 */
export function runChild(config: ChildConfig, lib: ChildLib): void {
  const win = window;
  let framed = true;
  try {
    framed = win.parent !== win;
  } catch {
    // A browser that will not even say: assume framed; posting to ourselves is harmless.
  }
  if (!framed) return;
  const doc = document;
  const root = doc.documentElement;
  const childId = lib.pymChildId(location.search);
  const secret = lib.wordPressSecret(location.hash);
  let last = 0;
  let pymWidth = -1;

  const post = (message: unknown): void => {
    try {
      // '*': a height is not a secret, and a sandboxed or pym host has no origin we could name.
      win.parent.postMessage(message, '*');
    } catch {
      // A detached or closing parent: nothing to tell.
    }
  };
  const measure = (): number => Math.ceil(root.getBoundingClientRect().height);
  /** Posts every applicable dialect, but only when the height differs from the last one sent. */
  const send = (): void => {
    const height = measure();
    if (height === last || !lib.isHeight(height)) return;
    last = height;
    post(lib.ownHeightMessage(config.widget, height));
    if (childId !== null) post(lib.pymHeightMessage(childId, height));
    post(lib.ampHeightMessage(height));
    if (secret !== null) post(lib.wordPressHeightMessage(secret, height));
  };

  win.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== win.parent) return;
    if (childId !== null) {
      const width = lib.parsePymWidthMessage(event.data, childId);
      if (width !== null) {
        // pym.js's parent sends its width on load and on resize; its child answers a new width
        // with its height. Answer the same way, even when the height has not changed.
        if (width !== pymWidth) {
          pymWidth = width;
          const before = last;
          send();
          if (last === before && lib.isHeight(last)) post(lib.pymHeightMessage(childId, last));
        }
        return;
      }
    }
    if (secret !== null && lib.isWordPressReady(event.data, secret)) {
      // wp-embed.js loads late and says 'ready': repeat the height it may have missed.
      if (lib.isHeight(last)) post(lib.wordPressHeightMessage(secret, last));
      else send();
    }
  });

  if (typeof ResizeObserver === 'function') {
    // Fires once on observe, then whenever the document's box changes: late-hydrating islands,
    // widget state changes, opened <details>, font swaps and width changes alike.
    const observer = new ResizeObserver(() => send());
    observer.observe(root);
    if (doc.body) observer.observe(doc.body);
  } else {
    // Very old browsers: check twice a second; still posts only when the height changed.
    win.setInterval(send, 500);
  }
  doc.addEventListener('DOMContentLoaded', send);
  win.addEventListener('load', send);
  try {
    doc.fonts.ready.then(send, () => {});
  } catch {
    // No Font Loading API: the ResizeObserver sees font swaps anyway.
  }
  send();
}

/** Sets <html data-theme> from `?theme=light|dark` before the first paint; anything else follows the reader. */
export function applyTheme(read: (search: string) => string | null): void {
  const theme = read(location.search);
  if (theme) document.documentElement.setAttribute('data-theme', theme);
}

/** JSON safe inside a <script> element: every `<` escaped, so no `</script` or `<!--`. */
const scriptSafe = (json: string): string => json.replace(/</g, '\\u003c');

const source = (fn: (...args: never[]) => unknown): string => fn.toString();

/** Refuses, at build time, code that could end or confuse the <script> element it is inlined into. */
export function assertInlineSafe(code: string): string {
  if (/<\/script|<!--|<script/i.test(code)) throw new Error('src/embed: inlined script text contains "</script", "<script" or "<!--"');
  return code;
}

/**
 * Minifies an inline classic script at build time with the minifier Vite already uses for the
 * site's own bundles (Oxc, via rolldown): `fn.toString()` gives the transpiled but unminified
 * source, comments and indentation included, and every embed page parses this text before its
 * first paint. About 30% fewer gzipped bytes. Compressed as a script, not a module (the result
 * runs as a classic script, where top-level names are globals), and not raised above ES2020
 * syntax so the sizing still runs in older browsers that can frame the widget. Refuses any
 * minifier error rather than shipping unminified or broken code.
 */
export function minifyInline(code: string): string {
  const result = minifySync('inline-script.js', code, { module: false, compress: { target: 'es2020' }, mangle: { toplevel: false } });
  if (result.errors.length > 0) throw new Error(`src/embed: minifying an inline script failed: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.code.trim();
}

/** Stands for the config while the code is minified: the minifier would undo scriptSafe's escapes. */
const CONFIG_SLOT = '__scoredChildConfig__';

/** The inline classic script for the end of the embed page's <body>. */
export function childScript(config: ChildConfig): string {
  const lib = `{${Object.entries(childLib)
    .map(([name, fn]) => `${name}:${source(fn)}`)
    .join(',')}}`;
  const code = minifyInline(`(${source(runChild)})(${CONFIG_SLOT},${lib});`);
  if (code.split(CONFIG_SLOT).length !== 2) throw new Error('src/embed: the minified child script lost its config slot');
  return assertInlineSafe(code.replace(CONFIG_SLOT, () => scriptSafe(JSON.stringify(config))));
}

/** The inline classic script for the embed page's <head>. */
export function themeScript(): string {
  return assertInlineSafe(minifyInline(`(${source(applyTheme)})(${source(themeFromSearch)});`));
}

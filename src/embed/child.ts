/**
 * The embed page's own runtime: tells whatever page frames it how tall it is.
 *
 * An entry module: bundle.ts bundles it with what it imports into one minified classic script,
 * which the embed page inlines at the end of its <body> as
 * `<script data-scored-widget="<widget-id>">…</script>`; the script reads its widget from that
 * attribute. Inline and classic, not a module file: in an `<iframe sandbox="allow-scripts">`
 * (WordPress oEmbed) the page has an opaque origin, and its module scripts and fonts then load
 * only if the site sends `Access-Control-Allow-Origin: *`. The widget may stay in its
 * server-rendered state, but the frame must still size itself. It never touches storage or
 * cookies.
 */
import { isHeight } from './constants';
import { WIDGET_ATTRIBUTE } from './markup';
import {
  ampHeightMessage,
  isWordPressReady,
  ownHeightMessage,
  parsePymWidthMessage,
  pymChildId,
  pymHeightMessage,
  wordPressHeightMessage,
  wordPressSecret,
} from './protocol';

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
function runChild(widget: string): void {
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
  const childId = pymChildId(location.search);
  const secret = wordPressSecret(location.hash);
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
    if (height === last || !isHeight(height)) return;
    last = height;
    post(ownHeightMessage(widget, height));
    if (childId !== null) post(pymHeightMessage(childId, height));
    post(ampHeightMessage(height));
    if (secret !== null) post(wordPressHeightMessage(secret, height));
  };

  win.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== win.parent) return;
    if (childId !== null) {
      const width = parsePymWidthMessage(event.data, childId);
      if (width !== null) {
        // pym.js's parent sends its width on load and on resize; its child answers a new width
        // with its height. Answer the same way, even when the height has not changed.
        if (width !== pymWidth) {
          pymWidth = width;
          const before = last;
          send();
          if (last === before && isHeight(last)) post(pymHeightMessage(childId, last));
        }
        return;
      }
    }
    if (secret !== null && isWordPressReady(event.data, secret)) {
      // wp-embed.js loads late and says 'ready': repeat the height it may have missed.
      if (isHeight(last)) post(wordPressHeightMessage(secret, last));
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

// The script element is only "current" while it first runs, so read its widget now. The page
// writes it from the widget's registration; the loader checks it again in every message.
const script = document.currentScript;
const widget = script ? script.getAttribute(WIDGET_ATTRIBUTE) : null;
if (widget) runChild(widget);

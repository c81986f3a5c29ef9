/**
 * /embed.js, the loader a journalist's page includes with `<script async src=".../embed.js">`
 * (the code `loaderCode()` in codes.ts writes). It turns every
 * `<div class="scored-embed" data-scored-widget="…"><a href="…">Title</a></div>` placeholder
 * into a lazy iframe of `/embed/<id>/` on the loader's own origin, and sets each iframe's height
 * from our own height message, accepted only from our origin and from one of its own iframes.
 *
 * Served as plain JavaScript by src/pages/embed.js.ts: `runLoader` is one self-contained
 * function (no imports, nothing from module scope) whose compiled source is wrapped with its
 * config and the protocol functions it calls. No framework, no styles injected into the host
 * page, no storage, no cookies, no requests other than the iframes themselves.
 */
import { frameSrc, frameTitle, initialHeight, parseOwnHeightMessage } from './protocol';
import { assertInlineSafe } from './child';

export interface LoaderConfig {
  /** Widget ids this site serves; placeholders naming any other id are left as they are. */
  readonly widgets: readonly string[];
  /** Initial iframe height in CSS px when the placeholder has no `data-scored-height`. */
  readonly defaultHeight: number;
  /** The iframe title's template, `{title}` for the link text (the dictionary's, in the site's locale). */
  readonly frameTitle: string;
}

const loaderLib = { frameSrc, frameTitle, initialHeight, parseOwnHeightMessage };
export type LoaderLib = typeof loaderLib;

interface LoaderState {
  readonly frames: HTMLIFrameElement[];
  readonly scan: () => void;
}

export function runLoader(config: LoaderConfig, lib: LoaderLib): void {
  const win = window;
  const doc = document;
  const script = doc.currentScript;
  // The loader's origin is where this very script came from, so staging and production
  // deployments, or two sites, never take each other's placeholders or messages.
  let origin = '';
  try {
    origin = new URL(script instanceof HTMLScriptElement ? script.src : '').origin;
  } catch {
    return;
  }
  if (origin === 'null') return;

  // One listener and one list of frames per origin, however often the script runs (every
  // pasted embed code brings its own script tag).
  const registry = win as unknown as Record<symbol, LoaderState | undefined>;
  const key = Symbol.for('scored.embed ' + origin);
  let state = registry[key];
  if (!state) {
    const frames: HTMLIFrameElement[] = [];
    win.addEventListener('message', (event: MessageEvent) => {
      if (event.origin !== origin || !event.source) return;
      const message = lib.parseOwnHeightMessage(event.data);
      if (!message) return;
      for (const frame of frames) {
        if (frame.contentWindow === event.source && frame.getAttribute('data-scored-frame') === message.widget) {
          // style.height, not the attribute: host CSS such as `iframe { height: 100% }` beats
          // an attribute (pym.js#168) but not an inline style.
          frame.style.height = message.height + 'px';
          return;
        }
      }
    });
    const scan = (): void => {
      // Forget frames a host page has removed.
      for (let i = frames.length - 1; i >= 0; i--) if (!frames[i]!.isConnected) frames.splice(i, 1);
      const placeholders = doc.querySelectorAll<HTMLElement>('.scored-embed[data-scored-widget]:not([data-scored-ready])');
      for (const placeholder of placeholders) {
        const widget = placeholder.getAttribute('data-scored-widget') ?? '';
        if (config.widgets.indexOf(widget) < 0) continue;
        const link = placeholder.querySelector('a[href]');
        if (link instanceof HTMLAnchorElement) {
          // A placeholder whose link points at another deployment is that loader's to fill.
          let linkOrigin = '';
          try {
            linkOrigin = new URL(link.href).origin;
          } catch {
            // An unparsable link names no one; the placeholder is ours.
          }
          if (linkOrigin && linkOrigin !== origin) continue;
        }
        const src = lib.frameSrc(origin, widget, placeholder.getAttribute('data-scored-scenario'), placeholder.getAttribute('data-scored-theme'));
        if (src === null) continue;
        const frame = doc.createElement('iframe');
        frame.setAttribute('loading', 'lazy');
        frame.setAttribute('title', lib.frameTitle(link ? link.textContent : null, widget, config.frameTitle));
        frame.setAttribute('width', '100%');
        frame.setAttribute('data-scored-frame', widget);
        frame.style.cssText = 'display:block;width:100%;max-width:100%;border:0;margin:0;padding:0;';
        frame.style.height = lib.initialHeight(placeholder.getAttribute('data-scored-height'), config.defaultHeight) + 'px';
        frame.src = src;
        placeholder.setAttribute('data-scored-ready', '');
        // Readers without scripts or iframes never get here and keep the link as pasted; once
        // framed, the embedded page carries its own title and credit link back.
        placeholder.replaceChildren(frame);
        frames.push(frame);
      }
    };
    state = { frames, scan };
    registry[key] = state;
  }
  state.scan();
  // An async script can run before the rest of the article is parsed.
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', state.scan);
}

/** The whole of /embed.js. */
export function loaderScript(config: LoaderConfig): string {
  const lib = `{${Object.entries(loaderLib)
    .map(([name, fn]) => `${name}:${fn.toString()}`)
    .join(',')}}`;
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return assertInlineSafe(`/*! Scored embed loader. MIT licence. */\n(${runLoader.toString()})(${json},${lib});\n`);
}

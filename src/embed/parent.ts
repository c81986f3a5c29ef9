/**
 * /embed.js, the loader a journalist's page includes with `<script async src=".../embed.js">`
 * (the code `loaderCode()` in codes.ts writes). It turns every
 * `<div class="scored-embed" data-scored-widget="…"><a href="…">Title</a></div>` placeholder
 * into a lazy iframe of `/embed/<id>/` on the loader's own origin, and sets each iframe's height
 * from our own height message, accepted only from our origin and from one of its own iframes.
 *
 * An entry module: bundle.ts bundles it with what it imports into the one classic script that
 * src/pages/embed.js.ts serves, and puts the site's LoaderConfig where
 * `__SCORED_LOADER_CONFIG__` stands. No framework, no styles injected into the host page, no
 * storage, no cookies, no requests other than the iframes themselves.
 */
import { DEFAULT_FRAME_HEIGHT } from './constants';
import {
  FRAME_ATTRIBUTE,
  HEIGHT_ATTRIBUTE,
  PLACEHOLDER_CLASS,
  READY_ATTRIBUTE,
  SCENARIO_ATTRIBUTE,
  THEME_ATTRIBUTE,
  WIDGET_ATTRIBUTE,
} from './markup';
import { frameSrc, frameTitle, initialHeight, parseOwnHeightMessage, type LoaderConfig } from './protocol';

/** The site's config, written in by bundle.ts's loaderScript() (a free name the minifier keeps). */
declare const __SCORED_LOADER_CONFIG__: LoaderConfig;

interface LoaderState {
  readonly frames: HTMLIFrameElement[];
  readonly scan: () => void;
}

function runLoader(config: LoaderConfig): void {
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
      const message = parseOwnHeightMessage(event.data);
      if (!message) return;
      for (const frame of frames) {
        if (frame.contentWindow === event.source && frame.getAttribute(FRAME_ATTRIBUTE) === message.widget) {
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
      const placeholders = doc.querySelectorAll<HTMLElement>(`.${PLACEHOLDER_CLASS}[${WIDGET_ATTRIBUTE}]:not([${READY_ATTRIBUTE}])`);
      for (const placeholder of placeholders) {
        const widget = placeholder.getAttribute(WIDGET_ATTRIBUTE) ?? '';
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
        const src = frameSrc(origin, widget, placeholder.getAttribute(SCENARIO_ATTRIBUTE), placeholder.getAttribute(THEME_ATTRIBUTE));
        if (src === null) continue;
        const frame = doc.createElement('iframe');
        frame.setAttribute('loading', 'lazy');
        frame.setAttribute('title', frameTitle(link ? link.textContent : null, widget, config.frameTitle));
        frame.setAttribute('width', '100%');
        frame.setAttribute(FRAME_ATTRIBUTE, widget);
        frame.style.cssText = 'display:block;width:100%;max-width:100%;border:0;margin:0;padding:0;';
        frame.style.height = initialHeight(placeholder.getAttribute(HEIGHT_ATTRIBUTE), DEFAULT_FRAME_HEIGHT) + 'px';
        frame.src = src;
        placeholder.setAttribute(READY_ATTRIBUTE, '');
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

runLoader(__SCORED_LOADER_CONFIG__);

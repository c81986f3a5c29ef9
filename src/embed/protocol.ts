/**
 * The messages an embedded widget and its host page exchange, as pure functions.
 *
 * Child → parent, one height in four dialects (the child sends each only where it applies):
 *   ours       { type: 'scored:height', version: 1, widget: '<widget-id>', height }   always when framed
 *   pym.js     'pymxPYMx<childId>xPYMxheightxPYMx<height>'                        when ?childId= is in the URL
 *   AMP        { sentinel: 'amp', type: 'embed-size', height }                     always when framed
 *   WordPress  { message: 'height', value: <height>, secret: '<secret>' }          when #?secret= is in the URL
 * Parent → child, the only messages the child listens to:
 *   pym.js     'pymxPYMx<childId>xPYMxwidthxPYMx<width>'   (answered with the pym height)
 *   WordPress  { message: 'ready', secret: '<secret>' }      (answered with the WordPress height)
 *
 * The child (child.ts), the theme script (theme.ts) and the loader (parent.ts) import these
 * like any module; bundle.ts bundles each into one classic script at build time. The limits
 * and patterns are in constants.ts.
 *
 * Parsers never throw and never trust a shape: they read own data properties only (no getters,
 * nothing inherited), demand exact key sets and types, and return null for anything else.
 */

import {
  FRAME_TITLE_HOLE,
  FRAME_TITLE_MAX_LENGTH,
  INITIAL_HEIGHT_MAX,
  INITIAL_HEIGHT_MIN,
  OWN_TYPE,
  OWN_VERSION,
  PYM_DELIMITER,
  isHeight,
  isScenario,
  isWidgetId,
} from './constants';
import { FORCED_THEMES, THEME_PARAM, embedPath, type EmbedThemeName } from './markup';

export interface OwnHeightMessage {
  readonly type: typeof OWN_TYPE;
  readonly version: typeof OWN_VERSION;
  readonly widget: string;
  readonly height: number;
}

export interface AmpHeightMessage {
  readonly sentinel: 'amp';
  readonly type: 'embed-size';
  readonly height: number;
}

export interface WordPressHeightMessage {
  readonly message: 'height';
  readonly value: number;
  readonly secret: string;
}

/** What /embed.js is built with (src/pages/embed.js.ts), handed to the loader in parent.ts. */
export interface LoaderConfig {
  /** Widget ids this site serves; placeholders naming any other id are left as they are. */
  readonly widgets: readonly string[];
  /** The iframe title's template, FRAME_TITLE_HOLE for the link text (the dictionary's, in the site's locale). */
  readonly frameTitle: string;
}

export function ownHeightMessage(widget: string, height: number): OwnHeightMessage {
  return { type: OWN_TYPE, version: OWN_VERSION, widget, height };
}

/** pym.js's child → parent height message (pym's `_makeMessage('height', …)`). */
export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(height)].join(PYM_DELIMITER);
}

/** What amp-iframe (and Datawrapper, NPR Sidechain) listen for. */
export function ampHeightMessage(height: number): AmpHeightMessage {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** What WordPress's wp-embed.js listens for from the iframe whose data-secret matches. */
export function wordPressHeightMessage(secret: string, height: number): WordPressHeightMessage {
  return { message: 'height', value: height, secret };
}

/** The value of an own data property (never a getter's, never an inherited one), or undefined. */
function ownValue(data: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(data, key);
  return descriptor && 'value' in descriptor ? descriptor.value : undefined;
}

/**
 * Our height message, from whatever arrived in a `message` event: exactly the four keys, each
 * an own data property of the right type, a known widget id and a sane height; else null.
 */
export function parseOwnHeightMessage(data: unknown): { widget: string; height: number } | null {
  try {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
    if (Object.keys(data).length !== 4) return null;
    if (ownValue(data, 'type') !== OWN_TYPE || ownValue(data, 'version') !== OWN_VERSION) return null;
    const widget = ownValue(data, 'widget');
    const height = ownValue(data, 'height');
    return isWidgetId(widget) && isHeight(height) ? { widget, height } : null;
  } catch {
    return null;
  }
}

/**
 * The id pym.js's parent gave this child (`?childId=`, read as pym's child reads it: the first
 * occurrence, `+` as a space, percent-decoded), if it is a plausible element id: letters,
 * digits, `_ . : -`, at most 128 characters. pym's parent appends it as `&childId=<id>`.
 */
export function pymChildId(search: string): string | null {
  try {
    const id = new URLSearchParams(search).get('childId');
    return id !== null && /^[A-Za-z0-9_.:-]{1,128}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}

/**
 * The width in a pym.js parent → child `width` message for this child
 * ('pymxPYMx<childId>xPYMxwidthxPYMx<width>', sent on load and on every resize of the host
 * window), or null for anything else.
 */
export function parsePymWidthMessage(data: unknown, childId: string): number | null {
  if (typeof data !== 'string' || typeof childId !== 'string' || data.length > 400) return null;
  const prefix = ['pym', childId, 'width', ''].join(PYM_DELIMITER);
  if (data.slice(0, prefix.length) !== prefix) return null;
  const rest = data.slice(prefix.length);
  return /^\d{1,6}$/.test(rest) ? Number(rest) : null;
}

/**
 * The secret WordPress appends to an oEmbed iframe's address (`#?secret=abc123`), if the
 * fragment carries one of 1–64 letters and digits (wp-embed.js drops any other secret).
 */
export function wordPressSecret(hash: string): string | null {
  if (typeof hash !== 'string' || hash.length > 1000) return null;
  const match = /[#?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash);
  return match ? match[1]! : null;
}

/** True for WordPress's `{ message: 'ready', secret }`, which asks an embed to send its height again. */
export function isWordPressReady(data: unknown, secret: string): boolean {
  try {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
    const given = ownValue(data, 'secret');
    return ownValue(data, 'message') === 'ready' && typeof given === 'string' && given === secret;
  } catch {
    return false;
  }
}

/** A theme that forces one (FORCED_THEMES), else null: the reader's theme. */
export function forcedTheme(value: unknown): EmbedThemeName | null {
  return (FORCED_THEMES as readonly unknown[]).indexOf(value) >= 0 ? (value as EmbedThemeName) : null;
}

/** `?theme=light|dark` forces a theme; anything else (or nothing) follows the reader. */
export function themeFromSearch(search: string): EmbedThemeName | null {
  try {
    return forcedTheme(new URLSearchParams(search).get(THEME_PARAM));
  } catch {
    return null;
  }
}

/**
 * The embed page address the loader frames: the same URL `embedUrl()` in codes.ts writes, built
 * only from values that pass the same checks as the widget's URL state. Null when the widget
 * id or the origin is not usable; an unusable scenario or theme is dropped (default state,
 * reader's theme).
 */
export function frameSrc(origin: string, widget: string, scenario: string | null, theme: string | null): string | null {
  try {
    if (!isWidgetId(widget)) return null;
    const url = new URL(embedPath(widget), origin);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (isScenario(scenario)) url.searchParams.set(widget, scenario);
    const forced = forcedTheme(theme);
    if (forced) url.searchParams.set(THEME_PARAM, forced);
    return url.href;
  } catch {
    return null;
  }
}

/**
 * The iframe's accessible name from the placeholder's link text, as `iframeTitle()` in codes.ts
 * words it: `template` is the dictionary's `site.embed.frameTitle` with `{site}` filled, e.g.
 * "{title} (interactive, from Scored)", handed to the loader in its config.
 */
export function frameTitle(linkText: string | null | undefined, fallback: string, template: string): string {
  const text = typeof linkText === 'string' ? linkText.replace(/\s+/g, ' ').trim().slice(0, FRAME_TITLE_MAX_LENGTH) : '';
  return String(template).split(FRAME_TITLE_HOLE).join(text || fallback);
}

/** An initial iframe height from `data-scored-height`, else the fallback. */
export function initialHeight(attribute: string | null | undefined, fallback: number): number {
  if (typeof attribute !== 'string' || !/^\d{1,5}$/.test(attribute.trim())) return fallback;
  const px = Number(attribute.trim());
  return px >= INITIAL_HEIGHT_MIN && px <= INITIAL_HEIGHT_MAX ? px : fallback;
}

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
 * RULE FOR THIS FILE: every exported function is self-contained. It may use its parameters,
 * literals and globals that exist in every browser (URLSearchParams, Object, Number), but never
 * anything else declared in this module, and no nested named helpers. The embed page and
 * /embed.js inline these functions' source text (`fn.toString()`) into classic scripts that
 * must run without a bundler or module loader; tests/model/embed-protocol.test.ts rebuilds
 * each one from its source alone and runs the same cases against it.
 *
 * Parsers never throw and never trust a shape: they read own data properties only (no getters,
 * nothing inherited), demand exact key sets and types, and return null for anything else.
 */

/** Our dialect's name and version; a change of format means a new version. */
export const OWN_TYPE = 'scored:height';
export const OWN_VERSION = 1;
/** Heights outside 1..MAX_HEIGHT CSS px are never sent nor accepted (must match isHeight). */
export const MAX_HEIGHT = 50_000;
/** pym.js separates the parts of its string messages with this. */
export const PYM_DELIMITER = 'xPYMx';

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

export type EmbedThemeName = 'light' | 'dark';

/** A height worth sending or accepting: a whole number of CSS px from 1 to 50,000. */
export function isHeight(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 50000;
}

/** A widget id as registrations use it: kebab-case, lower-case letters and digits, at most 64 characters. */
export function isWidgetId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 64 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

export function ownHeightMessage(widget: string, height: number): OwnHeightMessage {
  return { type: 'scored:height', version: 1, widget, height };
}

/** pym.js's child → parent height message (pym's `_makeMessage('height', …)`). */
export function pymHeightMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(height)].join('xPYMx');
}

/** What amp-iframe (and Datawrapper, NPR Sidechain) listen for. */
export function ampHeightMessage(height: number): AmpHeightMessage {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** What WordPress's wp-embed.js listens for from the iframe whose data-secret matches. */
export function wordPressHeightMessage(secret: string, height: number): WordPressHeightMessage {
  return { message: 'height', value: height, secret };
}

/**
 * Our height message, from whatever arrived in a `message` event: exactly the four keys, each
 * an own data property of the right type, a known widget id and a sane height; else null.
 */
export function parseOwnHeightMessage(data: unknown): { widget: string; height: number } | null {
  try {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
    const keys = Object.keys(data);
    if (keys.length !== 4) return null;
    const type = Object.getOwnPropertyDescriptor(data, 'type');
    const version = Object.getOwnPropertyDescriptor(data, 'version');
    const widget = Object.getOwnPropertyDescriptor(data, 'widget');
    const height = Object.getOwnPropertyDescriptor(data, 'height');
    if (!type || !version || !widget || !height) return null;
    if (!('value' in type) || !('value' in version) || !('value' in widget) || !('value' in height)) return null;
    if (type.value !== 'scored:height' || version.value !== 1) return null;
    const id: unknown = widget.value;
    const px: unknown = height.value;
    if (typeof id !== 'string' || id.length > 64 || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return null;
    if (typeof px !== 'number' || !Number.isInteger(px) || px < 1 || px > 50000) return null;
    return { widget: id, height: px };
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
  const prefix = 'pymxPYMx' + childId + 'xPYMxwidthxPYMx';
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
    const message = Object.getOwnPropertyDescriptor(data, 'message');
    const given = Object.getOwnPropertyDescriptor(data, 'secret');
    return !!message && !!given && message.value === 'ready' && typeof given.value === 'string' && given.value === secret;
  } catch {
    return false;
  }
}

/** `?theme=light|dark` forces a theme; anything else (or nothing) follows the reader. */
export function themeFromSearch(search: string): EmbedThemeName | null {
  try {
    const theme = new URLSearchParams(search).get('theme');
    return theme === 'light' || theme === 'dark' ? theme : null;
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
    if (typeof widget !== 'string' || widget.length > 64 || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(widget)) return null;
    const url = new URL('/embed/' + widget + '/', origin);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (typeof scenario === 'string' && scenario.length > 0 && scenario.length <= 500 && /^[A-Za-z0-9._~-]+$/.test(scenario)) {
      url.searchParams.set(widget, scenario);
    }
    if (theme === 'light' || theme === 'dark') url.searchParams.set('theme', theme);
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
  const text = typeof linkText === 'string' ? linkText.replace(/\s+/g, ' ').trim().slice(0, 200) : '';
  const title = text || fallback;
  return String(template).split('{title}').join(title);
}

/** An initial iframe height from `data-scored-height`, else the fallback. */
export function initialHeight(attribute: string | null | undefined, fallback: number): number {
  if (typeof attribute !== 'string' || !/^\d{1,5}$/.test(attribute.trim())) return fallback;
  const px = Number(attribute.trim());
  return px >= 50 && px <= 20000 ? px : fallback;
}

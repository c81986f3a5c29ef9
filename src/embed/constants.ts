/**
 * The embed rules, written once. The height protocol and the loader (protocol.ts, child.ts,
 * theme.ts, parent.ts, bundled into the embed page and /embed.js by bundle.ts), the embed codes
 * and their panel (codes.ts, codes-panel.ts), the URL-state codecs (src/widgets/url-state.ts)
 * and the content schema (src/content/schema.ts) all import these; none of them restates a
 * value (tests/model/embed-constants.test.ts greps src/ for the literals).
 *
 * No words live here: the frame title's text is the dictionary's `site.embed.frameTitle`. The
 * embed's addresses and placeholder attributes are in markup.ts.
 */

/**
 * An id as registrations, chapter slugs and bibliography entries spell it: lower-case letters
 * and digits, in words joined by single hyphens.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A widget id is at most this long: it names a URL segment, a query key and a message field. */
export const WIDGET_ID_MAX_LENGTH = 64;

/** A widget id: `ID_PATTERN`, at most `WIDGET_ID_MAX_LENGTH` characters. */
export function isWidgetId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= WIDGET_ID_MAX_LENGTH && ID_PATTERN.test(value);
}

/**
 * A scenario, the value of `?<widget-id>=` (`<version>.<payload>`, from a widget's codec):
 * 1 to `SCENARIO_MAX_LENGTH` characters that a URL carries unescaped (RFC 3986 unreserved).
 */
export const SCENARIO_PATTERN = /^[A-Za-z0-9._~-]+$/;
export const SCENARIO_MAX_LENGTH = 500;

/** A scenario worth reading, writing into an embed code or framing. */
export function isScenario(value: unknown): value is string {
  return typeof value === 'string' && value.length <= SCENARIO_MAX_LENGTH && SCENARIO_PATTERN.test(value);
}

/** Heights outside MIN_HEIGHT..MAX_HEIGHT CSS px are never sent nor accepted. */
export const MIN_HEIGHT = 1;
export const MAX_HEIGHT = 50_000;

/** A height worth sending or accepting: a whole number of CSS px from MIN_HEIGHT to MAX_HEIGHT. */
export function isHeight(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_HEIGHT && value <= MAX_HEIGHT;
}

/** The loader's iframe height before the first height message, without `data-scored-height`. */
export const DEFAULT_FRAME_HEIGHT = 600;
/** `data-scored-height` is honoured from this many CSS px … */
export const INITIAL_HEIGHT_MIN = 50;
/** … to this many. */
export const INITIAL_HEIGHT_MAX = 20_000;

/** Where the frame title template (the dictionary's `site.embed.frameTitle`) takes the widget's title. */
export const FRAME_TITLE_HOLE = '{title}';
/** The loader titles a frame with at most this many characters of the placeholder's link text. */
export const FRAME_TITLE_MAX_LENGTH = 200;

/** Our height message's type and version; a change of format means a new version. */
export const OWN_TYPE = 'scored:height';
export const OWN_VERSION = 1;
/** pym.js separates the parts of its string messages with this. */
export const PYM_DELIMITER = 'xPYMx';

/**
 * The embed's addresses and markup: what the embed codes write (codes.ts) and the loader
 * (parent.ts), the embed page and its scripts read, written once. Kept apart from the rules in
 * constants.ts on purpose: the widgets' shared chunk (the "islands" group in astro.config.mjs)
 * takes in everything src/widgets/url-state.ts imports, and so ships on every embed page;
 * nothing here is the widgets' business.
 */

/** Themes an embed can be forced into with `?theme=`; anything else follows the reader. */
export const FORCED_THEMES = ['light', 'dark'] as const;
export type EmbedThemeName = (typeof FORCED_THEMES)[number];
export const THEME_PARAM = 'theme';

/** A widget's embed page, relative to the site's origin. */
export const embedPath = (widget: string): string => `/embed/${widget}/`;

/** The loader's address, relative to the site's origin. */
export const LOADER_PATH = '/embed.js';

/** The class of the placeholder the loader code writes and /embed.js fills. */
export const PLACEHOLDER_CLASS = 'scored-embed';
/**
 * The attributes of a placeholder: the loader code writes the first four and /embed.js reads
 * them; /embed.js marks a filled placeholder and its iframe with the last two. The embed page's
 * child script names its widget with WIDGET_ATTRIBUTE too. (Separate names, not one object, so
 * a bundle carries only the ones it uses.)
 */
export const WIDGET_ATTRIBUTE = 'data-scored-widget';
export const SCENARIO_ATTRIBUTE = 'data-scored-scenario';
export const THEME_ATTRIBUTE = 'data-scored-theme';
export const HEIGHT_ATTRIBUTE = 'data-scored-height';
export const READY_ATTRIBUTE = 'data-scored-ready';
export const FRAME_ATTRIBUTE = 'data-scored-frame';

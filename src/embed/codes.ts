/**
 * The three embed codes a journalist can paste, generated from a widget's registration. Pure,
 * so the chapter's Embed dialog, the gallery, oEmbed and the tests all produce the same text.
 */
import { isScenario } from './constants';
import {
  FORCED_THEMES,
  LOADER_PATH,
  PLACEHOLDER_CLASS,
  SCENARIO_ATTRIBUTE,
  THEME_ATTRIBUTE,
  THEME_PARAM,
  WIDGET_ATTRIBUTE,
  embedPath,
  type EmbedThemeName,
} from './markup';

/** `auto` follows the reader; the others force a theme. */
export type EmbedTheme = 'auto' | EmbedThemeName;
export const EMBED_THEMES: readonly EmbedTheme[] = ['auto', ...FORCED_THEMES];

/**
 * A widget as its embed codes need it, in one locale: `embedWidget()` in src/widgets/text.ts
 * builds it from the registration and the dictionary; in the browser the panel reads it from
 * the data-attributes the server wrote. No words live here.
 */
export interface EmbedWidget {
  readonly id: string;
  readonly embedHeight: number;
  /** The widget's title: the placeholder link's text. */
  readonly title: string;
  /** The iframe's accessible name, e.g. "Move a Sesame Credit score (interactive, from Scored)". */
  readonly frameTitle: string;
}

export interface EmbedRequest {
  readonly widget: EmbedWidget;
  /** The site's origin, e.g. https://scored.example.org */
  readonly origin: string;
  /**
   * An encoded scenario from the widget's codec (`1.67-67-67-67-67`), or none for the default.
   * One that breaks the scenario rules (isScenario) is left out, as the loader would drop it.
   */
  readonly scenario?: string | undefined;
  readonly theme?: EmbedTheme;
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A JavaScript string literal that cannot close the <script> it sits in. */
const scriptString = (value: string): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** The embed page's address with the chosen scenario and theme. */
export function embedUrl({ widget, origin, scenario, theme = 'auto' }: EmbedRequest): string {
  const url = new URL(embedPath(widget.id), origin);
  if (isScenario(scenario)) url.searchParams.set(widget.id, scenario);
  if (theme !== 'auto') url.searchParams.set(THEME_PARAM, theme);
  return url.href;
}

/** Where a widget's static oEmbed response is built. */
export const oembedHref = (id: string): string => `/oembed/${id}.json`;

export const iframeTitle = (widget: EmbedWidget): string => widget.frameTitle;

/** Our loader: a placeholder that /embed.js turns into an auto-sized, lazy iframe. */
export function loaderCode(request: EmbedRequest): string {
  const { widget, origin, scenario, theme = 'auto' } = request;
  const attributes = [
    `${WIDGET_ATTRIBUTE}="${escapeAttribute(widget.id)}"`,
    isScenario(scenario) ? `${SCENARIO_ATTRIBUTE}="${escapeAttribute(scenario)}"` : '',
    theme !== 'auto' ? `${THEME_ATTRIBUTE}="${theme}"` : '',
  ].filter(Boolean);
  return [
    `<div class="${PLACEHOLDER_CLASS}" ${attributes.join(' ')}>`,
    `  <a href="${escapeAttribute(embedUrl(request))}">${escapeAttribute(widget.title)}</a>`,
    `</div>`,
    `<script async src="${escapeAttribute(new URL(LOADER_PATH, origin).href)}"></script>`,
  ].join('\n');
}

/** For newsroom pages that already use pym.js; the site serves its own copy of pym. */
export function pymCode(request: EmbedRequest): string {
  const { widget, origin } = request;
  const container = `scored-${widget.id}`;
  return [
    `<div id="${escapeAttribute(container)}"></div>`,
    `<script src="${escapeAttribute(new URL('/pym.v1.min.js', origin).href)}"></script>`,
    `<script>new pym.Parent(${scriptString(container)}, ${scriptString(embedUrl(request))}, { title: ${scriptString(iframeTitle(widget))} });</script>`,
  ].join('\n');
}

/** For CMSes that strip scripts: a fixed height that fits the default state at 320 px. */
export function iframeCode(request: EmbedRequest): string {
  const { widget } = request;
  return `<iframe src="${escapeAttribute(embedUrl(request))}" title="${escapeAttribute(iframeTitle(widget))}" width="100%" height="${widget.embedHeight}" loading="lazy" style="border:0;width:100%;max-width:100%"></iframe>`;
}

export const embedCodes = (request: EmbedRequest) => ({
  loader: loaderCode(request),
  pym: pymCode(request),
  iframe: iframeCode(request),
});

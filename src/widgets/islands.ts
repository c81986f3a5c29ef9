import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { AstroGlobal } from 'astro';
import { localeOfPath } from '../i18n/locales';
import type { WidgetRegistration } from './registration';
import type { SourceLinks } from './shared/sources';

/**
 * Each widget folder's Island.astro hydrates its Svelte component. Astro can only hydrate a
 * component imported directly, so this small file per widget is what lets <Widget id> and the
 * embed page render any registered widget without a hand-kept list.
 *
 * In a chapter an island hydrates when it scrolls into view. On its embed page the widget is
 * the whole page and in view at once, so `client:visible` would start fetching its scripts at
 * the first layout, racing the text font for the first paint; there (`standalone`) it hydrates
 * when the browser is idle, after that paint. Its server-rendered state is already complete.
 */
const modules = import.meta.glob<{ default: AstroComponentFactory }>('./*/Island.astro', { eager: true });

export function islandFor(id: string): AstroComponentFactory {
  const island = modules[`./${id}/Island.astro`];
  if (!island) throw new Error(`src/widgets/${id}/Island.astro is missing`);
  return island.default;
}

/** What <Widget id> and the embed page give every Island.astro. */
export interface IslandProps {
  sources: SourceLinks;
  /** On its embed page the widget is the page: see above. */
  standalone?: boolean;
}

/**
 * What an Island.astro hands its component, so each island is only its own import and the
 * `client:` line Astro needs to see: the words in the page's locale, and the sources.
 */
export function islandProps<State, Words>(widget: WidgetRegistration<State, Words>, astro: AstroGlobal<IslandProps>): { standalone: boolean; sources: SourceLinks; words: Words } {
  const { sources, standalone = false } = astro.props;
  return { standalone, sources, words: widget.words(localeOfPath(astro.url.pathname)) };
}

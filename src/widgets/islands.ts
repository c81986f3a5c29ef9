import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

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

import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

/**
 * Each widget folder's Island.astro hydrates its Svelte component. Astro can only hydrate a
 * component imported directly, so this small file per widget is what lets <Widget id> and the
 * embed page render any registered widget without a hand-kept list.
 */
const modules = import.meta.glob<{ default: AstroComponentFactory }>('./*/Island.astro', { eager: true });

export function islandFor(id: string): AstroComponentFactory {
  const island = modules[`./${id}/Island.astro`];
  if (!island) throw new Error(`src/widgets/${id}/Island.astro is missing`);
  return island.default;
}

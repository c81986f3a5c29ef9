import type { AstroComponentFactory } from 'astro/runtime/server/index.js';

/**
 * Lists and figures a chapter shows straight from the model, so prose cannot drift from the
 * widgets: every .astro file in this folder is usable in MDX by its file name, no imports.
 */
const modules = import.meta.glob<{ default: AstroComponentFactory }>('./*.astro', { eager: true });

export const modelComponents: Record<string, AstroComponentFactory> = Object.fromEntries(
  Object.entries(modules).map(([path, module]) => [path.slice(2, -'.astro'.length), module.default]),
);

import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * What of a chapter is not its body: the parts that are the same on every chapter or are
 * controls and drawings. Pagefind indexes only pages with `data-pagefind-body` (the chapter
 * page's <article>), so the home page, sources, embeds and the design page are never results.
 */
export const notIndexed = [
  '[data-widget]',
  'astro-island',
  '[data-scrolly-graphic]',
  '[data-scrolly-stepper]',
  '.graphic-data',
  'dialog',
  'nav',
  '.kicker',
  '.meta',
  '.heading-link',
  '.cite',
  '.teachers',
  '.references',
  '.corrections',
];

/**
 * Builds the search index into `<outDir>/pagefind/` once the site is written: self-hosted,
 * fetched from this origin only when a reader searches.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'scored:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: notIndexed });
        if (!index) throw new Error(`Search index: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: root });
        if (added.errors.length) throw new Error(`Search index: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${root}pagefind` });
        if (written.errors.length) throw new Error(`Search index: ${written.errors.join('; ')}`);
        logger.info(`search index written to ${root}pagefind/`);
        await pagefind.close();
      },
    },
  };
}

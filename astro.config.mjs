// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { remarkCitations } from './src/content/citations.ts';
import { rehypeHeadingLinks } from './src/content/heading-links.ts';
import { remarkSections } from './src/content/sections.ts';
import { searchIndex } from './src/search/index-integration.ts';
import { defaultLocale, locales, localeOfPath, routingLocales } from './src/i18n/locales.ts';

/**
 * Which built paths the sitemap lists: pages (trailing slash), minus those made for frames or authors.
 * @param {string} path
 */
const isListedPage = (path) => {
  const inLocale = path.slice(locales[localeOfPath(path)].prefix.length);
  return inLocale.endsWith('/') && !/^\/(?:embed|oembed|design|404)\//.test(inLocale);
};

// Typed as a plain AstroUserConfig: Astro infers locale names only from a literal list, and
// ours is derived from src/i18n/locales.ts.
export default defineConfig(/** @type {import('astro').AstroUserConfig} */ ({
  // The public address: embed codes and oEmbed responses are absolute. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://scored.example.org',
  trailingSlash: 'always',
  // English at / as it always was; every other locale under its prefix (/zh-hans/…), its
  // language codes from src/i18n/locales.ts so the two never disagree.
  i18n: { defaultLocale, locales: routingLocales, routing: { prefixDefaultLocale: false } },
  // Svelte's version beacon (window.__svelte) is bytes every embed would ship for nothing.
  integrations: [
    svelte({ compilerOptions: { discloseVersion: false } }),
    mdx(),
    // /sitemap-index.xml: the pages readers land on (home, chapters, sources, the embed gallery).
    // Not the embed pages (made to be framed; each names its chapter as canonical), the design
    // page (noindex), oEmbed responses or other files, nor 404 (the integration drops it too).
    sitemap({ filter: (page) => isListedPage(new URL(page).pathname) }),
    // /pagefind/: the chapters' search index, written after the pages (src/search/).
    searchIndex(),
  ],
  markdown: {
    // Astro 7's default processor runs no remark/rehype plugins; ours check citations, give
    // sections their explicit ids and place widgets, and add section links. Heading ids must
    // exist before the section-link plugin runs.
    processor: unified({
      remarkPlugins: [remarkCitations, remarkSections],
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks],
    }),
  },
  // Every stylesheet goes inline: no render-blocking request before the first paint, which on a
  // slow phone connection costs more than re-sending a few KB of CSS per page. Astro hashes them
  // for the CSP.
  build: { inlineStylesheets: 'always' },
  // A strict Content-Security-Policy on every page: Astro hashes the scripts and styles it
  // emits; everything else may come only from this site. Inline scripts of our own add their
  // hashes through Astro.csp (see the embed page).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Component scripts (Scrolly's, the Embed dialog's) go inline whatever their size, when
      // they import nothing: a script request before the first paint costs a round trip that
      // the chapter's text waits for. Other assets keep Vite's 4 KB rule.
      assetsInlineLimit: (file) => (/astro_type_script/.test(file) ? true : undefined),
      rolldownOptions: {
        output: {
          codeSplitting: {
            // Svelte's runtime, Astro's Svelte renderer and the code all widgets share go in one
            // chunk, "islands": every page with a widget loads all three anyway, and one gzip
            // stream is about 0.5 KB smaller than three files. Left to itself, the bundler splits
            // them by which entries import them. Each widget's own folder and its scoring
            // system's model stay in the widget's chunk.
            groups: [
              {
                // The embed rules are shared by the widgets' URL state and the chapter's Embed
                // dialog: alone, they keep the dialog's script from pulling in all of "islands"
                // at page load, before any widget is near the viewport.
                name: 'embed-rules',
                test: /[\\/]src[\\/]embed[\\/]constants\.ts$/,
                priority: 2,
              },
              {
                name: 'islands',
                // The kit's parts that only some widgets use (src/widgets/shared/parts/) stay out:
                // in "islands" every embed would carry them.
                test: /node_modules[\\/](svelte|@astrojs[\\/]svelte)[\\/]|[\\/]src[\\/](widgets[\\/](shared[\\/](?!parts[\\/])|[^\\/]+\.ts$)|model[\\/](system|evidence)\.ts$|lib[\\/]linear-scale\.ts$)/,
              },
            ],
          },
        },
      },
    },
  },
}));

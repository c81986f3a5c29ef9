// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { remarkCitations } from './src/content/citations.ts';
import { rehypeHeadingLinks } from './src/content/heading-links.ts';

export default defineConfig({
  // The public address: embed codes and oEmbed responses are absolute. Set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://scored.example.org',
  trailingSlash: 'always',
  integrations: [svelte(), mdx()],
  markdown: {
    // Astro 7's default processor runs no remark/rehype plugins; ours check citations and
    // add section links. Heading ids must exist before the section-link plugin runs.
    processor: unified({
      remarkPlugins: [remarkCitations],
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks],
    }),
  },
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
});

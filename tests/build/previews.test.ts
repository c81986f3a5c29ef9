import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/static-server.ts';
import { builtPages } from '../support/site-pages.ts';

/**
 * Link previews, as a chat app or a social network reads them from the built HTML: every page
 * names its card and its words, and every card is a real 1200×630 PNG served by this site.
 */
const built = existsSync(join(DIST, 'index.html'));
const pages = built ? builtPages() : [];
const htmlOf = (page: string) => readFileSync(join(DIST, page, 'index.html'), 'utf8');
const meta = (html: string, key: string) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];

beforeAll(() => {
  if (!built) throw new Error('Preview checks read dist/: run `npx astro build` first (npm test does).');
});

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(pages)('page %s', (page) => {
  it('carries Open Graph and Twitter card tags with its own title and description', () => {
    const html = htmlOf(page);
    for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt', 'twitter:card', 'twitter:title', 'twitter:description', 'twitter:image']) {
      expect(meta(html, key), `${page} ${key}`).toBeTruthy();
    }
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'og:description')).toBe(meta(html, 'description'));
  });

  it('points at a 1200×630 PNG of at most 300 KB that the build wrote on this site', () => {
    const image = new URL(meta(htmlOf(page), 'og:image')!);
    expect(image.pathname).toMatch(/^\/og\/.+\.png$/);
    const file = join(DIST, image.pathname);
    expect(existsSync(file), `${page}: ${image.pathname} was not built`).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
    expect(statSync(file).size).toBeLessThanOrEqual(300 * 1024);
  });
});

it('gives each chapter and each embed page a card of its own', () => {
  const own = pages.filter((p) => /^\/(chapters|embed)\//.test(p)).map((p) => meta(htmlOf(p), 'og:image'));
  expect(new Set(own).size).toBe(own.length);
});

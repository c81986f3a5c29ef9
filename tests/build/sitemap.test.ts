import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/static-server.ts';
import { builtPages } from '../support/site-pages.ts';

/**
 * The sitemap (@astrojs/sitemap, astro.config.mjs): every page a reader lands on, found from
 * dist/, and none of the embed pages (framed in articles; each names its chapter as canonical),
 * the design page (noindex), oEmbed responses or the 404 page.
 */
const built = existsSync(join(DIST, 'index.html'));
const site = 'https://scored.example.org';

beforeAll(() => {
  if (!built) throw new Error('Sitemap checks read dist/: run `npx astro build` first (npm test does).');
});

function listed(): string[] {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  expect(maps.length).toBeGreaterThan(0);
  return maps.flatMap((map) => [...readFileSync(join(DIST, map), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
}

describe('the sitemap', () => {
  it('lists every chapter and page, at the public address, and nothing else', () => {
    const urls = listed();
    const origin = new URL(process.env.SITE_URL ?? site).origin;
    expect(urls.every((u) => new URL(u).origin === origin)).toBe(true);
    const expected = builtPages().filter((p) => !/^\/(embed|design)\//.test(p));
    expect(expected.some((p) => p.startsWith('/chapters/'))).toBe(true);
    expect(urls.map((u) => new URL(u).pathname).sort()).toEqual(expected.sort());
  });

  it('leaves out embed pages, the design page, oEmbed responses and the 404 page', () => {
    for (const url of listed()) expect(new URL(url).pathname).not.toMatch(/^\/(embed|oembed|design)\/|404/);
  });
});

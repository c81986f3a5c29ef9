import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/static-server.ts';
import { builtPages, embedPages } from '../support/site-pages.ts';

/**
 * oEmbed discovery: a CMS given the address of an embed page (or of a chapter) looks in its
 * <head> for `<link rel="alternate" type="application/json+oembed" href="…">` and fetches the
 * static response there. Pages are found from dist/, so a new widget is covered at once.
 */
const built = existsSync(join(DIST, 'index.html'));
const embeds = built ? embedPages() : [];
const pages = built ? builtPages() : [];

beforeAll(() => {
  if (!built) throw new Error('oEmbed checks read dist/: run `npx astro build` first (npm test does).');
});

const headOf = (page: string) => {
  const html = readFileSync(join(DIST, page, 'index.html'), 'utf8');
  return html.slice(0, html.indexOf('</head>'));
};

const attributes = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/([a-z-]+)="([^"]*)"/gi)].map((m) => [m[1]!.toLowerCase(), m[2]!.replace(/&amp;/g, '&')]));

/** The oEmbed discovery links in a page's <head>, as attribute maps. */
const discoveryLinks = (page: string) =>
  [...headOf(page).matchAll(/<link\b[^>]*>/gi)].map((m) => attributes(m[0])).filter((a) => a.rel === 'alternate' && a.type === 'application/json+oembed');

interface OEmbed {
  type: string;
  provider_url: string;
  html: string;
}
const responseAt = (pathname: string): OEmbed => JSON.parse(readFileSync(join(DIST, pathname), 'utf8')) as OEmbed;

describe('oEmbed discovery on embed pages', () => {
  it('finds embed pages in the build', () => {
    expect(embeds.length).toBeGreaterThan(0);
  });

  it.each(embeds)('%s announces its own /oembed/<id>.json, absolute, on the site, and the response frames this page', (page) => {
    const id = page.split('/')[2]!;
    const links = discoveryLinks(page);
    expect(links, `${page}: oEmbed discovery <link> elements in <head>`).toHaveLength(1);
    const href = new URL(links[0]!.href!); // throws unless absolute
    expect(href.pathname, `${page}: the discovery link's href`).toBe(`/oembed/${id}.json`);
    expect(href.search + href.hash).toBe('');
    expect(links[0]!.title, `${page}: the discovery link's title`).toBeTruthy();
    expect(existsSync(join(DIST, href.pathname)), `${href.pathname} is not in the build`).toBe(true);
    const response = responseAt(href.pathname);
    expect(response.type).toBe('rich');
    expect(new URL(response.provider_url).origin, 'the link points at the site the response names').toBe(href.origin);
    expect(response.html).toContain(`src="${new URL(page, href.origin).href}"`);
  });
});

describe('oEmbed discovery anywhere', () => {
  it.each(pages)('every discovery link on %s names a response in the build', (page) => {
    for (const link of discoveryLinks(page)) {
      const { pathname } = new URL(link.href!);
      expect(pathname, `${page}: ${link.href}`).toMatch(/^\/oembed\/[a-z0-9-]+\.json$/);
      expect(existsSync(join(DIST, pathname)), `${page}: ${link.href} is not in the build`).toBe(true);
    }
  });
});

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/static-server.ts';
import { builtPages } from '../support/site-pages.ts';
import { headersFor, headersPattern, parseHeadersFile, readHeadersFile, readVercelHeaders, vercelPattern } from '../support/headers-file.ts';

/**
 * The deployment's HTTP headers (public/_headers for Netlify and Cloudflare Pages, vercel.json
 * for Vercel), checked for every file the build produces, found from dist/: pages refuse to be
 * framed, embed pages do not, assets are readable from sandboxed embeds, and every response
 * carries nosniff, a referrer policy and a permissions policy. tests/browser/deploy-headers.test.ts
 * serves the build with these headers and frames it.
 */
const built = existsSync(join(DIST, 'index.html'));
const rules = readHeadersFile();
const vercel = readVercelHeaders();

/** Every file of the build as the path a browser requests: pages by their folder ("/chapters/x/"). */
function requestPaths(): string[] {
  const paths: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else paths.push(`/${relative(DIST, path).split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1'));
    }
  };
  visit(DIST);
  return paths.filter((p) => p !== '/_headers').sort();
}
const paths = built ? requestPaths() : [];
const pages = built ? [...builtPages(), '/404.html'] : [];
const framing = ['content-security-policy', 'x-frame-options'];

beforeAll(() => {
  if (!built) throw new Error('Header checks read dist/: run `npx astro build` first (npm test does).');
});

describe('reading header rules', () => {
  it('matches paths as the hosts document their patterns', () => {
    expect(headersPattern('/chapters/*').test('/chapters/')).toBe(true);
    expect(headersPattern('/chapters/*').test('/chapters/rongcheng/')).toBe(true);
    expect(headersPattern('/chapters/*').test('/chapterss/')).toBe(false);
    expect(headersPattern('/').test('/')).toBe(true);
    expect(headersPattern('/').test('/sources/')).toBe(false);
    expect(headersPattern('/embed/:id/').test('/embed/sesame-score/')).toBe(true);
    expect(headersPattern('/embed/:id/').test('/embed/a/b/')).toBe(false);
    expect(vercelPattern('/((?!embed/).*)').test('/chapters/x/')).toBe(true);
    expect(vercelPattern('/((?!embed/).*)').test('/embed/x/')).toBe(false);
    expect(vercelPattern('/((?!embed/).*)').test('/embeds/')).toBe(true);
  });

  it('reads a rule, its headers and comments, and refuses a header outside a rule', () => {
    const parsed = parseHeadersFile('# c\n/a/*\n  X-One: 1\n  # c\n  X-Two: a: b\n\n/b\n  X-One: 2\n', 'f');
    expect(parsed.map((r) => [r.pattern, r.headers])).toEqual([
      ['/a/*', [['x-one', '1'], ['x-two', 'a: b']]],
      ['/b', [['x-one', '2']]],
    ]);
    expect(() => parseHeadersFile('  X-One: 1\n', 'f')).toThrow(/f:1/);
    expect(() => parseHeadersFile('chapters\n', 'f')).toThrow(/f:1/);
  });

  it('public/_headers is copied into the build, unchanged', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(readFileSync('public/_headers', 'utf8'));
  });
});

describe.each([
  { host: 'Netlify and Cloudflare Pages (public/_headers)', rules },
  { host: 'Vercel (vercel.json)', rules: vercel },
])('$host', ({ rules: hostRules }) => {
  it('never sets one header by two rules on the same path (hosts merge those differently)', () => {
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.flatMap((path) => headersFor(hostRules, path).conflicts)).toEqual([]);
  });

  it('sends nosniff, the pages\' referrer policy and a permissions policy with every file', () => {
    const referrer = /<meta name="referrer" content="([^"]+)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1];
    for (const path of paths) {
      const { headers } = headersFor(hostRules, path);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe(referrer);
      expect(headers['permissions-policy'], path).toMatch(/\bcamera=\(\)/);
    }
  });

  it('lets any origin read the assets (sandboxed embeds load scripts and fonts) and the oEmbed responses', () => {
    const assets = paths.filter((p) => p.startsWith('/_astro/') || p.startsWith('/oembed/'));
    expect(assets.some((p) => p.endsWith('.woff2'))).toBe(true);
    for (const path of assets) expect(headersFor(hostRules, path).headers['access-control-allow-origin'], path).toBe('*');
  });

  it('every page but the embed pages refuses to be framed', () => {
    const notEmbeds = pages.filter((p) => !p.startsWith('/embed/'));
    expect(notEmbeds).toContain('/chapters/rongcheng/');
    for (const path of notEmbeds) {
      const { headers } = headersFor(hostRules, path);
      expect(headers['content-security-policy'], `${path}: add a rule for it to public/_headers`).toBe("frame-ancestors 'none'");
      expect(headers['x-frame-options'], path).toBe('DENY');
    }
  });

  it('embed pages may be framed by any page: no frame-ancestors, no X-Frame-Options', () => {
    const embeds = pages.filter((p) => p.startsWith('/embed/'));
    expect(embeds.length).toBeGreaterThan(0);
    for (const path of embeds) {
      const { headers } = headersFor(hostRules, path);
      expect(headers['x-frame-options'], path).toBeUndefined();
      expect(headers['content-security-policy'] ?? '', path).not.toMatch(/frame-ancestors/);
    }
  });
});

it('vercel.json gives every page the headers public/_headers gives it, and every other file the same but framing', () => {
  for (const path of paths) {
    const a = headersFor(rules, path).headers;
    const b = headersFor(vercel, path).headers;
    if (pages.includes(path)) expect(b, path).toEqual(a);
    else {
      const strip = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).filter(([name]) => !framing.includes(name)));
      expect(strip(b), path).toEqual(strip(a));
    }
  }
});

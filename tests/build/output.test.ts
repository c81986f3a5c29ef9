import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { DIST } from '../support/static-server.ts';
import { builtPages } from '../support/site-pages.ts';
import { stylesheetsOfPage } from '../support/page-weight.ts';
import { CORE_FONT, coreCodePoints, formatUnicodeRange, makeCoreFont, parseUnicodeRange, restOfLatin } from '../tools/core-font.ts';

/** Checks on the build output itself, page by page, found from dist/ rather than listed. */
const pages = existsSync(join(DIST, 'index.html')) ? builtPages() : [];
const htmlOf = (page: string) => readFileSync(join(DIST, page, 'index.html'), 'utf8');

beforeAll(() => {
  if (pages.length === 0) throw new Error('Build checks read dist/: run `npx astro build` first (npm test does).');
});

const validator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
    // Known, valid patterns of the toolchain, which the recommended preset treats as style
    // errors: Svelte writes void elements as <input/> and boolean attributes as checked="",
    // and Astro puts the stylesheet for its islands inside <body>.
    elements: ['html5', { style: { flow: true } }],
    rules: { 'void-style': 'off', 'attribute-boolean-style': 'off' },
  }),
);

describe.each(pages)('built page %s', (page) => {
  it('is valid HTML (html-validate: 0 errors)', async () => {
    const report = await validator.validateString(htmlOf(page), page);
    const errors = report.results.flatMap((r) => r.messages.map((m) => `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(errors).toEqual([]);
  });

  it('every image declares its width and height', () => {
    const images = htmlOf(page).match(/<img\b[^>]*>/g) ?? [];
    expect(images.filter((img) => !/\bwidth="\d+"/.test(img) || !/\bheight="\d+"/.test(img))).toEqual([]);
  });

  it('loads no more than 15 KB of gzipped CSS', () => {
    const bytes = gzipSync(stylesheetsOfPage(page).join('')).length;
    expect(bytes, `${page}: ${bytes} bytes of CSS (gzipped)`).toBeLessThanOrEqual(15 * 1024);
  });
});

/** ids on each page, for checking fragments. */
const idsByPage = new Map(pages.map((page) => [page, new Set([...htmlOf(page).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))]));

function resolveTarget(from: string, href: string): { page: string | null; file: string | null; fragment: string | null } {
  const url = new URL(href.replace(/&amp;/g, '&'), `http://site${from}`);
  const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : null;
  const path = decodeURIComponent(url.pathname);
  if (path.endsWith('/')) return { page: path, file: join(DIST, path, 'index.html'), fragment };
  return { page: null, file: join(DIST, path), fragment };
}

describe('links inside the site', () => {
  it.each(pages)('every internal link and #fragment on %s resolves', (page) => {
    const html = htmlOf(page).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (tag) => tag.slice(0, tag.indexOf('>') + 1));
    const hrefs = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!).filter((h) => !/^(https?:|mailto:|data:)/.test(h));
    const broken: string[] = [];
    for (const href of hrefs) {
      const { page: target, file, fragment } = resolveTarget(page, href);
      if (!file || !existsSync(file)) {
        broken.push(`${href} (no such file)`);
        continue;
      }
      if (fragment && target && !idsByPage.get(target)?.has(fragment)) broken.push(`${href} (no id "${fragment}" on ${target})`);
    }
    expect(broken, `broken links on ${page}`).toEqual([]);
  });
});

describe('fonts', () => {
  it('are self-hosted: every @font-face and url() in the CSS points at this site', () => {
    // Stylesheets are files or, when small, inlined into pages: read both.
    const css = [
      ...readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(DIST, '_astro', f), 'utf8')),
      ...pages.flatMap((page) => stylesheetsOfPage(page)),
    ];
    const urls = css.flatMap((text) => [...text.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)].map((m) => m[1]!));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => /^(https?:)?\/\//.test(u))).toEqual([]);
    expect(css.join('\n')).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//);
  });

  const fontsCss = readFileSync('src/styles/fonts.css', 'utf8');
  const rangeOfFace = (file: string) => {
    const face = fontsCss.split('@font-face').find((block) => block.includes(file));
    return parseUnicodeRange(face?.match(/unicode-range:\s*([^;]+);/)?.[1] ?? '');
  };

  it('the core font file is the one `npm run fonts` makes from the current character list', async () => {
    expect((await makeCoreFont()).equals(readFileSync(CORE_FONT)), 'src/styles/fonts/ is stale: run `npm run fonts`').toBe(true);
  });

  it("fonts.css splits Latin between the core face and fontsource's Latin file, with no gap or overlap", () => {
    expect(formatUnicodeRange(rangeOfFace('source-serif-4-core-wght.woff2')), 'core face unicode-range (see `npm run fonts`)').toBe(formatUnicodeRange(coreCodePoints()));
    expect(formatUnicodeRange(rangeOfFace('source-serif-4-latin-wght-normal.woff2')), 'Latin face unicode-range (see `npm run fonts`)').toBe(formatUnicodeRange(restOfLatin()));
  });

  it.each(pages)('%s needs only the core font file for its Latin text', (page) => {
    const text = htmlOf(page)
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
      .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)));
    const rest = restOfLatin();
    const outside = [...new Set(text)].filter((c) => rest.has(c.codePointAt(0)!) && !/\s/.test(c));
    expect(outside, `${page} uses characters outside the core font, so it also downloads the 51 KB Latin file: add them to CORE_CHARACTERS in tests/tools/core-font.ts and run \`npm run fonts\``).toEqual([]);
  });
});

describe('Content-Security-Policy', () => {
  it.each(pages)('%s carries a strict policy: nothing from other origins, no unsafe-inline or unsafe-eval', (page) => {
    const meta = htmlOf(page).match(/<meta http-equiv="content-security-policy" content="([^"]+)"/);
    expect(meta, `${page} has no CSP meta tag`).not.toBeNull();
    const policy = meta![1]!;
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).toMatch(/style-src 'self'/);
    // ('wasm-unsafe-eval' is not 'unsafe-eval': it lets the search page compile its index, no more;
    // tests/build/search.test.ts keeps it to that page.)
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });

  // A hash added by a component's frontmatter after <head> was written never reaches the policy:
  // the browser then blocks that script, which only a console error would show.
  it.each(pages)('%s allows each of its inline scripts and styles by hash', (page) => {
    const html = htmlOf(page);
    const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)![1]!;
    const allowed = (directive: string) => new Set(policy.match(new RegExp(`${directive} ([^;]+)`))![1]!.match(/sha256-[A-Za-z0-9+/=]+/g) ?? []);
    const hashOf = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
    const inline = (tag: string) => [...html.matchAll(new RegExp(`<${tag}\\b(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!).filter((text) => text.length > 0);
    const missing = (tag: string, directive: string) => inline(tag).filter((text) => !allowed(directive).has(hashOf(text))).map((text) => text.slice(0, 60));
    expect(missing('script', 'script-src'), `${page}: inline scripts the policy blocks`).toEqual([]);
    expect(missing('style', 'style-src'), `${page}: inline styles the policy blocks`).toEqual([]);
  });
});

describe('prose spacing', () => {
  it.each(pages)('%s: no word runs into a link or emphasis ("underCC BY")', (page) => {
    const text = htmlOf(page).replace(/<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>/g, '');
    expect(text.match(/[a-z’']<(a|em|strong|cite)\b[^>]*>[A-Za-z]/g) ?? []).toEqual([]);
  });
});

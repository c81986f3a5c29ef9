import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST } from './static-server.ts';

/**
 * The JavaScript a built page loads, found the way a browser finds it: module scripts, island
 * components and renderers named in the HTML, then every static and dynamic import inside them.
 */
export function scriptsOfPage(pagePath: string, root = DIST): string[] {
  const html = readFileSync(join(root, pagePath, 'index.html'), 'utf8');
  const entries = [
    ...[...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/\b(?:component|renderer)-url="([^"]+\.js)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].flatMap((m) => importsIn(m[1]!, '/')),
  ];
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    for (const next of importsIn(readFileSync(join(root, url), 'utf8'), url)) visit(next);
  };
  entries.filter((url) => url.startsWith('/')).forEach(visit);
  return [...seen];
}

function importsIn(code: string, from: string): string[] {
  const specifiers = [...code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)].map((m) => m[1]!);
  return specifiers.map((s) => new URL(s, `http://site${from}`).pathname);
}

/** The CSS a built page applies: its linked stylesheets and its inline `<style>` elements. */
export function stylesheetsOfPage(pagePath: string, root = DIST): string[] {
  const html = readFileSync(join(root, pagePath, 'index.html'), 'utf8');
  return [
    ...[...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(join(root, m[1]!), 'utf8')),
    ...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!),
  ];
}

export function gzippedBytes(files: string[], root = DIST): number {
  return files.reduce((sum, url) => sum + gzipSync(readFileSync(join(root, url))).length, 0);
}

/** `type` values of <script> elements whose body the browser runs as JavaScript. */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);

/** What an inline script is, for a budget failure message: known ones by name, others by their first characters. */
function labelOf(code: string): string {
  const directive = /\(self\.Astro\|\|\(self\.Astro=\{\}\)\)\.(\w+)=/.exec(code);
  if (directive) return `Astro client:${directive[1]} directive`;
  if (code.includes('astro-island')) return 'Astro island hydration runtime';
  if (code.includes('scored:height')) return 'embed child runtime, src/embed/child.ts';
  if (code.includes('data-theme') && code.length < 1000) return 'embed theme, src/embed/theme.ts';
  return JSON.stringify(code.replace(/\s+/g, ' ').slice(0, 48));
}

export interface InlineScript {
  /** "inline #2 (Astro island hydration runtime)": its place among the page's inline scripts and what it is. */
  readonly label: string;
  readonly code: string;
}

/** The bodies of a built page's inline JavaScript (classic and module), in document order. */
export function inlineScriptsOfPage(pagePath: string, root = DIST): InlineScript[] {
  const html = readFileSync(join(root, pagePath, 'index.html'), 'utf8');
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes!))
    .filter(([, attributes]) => JS_TYPES.has((/\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes!)?.[1] ?? '').toLowerCase()))
    .map(([, , code]) => code!)
    .filter((code) => code.trim() !== '')
    .map((code, i) => ({ label: `inline #${i + 1} (${labelOf(code)})`, code }));
}

export interface ScriptWeight {
  /** A file's URL path, or an inline script's label. */
  readonly where: string;
  /** Gzipped bytes. */
  readonly bytes: number;
}

/**
 * All the JavaScript a browser parses for a page, each piece with its gzipped size: every file
 * the page loads (scriptsOfPage) and every inline script body.
 *
 * How inline scripts are counted: each body is gzipped ON ITS OWN (zlib's default level, as the
 * test server and most hosts send files), exactly as an external file is. On the wire an inline
 * script travels inside the HTML's gzip stream, where it costs about the same (script text shares
 * little with markup) less the ~20 bytes of gzip header and trailer, so this slightly overcounts.
 * It is chosen for consistency: moving code between an inline script and a file never changes its
 * count, and editing the page's markup never moves its JavaScript figure.
 */
export function javascriptOfPage(pagePath: string, root = DIST): ScriptWeight[] {
  return [
    ...scriptsOfPage(pagePath, root).map((url) => ({ where: url, bytes: gzipSync(readFileSync(join(root, url))).length })),
    ...inlineScriptsOfPage(pagePath, root).map(({ label, code }) => ({ where: label, bytes: gzipSync(Buffer.from(code, 'utf8')).length })),
  ];
}

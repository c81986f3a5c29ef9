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

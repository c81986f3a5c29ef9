import { readFileSync } from 'node:fs';

/**
 * Reads the deployment's header rules the way the hosts do, so tests can serve the build with
 * them (startStaticServer's `headers` option) and check them for every built file:
 * public/_headers for Netlify and Cloudflare Pages, vercel.json for Vercel.
 */

export interface HeaderRule {
  /** The rule's path pattern as written ("/chapters/*", "/((?!embed/).*)"). */
  pattern: string;
  /** The pattern as a regular expression over the request path. */
  matches: RegExp;
  /** Header names in lower case, with their values. */
  headers: [string, string][];
  /** Where the rule is written, for failure messages ("public/_headers:12"). */
  where: string;
}

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/**
 * A _headers path pattern as a RegExp: `*` (a splat) matches anything, also nothing and also
 * slashes; `:name` one path segment; everything else itself. Both hosts document this syntax.
 */
export function headersPattern(pattern: string): RegExp {
  const body = pattern
    .split(/(\*|:[A-Za-z_]\w*)/)
    .map((part, i) => (i % 2 === 0 ? escape(part) : part === '*' ? '.*' : '[^/]+'))
    .join('');
  return new RegExp(`^${body}$`);
}

/**
 * The `_headers` format: a line starting with "/" opens a rule for that path; indented
 * "Name: value" lines under it are its headers; "#" starts a comment. Anything else is an error,
 * as a host would report it (Netlify rejects the rule, Cloudflare ignores it).
 */
export function parseHeadersFile(text: string, file = 'public/_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const where = `${file}:${index + 1}`;
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`${where}: a rule starts with a path beginning "/": "${line}"`);
      rules.push({ pattern: line, matches: headersPattern(line), headers: [], where });
      return;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`${where}: expected an indented "Name: value" under a path: "${line}"`);
    rule.headers.push([header[1]!.toLowerCase(), header[2]!]);
  });
  return rules;
}

export const readHeadersFile = (path = 'public/_headers'): HeaderRule[] => parseHeadersFile(readFileSync(path, 'utf8'), path);

/**
 * Vercel's `headers[].source` (path-to-regexp): `(…)` groups are regular expressions,
 * `:name` a segment, the rest literal. Enough for the patterns vercel.json uses.
 */
export function vercelPattern(source: string): RegExp {
  let out = '';
  for (let i = 0; i < source.length; ) {
    if (source[i] === '(') {
      let depth = 0;
      let j = i;
      for (; j < source.length; j++) {
        if (source[j] === '(') depth++;
        else if (source[j] === ')' && --depth === 0) break;
      }
      out += source.slice(i, j + 1);
      i = j + 1;
    } else if (source[i] === ':') {
      const name = /^:[A-Za-z_]\w*/.exec(source.slice(i))![0];
      out += '[^/]+';
      i += name.length;
    } else {
      out += escape(source[i]!);
      i++;
    }
  }
  return new RegExp(`^${out}$`);
}

export function readVercelHeaders(path = 'vercel.json'): HeaderRule[] {
  const config = JSON.parse(readFileSync(path, 'utf8')) as { headers?: { source: string; headers: { key: string; value: string }[] }[] };
  return (config.headers ?? []).map((rule, index) => ({
    pattern: rule.source,
    matches: vercelPattern(rule.source),
    headers: rule.headers.map(({ key, value }): [string, string] => [key.toLowerCase(), value]),
    where: `${path} headers[${index}]`,
  }));
}

/** The headers every matching rule gives a path, and each header name that two rules set (a conflict). */
export function headersFor(rules: readonly HeaderRule[], path: string): { headers: Record<string, string>; conflicts: string[] } {
  const headers: Record<string, string> = {};
  const setBy: Record<string, string> = {};
  const conflicts: string[] = [];
  for (const rule of rules) {
    if (!rule.matches.test(path)) continue;
    for (const [name, value] of rule.headers) {
      if (name in setBy && setBy[name] !== rule.where) conflicts.push(`${path}: ${name} set by ${setBy[name]} and ${rule.where}`);
      headers[name] = name in headers && setBy[name] === rule.where ? `${headers[name]}, ${value}` : value;
      setBy[name] = rule.where;
    }
  }
  return { headers, conflicts };
}

/** For startStaticServer's `headers` option: the headers these rules give a request path. */
export const headersOf = (rules: readonly HeaderRule[]) => (path: string) => headersFor(rules, path).headers;

import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST } from './static-server.ts';

/** Every page in the build, as URL paths: found from dist/, never listed by hand. */
export function builtPages(root = DIST): string[] {
  const pages: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name === 'index.html') pages.push(`/${relative(root, dir).split('\\').join('/')}${relative(root, dir) ? '/' : ''}`);
    }
  };
  visit(root);
  return pages.sort();
}

export const chapterPages = (pages = builtPages()) => pages.filter((p) => p.startsWith('/chapters/'));
export const embedPages = (pages = builtPages()) => pages.filter((p) => p.startsWith('/embed/'));

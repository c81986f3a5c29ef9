import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { CHAPTERS_DIR } from '../../src/content/chapter-files';
import { remarkSections } from '../../src/content/sections';

/**
 * A chapter's section ids, read as the build reads them (src/content/sections.ts), so a model's
 * link to a section can be checked without a build; null when the chapter has no file.
 */
export function sectionIds(slug: string, locale = 'en'): Set<string> | null {
  const path = join(CHAPTERS_DIR, locale, `${slug}.mdx`);
  if (!existsSync(path)) return null;
  const file = new VFile({ path, value: readFileSync(path, 'utf8') });
  const tree = unified().use(remarkParse).use(remarkMdx).parse(file) as Root;
  remarkSections()(tree, file);
  const ids = new Set<string>();
  visit(tree, 'heading', (heading) => {
    const id = (heading.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id;
    if (id) ids.add(id);
  });
  return ids;
}

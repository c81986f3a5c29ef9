import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { bibliography, type BibliographyEntry } from './schema';

/**
 * Build-time checks for sources: the bibliography file must validate, and every <Cite id="…">
 * in a chapter must name an entry in it. Both fail the build with the offending file's path.
 * The plugin also numbers citations in order of first use and hands the ordered list to the
 * chapter layout as `citations` in the remark frontmatter.
 */
export const BIBLIOGRAPHY_PATH = 'content/bibliography.json';

export function loadBibliography(path = BIBLIOGRAPHY_PATH): BibliographyEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read the bibliography: ${(error as Error).message}`);
  }
  const result = bibliography.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const [index, field] = issue.path;
      const id = typeof index === 'number' ? (raw as { id?: string }[])[index]?.id : undefined;
      return `  entry ${String(index)}${id ? ` ("${id}")` : ''}${field ? `, field "${String(field)}"` : ''}: ${issue.message}`;
    });
    throw new Error(`${path}: invalid bibliography entries:\n${problems.join('\n')}`);
  }
  return result.data;
}

export function remarkCitations(options: { bibliographyPath?: string } = {}) {
  const known = new Set(loadBibliography(options.bibliographyPath).map((entry) => entry.id));
  return (tree: Root, file: VFile) => {
    const order: string[] = [];
    visit(tree, (node) => {
      if ((node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') || node.name !== 'Cite') return;
      const idAttribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      const id = idAttribute?.value;
      if (typeof id !== 'string') throw new Error(`${file.path}: <Cite> needs a literal id="…" attribute`);
      if (!known.has(id)) throw new Error(`${file.path}: <Cite id="${id}"> names no entry in ${options.bibliographyPath ?? BIBLIOGRAPHY_PATH}`);
      if (!order.includes(id)) order.push(id);
      node.attributes.push({ type: 'mdxJsxAttribute', name: 'n', value: String(order.indexOf(id) + 1) });
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.citations = order;
  };
}

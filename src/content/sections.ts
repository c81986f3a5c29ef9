/**
 * Section ids and widget placements, read from a chapter's MDX at build time.
 *
 * Every `##` and `###` heading names its id explicitly, `## Try the ledger {/* #try-the-ledger *\/}`,
 * so the id never depends on the heading's words: a translated chapter, or a reworded heading,
 * keeps every section link a teacher has shared and every embed's credit link. (MDX has no
 * `{#id}` syntax: braces hold JavaScript, so the id rides in a comment, which renders nothing.)
 * A heading without one fails the build.
 *
 * Each `<Widget id="…">` is placed under the heading before it; the list goes to the chapter
 * as `widgets` in the remark frontmatter, and src/lib/chapters.ts reads it to find a widget's
 * chapter and section, so no widget declares them a second time.
 */
import type { Heading, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ID_PATTERN } from '../embed/constants';

/** The comment that carries a heading's id: `{/* #some-id *\/}`; the id is spelled as every id here is. */
const EXPLICIT_ID = /^\s*\/\*\s*#(\S+)\s*\*\/\s*$/;

export interface WidgetPlacement {
  readonly widget: string;
  /** The id of the section heading the widget sits under. */
  readonly section: string;
}

/** Removes the id comment from the end of a heading and returns the id, or null when there is none. */
function takeExplicitId(heading: Heading): string | null {
  const last = heading.children.at(-1);
  if (last?.type !== 'mdxTextExpression') return null;
  const id = EXPLICIT_ID.exec(last.value)?.[1];
  if (!id || !ID_PATTERN.test(id)) return null;
  heading.children.pop();
  const before = heading.children.at(-1);
  if (before?.type === 'text') before.value = before.value.trimEnd();
  return id;
}

function literalId(element: MdxJsxFlowElement | MdxJsxTextElement): string | null {
  const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof attribute?.value === 'string' ? attribute.value : null;
}

export function remarkSections() {
  return (tree: Root, file: VFile) => {
    const ids = new Set<string>();
    const placements: WidgetPlacement[] = [];
    let section: string | null = null;
    visit(tree, (node) => {
      if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
        const title = toString(node).trim();
        const id = takeExplicitId(node);
        if (!id) throw new Error(`${file.path}: the heading "${title}" needs a stable id: write it as \`${'#'.repeat(node.depth)} ${title} {/* #some-id */}\``);
        if (ids.has(id)) throw new Error(`${file.path}: two headings have the id "${id}"`);
        ids.add(id);
        // mdast-util-to-hast copies data.hProperties onto the <h2>; rehypeHeadingIds keeps an id it finds.
        const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
        data.hProperties = { ...data.hProperties, id };
        section = id;
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Widget') {
        const widget = literalId(node);
        if (!widget) throw new Error(`${file.path}: <Widget> needs a literal id="…" attribute`);
        if (!section) throw new Error(`${file.path}: <Widget id="${widget}"> must sit under a section heading, so its embed can link back to it`);
        placements.push({ widget, section });
      }
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.widgets = placements;
  };
}

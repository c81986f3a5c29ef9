/**
 * Gives every section heading (h2, h3) in a chapter a visible link to itself, so teachers can
 * copy a link to any section. Without JavaScript it is a plain anchor; the chapter script turns
 * a click into "copy the link".
 */
import { defaultLocale, dictionary, fill } from '../i18n';
interface Element {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Element[];
  value?: string;
}

function textOf(node: Element): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function walk(node: Element, visit: (node: Element) => void): void {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

export function rehypeHeadingLinks() {
  // Chapters are English for now; a translated chapter's folder will name its locale here.
  const template = dictionary(defaultLocale).site.chapter.sectionLink;
  return (tree: Element) => {
    walk(tree, (node) => {
      if (node.type !== 'element' || (node.tagName !== 'h2' && node.tagName !== 'h3')) return;
      const id = node.properties?.id;
      if (typeof id !== 'string') return;
      const title = textOf(node).trim();
      node.properties = { ...node.properties, className: ['section-heading'] };
      node.children = [
        { type: 'element', tagName: 'span', properties: { className: ['section-heading-text'] }, children: node.children ?? [] },
        {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-link'], href: `#${id}`, 'data-copy-link': '', ariaLabel: fill(template, { title }) },
          children: [{ type: 'text', value: '#' }],
        },
      ];
    });
  };
}

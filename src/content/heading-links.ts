/**
 * Gives every section heading (h2, h3) in a chapter a visible link to itself, so teachers can
 * copy a link to any section. Without JavaScript it is a plain anchor; the chapter script turns
 * a click into "copy the link". The link's label is in the chapter's own language.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { dictionary, fill } from '../i18n';
import { localeOfChapterFile } from './chapter-files';

export function rehypeHeadingLinks() {
  return (tree: Root, file: VFile) => {
    const template = dictionary(localeOfChapterFile(file.path)).site.chapter.sectionLink;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      const title = toText(node).trim();
      node.properties = { ...node.properties, className: ['section-heading'] };
      node.children = [
        { type: 'element', tagName: 'span', properties: { className: ['section-heading-text'] }, children: node.children },
        {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-link'], href: `#${id}`, dataCopyLink: '', ariaLabel: fill(template, { title }) },
          children: [{ type: 'text', value: '#' }],
        },
      ];
    });
  };
}

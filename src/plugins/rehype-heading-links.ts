import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { DEFAULT_LOCALE } from '../i18n/locales';
import { translate } from '../i18n/ui';
import { parsePostPath } from '../lib/content/content-paths';

const LINKED_HEADINGS = new Set(['h2', 'h3', 'h4']);

/**
 * Builds the permalink shown beside a heading: a real link to its anchor whose accessible
 * name says where it leads, in the post's language. Also used for the recap's talk headings.
 */
export function headingLinkElement(id: string, label: string): Element {
  return h(
    'a.heading-link',
    { href: `#${id}`, dataPagefindIgnore: '' },
    h('span.visually-hidden', label),
    h('span', { ariaHidden: 'true' }, '#'),
  );
}

/**
 * Wraps every h2–h4 that has an id with a permalink beside it (after rehype-slug gave ids).
 * The link sits outside the heading so the heading's own accessible name stays its text.
 */
export function rehypeHeadingLinks() {
  return (tree: Root, file: VFile) => {
    const locale = parsePostPath(file.path ?? '')?.locale ?? DEFAULT_LOCALE;
    visit(tree, 'element', (node, index, parent) => {
      if (!LINKED_HEADINGS.has(node.tagName) || parent === undefined || index === undefined) return;
      const id = node.properties.id;
      if (typeof id !== 'string' || id === '') return;
      const label = translate(locale, 'heading.linkLabel', { heading: toString(node).trim() });
      parent.children[index] = h('div', { className: ['heading-wrapper', `level-${node.tagName}`] }, node, headingLinkElement(id, label));
      return [SKIP, index + 1];
    });
  };
}

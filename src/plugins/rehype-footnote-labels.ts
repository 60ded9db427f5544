import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { DEFAULT_LOCALE } from '../i18n/locales';
import { translate } from '../i18n/ui';
import { parsePostPath } from '../lib/content/content-paths';

function childElements(parent: Element): Element[] {
  return parent.children.filter((child): child is Element => child.type === 'element');
}

/**
 * Words a post's footnote heading and back-links in its own language, per file (remark-rehype
 * takes labels once per processor, and one serves both languages). Back-links are counted as
 * remark-rehype does: "n" for the n-th footnote's first, "n-k" for its k-th.
 */
export function rehypeFootnoteLabels() {
  return (tree: Root, file: VFile) => {
    const locale = parsePostPath(file.path ?? '')?.locale ?? DEFAULT_LOCALE;
    visit(tree, 'element', (section) => {
      if (section.tagName !== 'section' || section.properties.dataFootnotes === undefined) return;
      for (const child of childElements(section)) {
        if (child.properties.id === 'footnote-label') child.children = [{ type: 'text', value: translate(locale, 'footnote.label') }];
        if (child.tagName !== 'ol') continue;
        childElements(child).forEach((item, itemIndex) => {
          let backLinks = 0;
          visit(item, 'element', (link) => {
            if (link.tagName !== 'a' || link.properties.dataFootnoteBackref === undefined) return;
            backLinks += 1;
            const reference = backLinks > 1 ? `${itemIndex + 1}-${backLinks}` : String(itemIndex + 1);
            link.properties.ariaLabel = translate(locale, 'footnote.backLabel', { reference });
          });
        });
      }
      return SKIP;
    });
  };
}

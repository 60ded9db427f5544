import type { Element, ElementContent, Parents, Root } from 'hast';
// Declares `data.meta` on hast elements: where remark-rehype keeps a fence's meta.
import type {} from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { translate } from '../i18n/ui';
import { parsePostPath } from '../lib/content/content-paths';
import { languageLabel } from '../lib/markdown/code-languages';
import { parseCodeMeta } from '../lib/markdown/code-meta';

/** A fenced code block as remark-rehype built it (`<pre><code class="language-…">`), and where it is. */
interface CodeBlock {
  pre: Element;
  parent: Parents;
  index: number;
  language: string;
  title: string | undefined;
}

/** The fence's language, from the `language-…` class remark-rehype gives its `<code>`. */
function fenceLanguage(code: Element): string | undefined {
  const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
  const languageClass = classes.find((name) => typeof name === 'string' && name.startsWith('language-'));
  return typeof languageClass === 'string' ? languageClass.slice('language-'.length) : undefined;
}

/**
 * The fence's meta: remark-rehype keeps it as `data.meta`; Astro's MDX pipeline re-parses the
 * tree first and carries it over as the `metastring` property.
 */
function fenceMeta(code: Element): string | undefined {
  const meta = code.data?.meta ?? code.properties.metastring;
  return typeof meta === 'string' ? meta : undefined;
}

/** A file path with a line-break opportunity after each slash, so a narrow caption breaks it between folders. */
function pathElement(path: string): Element {
  const children: ElementContent[] = [];
  const parts = path.split('/');
  parts.forEach((part, index) => {
    const isLast = index === parts.length - 1;
    const text = isLast ? part : `${part}/`;
    if (text !== '') children.push({ type: 'text', value: text });
    if (!isLast) children.push({ type: 'element', tagName: 'wbr', properties: {}, children: [] });
  });
  return { type: 'element', tagName: 'span', properties: { className: ['code-title'] }, children };
}

/** The copy button's accessible name, unique in the post: the file name where no other block has it, else the language and the place. */
function copyLabel(locale: Locale, block: CodeBlock, position: number, blocks: readonly CodeBlock[]): string {
  const { title } = block;
  if (title !== undefined && blocks.filter((other) => other.title === title).length === 1) {
    return translate(locale, 'code.copyNamed', { title });
  }
  return translate(locale, 'code.copyNumbered', { language: block.language, index: String(position + 1), count: String(blocks.length) });
}

/**
 * Puts every fenced code block into a `<figure>` whose `<figcaption>` names the file
 * (```` ```yaml title="values.yaml" ````) and the language. The figure carries its copy
 * button's text and accessible name in the post's language (`data-copy`, `data-copy-label`),
 * for the script that makes the button. It must run before Prism, which rebuilds each `<pre>`
 * from its text and so drops the fence's meta. A meta the site cannot read adds no title
 * here: the content checks refuse it before any build.
 */
export function rehypeCodeBlocks() {
  return (tree: Root, file: VFile) => {
    const locale = parsePostPath(file.path ?? '')?.locale ?? DEFAULT_LOCALE;
    const blocks: CodeBlock[] = [];
    visit(tree, 'element', (pre, index, parent) => {
      if (pre.tagName !== 'pre' || parent === undefined || index === undefined) return;
      const [code, ...rest] = pre.children;
      if (code?.type !== 'element' || code.tagName !== 'code' || rest.length > 0) return;
      const title = parseCodeMeta(fenceMeta(code)).meta?.title;
      blocks.push({ pre, parent, index, language: languageLabel(fenceLanguage(code)), title });
      return SKIP;
    });
    blocks.forEach((block, position) => {
      const caption: ElementContent[] = [];
      if (block.title !== undefined) caption.push(pathElement(block.title));
      // The language is furniture for the search index, like the heading permalinks.
      caption.push({
        type: 'element',
        tagName: 'span',
        properties: { className: ['code-language'], dataPagefindIgnore: '' },
        children: [{ type: 'text', value: block.language }],
      });
      block.parent.children[block.index] = {
        type: 'element',
        tagName: 'figure',
        properties: {
          className: ['code-block'],
          dataCopy: translate(locale, 'code.copy'),
          dataCopyLabel: copyLabel(locale, block, position, blocks),
        },
        children: [{ type: 'element', tagName: 'figcaption', properties: { className: ['code-caption'] }, children: caption }, block.pre],
      };
    });
  };
}

/**
 * Makes every captioned block's `<pre>` a keyboard stop, so a line wider than the column can be
 * scrolled without a mouse (WCAG 2.1.1). It runs after Prism, which replaces the `<pre>`.
 */
export function rehypeCodeBlockFocus() {
  return (tree: Root) => {
    visit(tree, 'element', (figure) => {
      if (figure.tagName !== 'figure' || !String(figure.properties.className ?? '').includes('code-block')) return;
      for (const child of figure.children) if (child.type === 'element' && child.tagName === 'pre') child.properties.tabIndex = 0;
      return SKIP;
    });
  };
}

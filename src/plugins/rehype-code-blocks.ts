import type { Element, ElementContent, Root } from 'hast';
// Declares `data.meta` on hast elements: where remark-rehype keeps a fence's meta.
import type {} from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';
import { languageLabel } from '../lib/markdown/code-languages';
import { parseCodeMeta } from '../lib/markdown/code-meta';

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

function textElement(tagName: string, className: string, text: string, properties: Element['properties'] = {}): Element {
  return { type: 'element', tagName, properties: { className: [className], ...properties }, children: [{ type: 'text', value: text }] };
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

/**
 * Puts every fenced code block into a `<figure>` whose `<figcaption>` names the file
 * (```` ```yaml title="values.yaml" ````) and the language. It must run before Prism, which
 * rebuilds each `<pre>` from its text and so drops the fence's meta. A meta the site cannot
 * read adds no title here: the content checks refuse it before any build.
 */
export function rehypeCodeBlocks() {
  return (tree: Root) => {
    visit(tree, 'element', (pre, index, parent) => {
      if (pre.tagName !== 'pre' || parent === undefined || index === undefined) return;
      const [code, ...rest] = pre.children;
      if (code?.type !== 'element' || code.tagName !== 'code' || rest.length > 0) return;
      const title = parseCodeMeta(fenceMeta(code)).meta?.title;
      const caption: ElementContent[] = [];
      if (title !== undefined) caption.push(pathElement(title));
      // The language is furniture for the search index, like the heading permalinks.
      caption.push(textElement('span', 'code-language', languageLabel(fenceLanguage(code)), { dataPagefindIgnore: '' }));
      parent.children[index] = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['code-block'] },
        children: [{ type: 'element', tagName: 'figcaption', properties: { className: ['code-caption'] }, children: caption }, pre],
      };
      return SKIP;
    });
  };
}

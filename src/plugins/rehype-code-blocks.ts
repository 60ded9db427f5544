import type { Element, ElementContent, Parents, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { h } from 'hastscript';
// Declares `data.meta` on hast elements: where remark-rehype keeps a fence's meta.
import type {} from 'mdast-util-to-hast';
import { refractor } from 'refractor/all';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { translate } from '../i18n/ui';
import { parsePostPath } from '../lib/content/content-paths';
import { reportFinding } from '../lib/markdown/body-report';
import { languageLabel } from '../lib/markdown/code-languages';
import { parseCodeMeta } from '../lib/markdown/code-meta';

// Names other sites (GitHub among them) give these languages; Prism knows them by another.
refractor.alias({ 'shell-session': ['console'], bash: ['zsh'] });

/** A fenced code block as remark-rehype built it (`<pre><code class="language-…">`), and where it is. */
interface CodeBlock {
  pre: Element;
  parent: Parents;
  index: number;
  /** The fence's language as written (`yaml`), or undefined for a fence without one. */
  fence: string | undefined;
  /** The language's name on the block (`YAML`). */
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
  const parts = path.split('/');
  return h(
    'span.code-title',
    parts.flatMap((part, index) => (index === parts.length - 1 ? [part] : [`${part}/`, h('wbr')]).filter((child) => child !== '')),
  );
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
 * The block's code as highlighted text: Prism's tokens (through refractor, which builds the tree
 * itself, so code is always text), or the plain text where Prism has no grammar for the language.
 */
function highlightedCode(code: string, language: string | undefined): ElementContent[] {
  if (language === undefined || !refractor.registered(language)) return [{ type: 'text', value: code }];
  return refractor.highlight(code, language).children as ElementContent[];
}

/** The `<pre>` of a block: the code highlighted, a keyboard stop so a long line scrolls without a mouse (WCAG 2.1.1). */
function preElement(code: string, language: string | undefined): Element {
  const languageClass = `language-${language !== undefined && refractor.registered(language) ? language : 'text'}`;
  return h('pre', { className: [languageClass], tabIndex: 0 }, h('code', { className: [languageClass] }, highlightedCode(code, language)));
}

/**
 * Puts each fenced code block, highlighted by Prism, in a `<figure>` captioned with its file
 * (```` ```yaml title="values.yaml" ````) and language, carrying its copy button's words
 * (`data-copy`, `data-copy-label`). An unknown language is plain text and a warning; an unreadable
 * meta is an error.
 */
export function rehypeCodeBlocks() {
  return (tree: Root, file: VFile) => {
    const locale = parsePostPath(file.path ?? '')?.locale ?? DEFAULT_LOCALE;
    const blocks: CodeBlock[] = [];
    visit(tree, 'element', (pre, index, parent) => {
      if (pre.tagName !== 'pre' || parent === undefined || index === undefined) return;
      const [code, ...rest] = pre.children;
      if (code?.type !== 'element' || code.tagName !== 'code' || rest.length > 0) return;
      const meta = fenceMeta(code);
      const parsed = parseCodeMeta(meta);
      if (parsed.problem) {
        const shown = meta && meta.length > 60 ? `${meta.slice(0, 60)}…` : (meta ?? '');
        reportFinding(file, pre, { severity: 'error', subject: `code block ${JSON.stringify(shown)}`, ...parsed.problem });
      }
      const fence = fenceLanguage(code);
      if (fence !== undefined && !refractor.registered(fence)) {
        reportFinding(file, pre, {
          severity: 'warning',
          subject: `code block language ${JSON.stringify(fence)}`,
          message: 'has no highlighter, so the block is shown as plain text',
          fix: 'name a language Prism knows (yaml, sh, console, json, go, …), or write text for plain text',
        });
      }
      blocks.push({ pre, parent, index, fence, language: languageLabel(fence), title: parsed.meta?.title });
      return SKIP;
    });
    blocks.forEach((block, position) => {
      block.parent.children[block.index] = h(
        'figure.code-block',
        { dataCopy: translate(locale, 'code.copy'), dataCopyLabel: copyLabel(locale, block, position, blocks) },
        h('figcaption.code-caption', [
          block.title === undefined ? [] : pathElement(block.title),
          // The language is furniture for the search index, like the heading permalinks.
          h('span.code-language', { dataPagefindIgnore: '' }, block.language),
        ]),
        { ...preElement(toText(block.pre, { whitespace: 'pre' }), block.fence), position: block.pre.position },
      );
    });
  };
}

import type { Element, ElementContent, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

/**
 * What a feed item may carry: the text and its structure (headings, lists, tables, quotes,
 * code with its language, links, images with their alt text, footnotes), nothing that runs,
 * styles, embeds or submits. Ids are dropped: every link leads to the page, not into the reader.
 */
const FEED_SCHEMA: Schema = {
  tagNames: [
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'div', 'span', 'section', 'aside'],
    ...['a', 'em', 'strong', 'b', 'i', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'abbr', 'cite', 'q', 'dfn', 'time'],
    ...['code', 'pre', 'kbd', 'samp', 'var', 'blockquote', 'figure', 'figcaption', 'details', 'summary', 'img'],
    ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
  ],
  attributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    code: [['className', /^language-[\w+#-]+$/]],
    abbr: ['title'],
    blockquote: ['cite'],
    q: ['cite'],
    time: ['dateTime'],
    ol: ['start', 'reversed'],
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    td: ['align', 'colSpan', 'rowSpan'],
    details: ['open'],
    '*': ['lang', 'dir'],
  },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'] },
  // Dropped with everything inside; any other element not listed keeps its text only.
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'select', 'textarea', 'button'],
  ancestors: {
    li: ['ul', 'ol'],
    dt: ['dl'],
    dd: ['dl'],
    ...Object.fromEntries(['thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption'].map((tag) => [tag, ['table']])),
  },
  clobber: [],
  required: {},
  allowComments: false,
  allowDoctypes: false,
};

const URL_PROPERTIES = ['href', 'src', 'cite'] as const;
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Page chrome that means nothing in a feed reader: controls, what the page hides from everyone
 * or from assistive technology (decorations), heading permalinks, text only screen readers get
 * (it would show as doubled text), and footnotes' way back to their reference.
 */
function isChrome(node: Element): boolean {
  const { properties, tagName } = node;
  const classes = Array.isArray(properties.className) ? properties.className : [];
  return (
    ['button', 'input', 'dialog'].includes(tagName) ||
    properties.hidden !== undefined ||
    String(properties.ariaHidden) === 'true' ||
    classes.includes('heading-link') ||
    classes.includes('visually-hidden') ||
    // A code block's language label reads as noise in a feed; its file name stays.
    classes.includes('code-language') ||
    properties.dataFootnoteBackref !== undefined
  );
}

function withoutChrome(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    if (parent === undefined || index === undefined || !isChrome(node)) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}

/**
 * Resolves a URL against the page, so that it works in a reader that shows the post far from
 * the site; undefined for anything that is not a web or mail address.
 * @example absoluteFeedUrl('#why', new URL('https://x.org/en/posts/kcp/')) // 'https://x.org/en/posts/kcp/#why'
 */
export function absoluteFeedUrl(value: string, page: URL): string | undefined {
  try {
    const url = new URL(value, page);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

// Wrappers that carried only classes (syntax-highlighting tokens, heading wrappers) say nothing.
const UNWRAPPED_WHEN_BARE = new Set(['span', 'div']);

function withoutBareWrappers(tree: Nodes): void {
  visit(tree, 'element', (node, index, parent) => {
    if (parent === undefined || index === undefined) return;
    if (!UNWRAPPED_WHEN_BARE.has(node.tagName) || Object.keys(node.properties).length > 0) return;
    parent.children.splice(index, 1, ...node.children);
    return [SKIP, index];
  });
}

function withAbsoluteUrls(tree: Nodes, page: URL): void {
  visit(tree, 'element', (node) => {
    const properties = Object.entries(node.properties).flatMap(([name, value]) => {
      if (!(URL_PROPERTIES as readonly string[]).includes(name)) return [[name, value] as const];
      const absolute = typeof value === 'string' ? absoluteFeedUrl(value, page) : undefined;
      return absolute === undefined ? [] : [[name, absolute] as const];
    });
    node.properties = Object.fromEntries(properties);
  });
}

/**
 * A post's rendered HTML made fit for a feed's `content:encoded`: page chrome removed, cut to
 * an allow-list of elements and attributes, every link and image absolute to the post's page.
 * @example feedHtml('<p onclick="x()"><a href="#why">Why</a></p>', new URL('https://x.org/en/posts/kcp/'))
 * // '<p><a href="https://x.org/en/posts/kcp/#why">Why</a></p>'
 */
export function feedHtml(html: string, page: URL, appended: readonly ElementContent[] = []): string {
  const tree = fromHtml(html, { fragment: true });
  tree.children.push(...structuredClone(appended));
  withoutChrome(tree);
  const clean = sanitize(tree, FEED_SCHEMA);
  withoutBareWrappers(clean);
  withAbsoluteUrls(clean, page);
  return toHtml(clean).trim();
}

import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportFinding } from '../lib/markdown/body-report';
import { PUBLISH_SCHEMA } from './rehype-allow-list';

/** The raw HTML elements a post may write, beside those Markdown makes. */
const RAW_HTML_TAGS = ['abbr', 'details', 'summary', 'kbd', 'mark', 'sub', 'figure', 'figcaption'];

/** What a post may write itself: Markdown's and GFM's elements, and the raw HTML ones. */
const AUTHOR_TAGS: ReadonlySet<string> = new Set([
  ...['p', 'br', 'hr', 'a', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'img', 'input', 'sup'],
  ...['table', 'thead', 'tbody', 'tr', 'th', 'td', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  ...RAW_HTML_TAGS,
]);

/** Tags the allow-list publishes only because our plugins make them. */
const PLUGIN_TAGS = (PUBLISH_SCHEMA.tagNames ?? []).filter((tag) => !AUTHOR_TAGS.has(tag));

const LINK_FIX = 'link to a page of this site (/de/posts/<slug>/) or to an https:// address';

/** Shows an address in one line of a message. */
function shown(url: string): string {
  return JSON.stringify(url.length > 80 ? `${url.slice(0, 80)}…` : url);
}

/** What is wrong with a link a post wrote, for the author, or undefined. */
function linkProblem(href: string): { message: string; fix: string } | undefined {
  const url = href.trim().replaceAll('\\', '/');
  if (url === '') return { message: 'is empty', fix: LINK_FIX };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if ((scheme === 'https' || scheme === 'http') && !url.slice(scheme.length + 1).startsWith('//')) {
    return {
      message: `has no "//" after ${scheme}:, so a browser reads it as a path of this site`,
      fix: `write ${scheme}://${url.slice(scheme.length + 1).replace(/^\/*/, '')}`,
    };
  }
  if (scheme === 'http')
    return { message: 'is not https', fix: `use ${url.replace(/^http:/i, 'https:')} if the site offers it, or leave the link out` };
  if (scheme !== undefined) return undefined;
  if (url.startsWith('//'))
    return { message: 'leads to another site without naming https (it starts with //)', fix: 'write the full https:// address' };
  if (!url.startsWith('/') && !url.startsWith('#')) {
    return { message: 'is a relative link', fix: 'write site links from the root, e.g. /de/posts/kcp/#what-kcp-is' };
  }
  return undefined;
}

/**
 * The author's rules that are not about safety (the allow-list is): links written as https or
 * as site paths from the root, alt text on every image, and no raw HTML element that only our
 * own plugins may make (`<div>`, `<span>`).
 */
export function rehypePostLint() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (element: Element) => {
      if (!element.position) return;
      const { href, src, alt } = element.properties;
      if (element.tagName === 'a' && typeof href === 'string') {
        const problem = linkProblem(href);
        if (problem) reportFinding(file, element, { severity: 'error', subject: `link ${shown(href)}`, ...problem });
      }
      if (element.tagName === 'img' && (typeof alt !== 'string' || alt.trim() === '')) {
        reportFinding(file, element, {
          severity: 'error',
          subject: `image ${shown(String(src ?? ''))}`,
          message: 'has no alt text',
          fix: 'write what the image shows between the brackets: ![Argo CD syncing rendered manifests](…)',
        });
      }
      if (PLUGIN_TAGS.includes(element.tagName)) {
        reportFinding(file, element, {
          severity: 'error',
          subject: `<${element.tagName}>`,
          message: `is not on the allow-list of raw HTML (${RAW_HTML_TAGS.join(', ')})`,
          fix: 'write it in Markdown instead, or ask in the pull request whether the element should be allowed',
        });
      }
    });
  };
}

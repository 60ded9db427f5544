import GithubSlugger from 'github-slugger';
// Declares `data.hProperties` on mdast nodes, the bridge remark-rehype reads.
import type {} from 'mdast-util-to-hast';
import type { Heading, Html, Image, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { remarkHeadingIds } from '../plugins/remark-heading-ids';

/** What the content checks need to know of a Markdown body. */
export interface MarkdownFacts {
  /** Heading ids in document order, as the site's pipeline assigns them. */
  headings: { id: string; depth: number; line: number }[];
  links: { url: string; line: number }[];
  images: { url: string; alt: string; line: number }[];
  /** Raw HTML (or JSX, in MDX) found in the body. */
  html: { value: string; line: number }[];
  /** The text of every emphasis (`*…*`), to catch gender stars read as emphasis. */
  emphasis: { text: string; line: number }[];
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkHeadingIds);

/**
 * Reads headings, links, images and raw HTML from a Markdown body. Ids come from the same
 * rules as the build: an explicit `{#id}` first, otherwise GitHub's slugger (as rehype-slug).
 * `firstLine` is the body's line in its file, so that reported lines match the file.
 */
export function readMarkdownFacts(body: string, firstLine = 1): MarkdownFacts {
  const tree = parser.runSync(parser.parse(body)) as Root;
  const slugger = new GithubSlugger();
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) =>
    (node.position?.start.line ?? 1) + firstLine - 1;
  const facts: MarkdownFacts = { headings: [], links: [], images: [], html: [], emphasis: [] };
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const heading = node as Heading;
      const explicit = heading.data?.hProperties?.id;
      const id = typeof explicit === 'string' ? explicit : slugger.slug(toString(heading));
      facts.headings.push({ id, depth: heading.depth, line: lineOf(heading) });
    } else if (node.type === 'link') {
      facts.links.push({ url: (node as Link).url, line: lineOf(node) });
    } else if (node.type === 'image') {
      const image = node as Image;
      facts.images.push({ url: image.url, alt: image.alt ?? '', line: lineOf(image) });
    } else if (node.type === 'emphasis') {
      facts.emphasis.push({ text: toString(node), line: lineOf(node) });
    } else if (node.type === 'html') {
      facts.html.push({ value: (node as Html).value, line: lineOf(node) });
    }
  });
  return facts;
}

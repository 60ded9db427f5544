// Declares `data.hProperties` on mdast nodes, the bridge remark-rehype reads.
import type {} from 'mdast-util-to-hast';
import type { Heading, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

/** `{#some-id}` at the very end of a heading's text. */
const EXPLICIT_ID = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/**
 * Honours `## Heading text {#stable-id}`: the id is set on the heading and the marker removed,
 * so a heading keeps the same anchor in every language. Headings without a marker are left to
 * rehype-slug.
 */
export function remarkHeadingIds() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'text') return;
      const match = EXPLICIT_ID.exec(last.value);
      if (!match) return;
      (last as Text).value = last.value.slice(0, match.index);
      if (last.value === '') heading.children.pop();
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: match[1] } };
    });
  };
}

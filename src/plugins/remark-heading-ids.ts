// Declares `data.hProperties` on mdast nodes, the bridge remark-rehype reads.
import type {} from 'mdast-util-to-hast';
import type { Heading, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { KEBAB_CASE } from '../lib/content/post-schema';

/**
 * The id of a `{#some-id}` marker at the very end of a heading's text, and the text before it.
 * Found by position, not by a pattern such as /\s*\{#…\}\s*$/, which is quadratic on long spaces.
 * @example explicitId('Why kcp {#why} ') // { id: 'why', text: 'Why kcp' }
 */
export function explicitId(value: string): { id: string; text: string } | undefined {
  const trimmed = value.trimEnd();
  const start = trimmed.lastIndexOf('{#');
  if (start === -1 || !trimmed.endsWith('}')) return undefined;
  const id = trimmed.slice(start + 2, -1);
  return KEBAB_CASE.test(id) ? { id, text: trimmed.slice(0, start).trimEnd() } : undefined;
}

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
      const marker = explicitId(last.value);
      if (!marker) return;
      (last as Text).value = marker.text;
      if (last.value === '') heading.children.pop();
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: marker.id } };
    });
  };
}

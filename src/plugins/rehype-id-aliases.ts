import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** The part of the front matter this plugin reads: former section ids and the ids they mean now. */
interface AliasData {
  idAliases?: Record<string, string>;
}

/**
 * Keeps a renamed section's former ids working without JavaScript: for every
 * `idAliases: { old-id: new-id }` of the post, the heading with `new-id` gets an empty element
 * with `old-id` as its first child, so `#old-id` scrolls to the same heading.
 */
export function rehypeIdAliases() {
  return (tree: Root, file: VFile) => {
    const { idAliases } = ((file.data as { astro?: { frontmatter?: AliasData } }).astro?.frontmatter ?? {}) as AliasData;
    if (!idAliases) return;
    const formerIdsOf = new Map<string, string[]>();
    for (const [former, current] of Object.entries(idAliases)) formerIdsOf.set(current, [...(formerIdsOf.get(current) ?? []), former]);
    visit(tree, 'element', (node: Element) => {
      const formerIds = typeof node.properties.id === 'string' ? formerIdsOf.get(node.properties.id) : undefined;
      if (!formerIds || !/^h[1-6]$/.test(node.tagName)) return;
      node.children.unshift(...formerIds.map((id) => h('span.id-alias', { id })));
    });
  };
}

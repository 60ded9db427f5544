/** A heading as Astro's Markdown pipeline reports it. */
export interface HeadingRef {
  depth: number;
  slug: string;
}

/**
 * Maps this page's heading ids to the ids of the same headings on its translation, matched by
 * position (translations keep the structure). Only ids that differ are listed, so a page whose
 * headings use explicit, shared ids gets an empty map. Matching stops where the structures part.
 * @example mapAnchorsByPosition([{ depth: 2, slug: 'warum' }], [{ depth: 2, slug: 'why' }]) // { warum: 'why' }
 */
export function mapAnchorsByPosition(from: readonly HeadingRef[], to: readonly HeadingRef[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [index, heading] of from.entries()) {
    const counterpart = to[index];
    if (counterpart === undefined || counterpart.depth !== heading.depth) break;
    if (counterpart.slug !== heading.slug) map[heading.slug] = counterpart.slug;
  }
  return map;
}

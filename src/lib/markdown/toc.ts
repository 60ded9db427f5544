import type { HeadingRef } from './anchors';

/** A heading with its text, as Astro reports it. */
export interface TocHeading extends HeadingRef {
  text: string;
}

/** Posts with fewer sections than this read fine without a table of contents. */
const MIN_SECTIONS = 3;

/**
 * The h2 and h3 headings worth a table of contents, or none for a short post.
 * @example tocEntries([{ depth: 2, slug: 'a', text: 'A' }]) // []
 */
export function tocEntries(headings: readonly TocHeading[]): TocHeading[] {
  const entries = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
  return entries.filter((heading) => heading.depth === 2).length >= MIN_SECTIONS ? entries : [];
}

import type { PostPage, PostRecord } from '../content/post-index';

/**
 * A feed's items newest first, by publication date; posts of the same day keep the order
 * they come in (the home page's, which puts the recap first).
 * @example newestFirst([olderPage, newerPage]) // [newerPage, olderPage]
 */
export function newestFirst<R extends PostRecord>(pages: readonly PostPage<R>[]): PostPage<R>[] {
  return [...pages].sort((a, b) => b.post.record.data.pubDate.getTime() - a.post.record.data.pubDate.getTime());
}

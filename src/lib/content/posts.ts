import { getCollection, type CollectionEntry } from 'astro:content';
import { indexPosts, listPostPages, withoutDrafts, type PostPage } from './post-index';

/** A content entry of the posts collection. */
type PostEntry = CollectionEntry<'posts'>;

/** A page of the site, backed by a content entry. */
export type EntryPage = PostPage<PostEntry>;

let cachedPages: Promise<EntryPage[]> | undefined;

/**
 * Every post page of the site (drafts only in `npm run dev`). The one caller of getCollection():
 * pages and endpoints go through here, so drafts and fallbacks are decided in one place.
 */
export function getPostPages(): Promise<EntryPage[]> {
  // A build reads the collection once; the dev server must see every edit.
  if (cachedPages && !import.meta.env.DEV) return cachedPages;
  cachedPages = getCollection('posts').then((entries) => {
    const visible = import.meta.env.DEV ? entries : withoutDrafts(entries);
    return listPostPages(indexPosts(visible));
  });
  return cachedPages;
}

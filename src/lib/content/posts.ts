import { getCollection } from 'astro:content';
import { siteIndexOf, type SiteIndex } from './site-index';

let cached: Promise<SiteIndex> | undefined;

/**
 * The site index of every post (drafts only in `npm run dev`), built once per build: the one
 * caller of getCollection(), so drafts and fallbacks are decided in one place.
 */
export function getSiteIndex(): Promise<SiteIndex> {
  // A build reads the collection once; the dev server must see every edit.
  if (cached && !import.meta.env.DEV) return cached;
  cached = getCollection('posts', (entry) => import.meta.env.DEV || !entry.data.draft).then(siteIndexOf);
  return cached;
}

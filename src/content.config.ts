import { defineCollection } from 'astro:content';
import { checkedPosts } from './lib/checks/checked-posts-loader';
import { postSchema } from './lib/content/post-schema';

/**
 * Every post, one file per locale: `content/posts/<locale>/<slug>.md(x)`.
 * The entry id is `<locale>/<slug>`, so the same slug in both folders pairs a translation.
 * The loader is Astro's glob loader behind the content checks (see `checkedPosts`).
 */
const posts = defineCollection({
  loader: checkedPosts(),
  schema: postSchema,
});

export const collections = { posts };

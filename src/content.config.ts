import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { postSchema } from './lib/content/post-schema';

/**
 * Every post, one file per locale: `content/posts/<locale>/<slug>.md(x)`.
 * The entry id is `<locale>/<slug>`, so the same slug in both folders pairs a translation.
 */
const posts = defineCollection({
  loader: glob({
    pattern: '*/*.{md,mdx}',
    base: './content/posts',
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  }),
  schema: postSchema,
});

export const collections = { posts };

import { errorIn, type Diagnostic } from '../diagnostic';
import type { PostSet } from '../post-set';

/** Each slug is one post per language: a second file with the same slug and locale is refused. */
export function checkSlugs({ posts, bySlug }: PostSet): Diagnostic[] {
  return posts.flatMap((post) => {
    const first = bySlug.get(post.slug)?.[post.locale];
    if (!first || first === post) return [];
    const fix = 'rename one of the two files: each slug is one post per language';
    return [errorIn(post.path, 'slug', `the slug "${post.slug}" is already used by ${first.path}`, fix)];
  });
}

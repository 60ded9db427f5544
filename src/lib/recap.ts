import type { Locale } from '../i18n/locales';
import { followUpsOf, type PostPage, type PostRecord } from './post-index';
import type { HighlightData } from './post-schema';

/** One highlight section of the recap page, ready to render. */
export interface RecapSection<R extends PostRecord = PostRecord> {
  slug: string;
  page: PostPage<R>;
  highlight: HighlightData;
  followUps: PostPage<R>[];
}

/**
 * The recap's highlight sections in the order its front matter lists them. A slug that is not
 * a published highlight is an author error: the message names the file and the slug.
 */
export function recapSections<R extends PostRecord>(
  recapFile: string,
  highlightSlugs: readonly string[],
  pages: readonly PostPage<R>[],
  locale: Locale,
): RecapSection<R>[] {
  return highlightSlugs.map((slug) => {
    const page = pages.find((candidate) => candidate.locale === locale && candidate.slug === slug);
    const data = page?.post.record.data;
    if (page === undefined || data?.type !== 'highlight') {
      throw new Error(
        `${recapFile}: field "highlights" lists "${slug}", but there is no published highlight post with that slug. ` +
          `Add content/posts/${locale}/${slug}.md with type "highlight", or remove "${slug}" from the list.`,
      );
    }
    return { slug, page, highlight: data, followUps: followUpsOf(pages, slug, locale) };
  });
}

import type { Locale } from '../../i18n/locales';
import { followUpsOf, type PostPage, type PostRecord } from '../content/post-index';
import type { HighlightData } from '../content/post-schema';
import { readingMinutes, recapGeneratedText } from '../content/reading-time';

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

/** A post record whose Markdown body and file are known (Astro's entries, test records). */
type RecordWithBody = PostRecord & { body?: string | undefined; filePath?: string | undefined };

/**
 * Minutes to read a post as its page shows it: a recap also counts the highlight sections and
 * closing its layout adds to the body. `pages` is the whole post index (the recap's sections
 * come from it), so post lists and the post page agree.
 */
export function pageReadingMinutes<R extends RecordWithBody>(page: PostPage<R>, pages: readonly PostPage<R>[]): number {
  const record = page.post.record;
  const known = minutesOf.get(pages)?.get(record);
  if (known !== undefined) return known;
  const data = record.data;
  const generated =
    data.type === 'recap'
      ? recapGeneratedText(recapSections(record.filePath ?? record.id, data.highlights, pages, page.locale), data.closing)
      : [];
  const minutes = readingMinutes(record.body ?? '', generated);
  const ofPages = minutesOf.get(pages) ?? new WeakMap<object, number>();
  ofPages.set(record, minutes);
  minutesOf.set(pages, ofPages);
  return minutes;
}

// Every post list shows every post's reading time: count each body once per build, not once
// per list that shows it (8000 counts at 1000 posts per locale).
const minutesOf = new WeakMap<readonly PostPage[], WeakMap<object, number>>();

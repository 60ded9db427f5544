import type { Locale } from '../../i18n/locales';
import { translateCount } from '../../i18n/ui';
import { postPath } from '../../i18n/urls';
import { followUpsOf, type PostPage, type PostRecord } from '../content/post-index';
import type { HighlightData } from '../content/post-schema';
import { readingMinutes, recapGeneratedText } from '../content/reading-time';
import { followUpsIdOf } from '../content/layout-ids';
import { postLinkOf, type PostLink } from './parts/post-link';
import { talkFacts, type TalkFacts } from './parts/talk-facts';
import { smartPunctuation } from '../../plugins/remark-smart-punctuation';

/** One highlight section of the recap: the highlight, its page and its follow-ups. */
export interface RecapSection<R extends PostRecord = PostRecord> {
  slug: string;
  page: PostPage<R>;
  highlight: HighlightData;
  followUps: PostPage<R>[];
}

/** The recap page of a locale, if the site has a recap. */
export function recapPageOf<R extends PostRecord>(pages: readonly PostPage<R>[], locale: Locale): PostPage<R> | undefined {
  return pages.find((page) => page.locale === locale && page.post.record.data.type === 'recap');
}

/**
 * What the recap covers, for its conference facts, each count singular or plural as it must be.
 * @example recapScope('en', 7, 1) // '7 highlights, 1 follow-up'
 */
export function recapScope(locale: Locale, highlights: number, followUps: number): string {
  return `${translateCount(locale, 'event.highlights', highlights)}, ${translateCount(locale, 'event.followUps', followUps)}`;
}

/**
 * A talk's section on the recap page: its id is the same in both languages.
 * @example recapSectionPath('en', 'kubecon-2024-paris', 'kcp') // '/en/posts/kubecon-2024-paris/#kcp'
 */
export function recapSectionPath(locale: Locale, recapSlug: string, talkId: string): string {
  return `${postPath(locale, recapSlug)}#${talkId}`;
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

/** One talk section of the recap page, ready to render. */
export interface TalkSectionView {
  /** The talk's language-neutral id: the section's anchor. */
  id: string;
  /** The section's place in the recap, from "01": printed as the card's number. */
  number: string;
  /** The highlight post's title, its page, and the language of its text when not the page's. */
  link: PostLink;
  summary: string;
  talk: TalkFacts;
  followUps: PostLink[];
  /** The id of the heading above the follow-ups. */
  followUpsId: string;
  /** Former talk ids that still land on this section (the recap's `idAliases`). */
  formerIds: string[];
}

/**
 * The recap's sections as its page shows them, numbered in order; `idAliases` (the recap's)
 * keeps former talk ids on their sections.
 * @example talkSectionViews(sections)[0]?.number // '01'
 */
export function talkSectionViews(sections: readonly RecapSection[], idAliases: Readonly<Record<string, string>> = {}): TalkSectionView[] {
  return sections.map(({ page, highlight, followUps }, index) => ({
    id: highlight.talkId,
    number: String(index + 1).padStart(2, '0'),
    link: postLinkOf(page),
    summary: smartPunctuation(highlight.summary),
    talk: talkFacts(highlight.talk),
    followUps: followUps.map(postLinkOf),
    followUpsId: followUpsIdOf(highlight.talkId),
    formerIds: Object.keys(idAliases).filter((former) => idAliases[former] === highlight.talkId),
  }));
}

/** A post record with its Markdown body and file, where known (Astro's entries, test records). */
export type RecordWithFile = PostRecord & { body?: string | undefined; filePath?: string | undefined };

/**
 * Minutes to read a post as its page shows it: a recap also counts the highlight sections and
 * closing its layout adds to the body. `pages` is the whole post index (the recap's sections
 * come from it), so post lists and the post page agree.
 */
export function pageReadingMinutes<R extends RecordWithFile>(page: PostPage<R>, pages: readonly PostPage<R>[]): number {
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

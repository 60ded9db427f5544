import type { CollectionEntry } from 'astro:content';
import { isLocale, LOCALES, otherLocale, type Locale } from '../../i18n/locales';
import { readingMinutes, recapGeneratedText } from './reading-time';

/** A post file of the collection: its `<locale>/<slug>` id, front matter, body and file. */
export type PostEntry = CollectionEntry<'posts'>;

/** A post file that belongs on the site, with its locale and slug read from the id. */
interface LocatedPost {
  locale: Locale;
  slug: string;
  record: PostEntry;
}

/** One page the site renders: a slug in a locale, shown from its own file or from a fallback. */
export interface PostPage {
  /** The locale of the page's URL and UI. */
  locale: Locale;
  slug: string;
  /** The file whose content the page shows. */
  post: LocatedPost;
  /** True when the page shows the other language's file because this locale has none. */
  isFallback: boolean;
  /** The same post in the other locale, when that file exists. */
  translation: LocatedPost | undefined;
}

/** Everything the pages need to know of the posts, worked out once per build (see `siteIndexOf`). */
export interface SiteIndex {
  /** Every post page: each slug in each locale, from its own file or the other language's. */
  pages: readonly PostPage[];
  /** A locale's pages as lists show them: the recap on top, then newest first. */
  listed: Readonly<Record<Locale, readonly PostPage[]>>;
  /** A locale's pages in the order the recap is read (see `readingOrderOf`). */
  readingOrder: Readonly<Record<Locale, readonly PostPage[]>>;
  /** A locale's follow-ups by the slug of the highlight they extend, newest first. */
  followUps: Readonly<Record<Locale, ReadonlyMap<string, readonly PostPage[]>>>;
  /** A locale's recap page, if the site has a recap. */
  recap: Readonly<Record<Locale, PostPage | undefined>>;
  /** Minutes to read each page as it shows (a recap counts the sections its layout adds). */
  minutes: ReadonlyMap<PostPage, number>;
  /** A page by locale and slug. */
  page: (locale: Locale, slug: string) => PostPage | undefined;
}

/**
 * Splits an entry id into locale and slug.
 * @example locatePost({ id: 'en/kcp', data }) // { locale: 'en', slug: 'kcp', record }
 */
function locatePost(record: PostEntry): LocatedPost {
  const [locale = '', slug = '', ...rest] = record.id.split('/');
  if (!isLocale(locale) || slug === '' || rest.length > 0) {
    throw new Error(`Post "${record.id}" is not at content/posts/<de|en>/<slug>.md: move it into the folder of its language.`);
  }
  return { locale, slug, record };
}

/**
 * Every page to render: each slug in each locale, from its own file or, when a translation is
 * missing, from the other language's file (so that no link between the languages 404s).
 */
function listPages(records: readonly PostEntry[]): PostPage[] {
  const bySlug = new Map<string, Partial<Record<Locale, LocatedPost>>>();
  for (const located of records.map(locatePost)) bySlug.set(located.slug, { ...bySlug.get(located.slug), [located.locale]: located });
  return [...bySlug].flatMap(([slug, files]) =>
    LOCALES.flatMap((locale) => {
      const own = files[locale];
      const post = own ?? files[otherLocale(locale)];
      return post ? [{ locale, slug, post, isFallback: own === undefined, translation: own ? files[otherLocale(locale)] : undefined }] : [];
    }),
  );
}

/** The recap on top, then newest first; posts of one day in the order the recap lists them (then by slug). */
function listedOrder(pages: readonly PostPage[], recap: PostPage | undefined): PostPage[] {
  const recapData = recap?.post.record.data;
  const recapOrder = new Map((recapData?.type === 'recap' ? recapData.highlights : []).map((slug, position) => [slug, position]));
  const inRecap = (page: PostPage) => recapOrder.get(page.slug) ?? recapOrder.size;
  const isRecap = (page: PostPage) => (page === recap ? 0 : 1);
  return [...pages].sort(
    (a, b) =>
      isRecap(a) - isRecap(b) ||
      b.post.record.data.pubDate.getTime() - a.post.record.data.pubDate.getTime() ||
      inRecap(a) - inRecap(b) ||
      a.slug.localeCompare(b.slug),
  );
}

/**
 * The recap's reading order: the recap, each highlight as it lists them followed by its follow-ups
 * (oldest first, as they build on each other), then posts it does not reach, in list order.
 */
function readingOrderOf(listed: readonly PostPage[], recap: PostPage | undefined, followUps: ReadonlyMap<string, readonly PostPage[]>): PostPage[] {
  const recapData = recap?.post.record.data;
  const named = new Set(recapData?.type === 'recap' ? recapData.highlights : []);
  const highlights = new Map(listed.filter((page) => page.post.record.data.type === 'highlight').map((page) => [page.slug, page]));
  const ordered = [
    ...(recap ? [recap] : []),
    ...[...[...named].flatMap((slug) => highlights.get(slug) ?? []), ...[...highlights.values()].filter((page) => !named.has(page.slug))].flatMap(
      (highlight) => [highlight, ...[...(followUps.get(highlight.slug) ?? [])].reverse()],
    ),
  ];
  const placed = new Set(ordered);
  return [...ordered, ...listed.filter((page) => !placed.has(page))];
}

/** A locale's follow-ups by the highlight they extend, in the list's order (newest first). */
function followUpsByHighlight(listed: readonly PostPage[]): Map<string, PostPage[]> {
  const groups = new Map<string, PostPage[]>();
  for (const page of listed) {
    const { data } = page.post.record;
    if (data.type === 'follow-up') groups.set(data.followUpOf, [...(groups.get(data.followUpOf) ?? []), page]);
  }
  return groups;
}

/** Minutes to read a recap as its page shows it: its body, its highlight sections and its closing. */
function recapMinutes(recap: PostPage, locale: Locale, page: SiteIndex['page'], followUps: ReadonlyMap<string, readonly PostPage[]>): number {
  const { data, body } = recap.post.record;
  if (data.type !== 'recap') return readingMinutes(body ?? '');
  const sections = data.highlights.flatMap((slug) => {
    const highlight = page(locale, slug)?.post.record.data;
    return highlight?.type === 'highlight' ? [{ highlight, followUps: followUps.get(slug) ?? [] }] : [];
  });
  return readingMinutes(body ?? '', recapGeneratedText(sections, data.closing));
}

/**
 * The site index of a set of posts, built once per build (`getSiteIndex`): every page, each
 * locale's lists, reading order, follow-ups and recap, and every page's reading time.
 */
export function siteIndexOf(records: readonly PostEntry[]): SiteIndex {
  const pages = listPages(records);
  const byKey = new Map(pages.map((page) => [`${page.locale}/${page.slug}`, page]));
  const page = (locale: Locale, slug: string) => byKey.get(`${locale}/${slug}`);
  const perLocale = <T>(make: (locale: Locale) => T) => Object.fromEntries(LOCALES.map((locale) => [locale, make(locale)])) as Record<Locale, T>;
  const recap = perLocale((locale) => pages.find((candidate) => candidate.locale === locale && candidate.post.record.data.type === 'recap'));
  const listed = perLocale((locale) => listedOrder(pages.filter((candidate) => candidate.locale === locale), recap[locale]));
  const followUps = perLocale((locale) => followUpsByHighlight(listed[locale]));
  const readingOrder = perLocale((locale) => readingOrderOf(listed[locale], recap[locale], followUps[locale]));
  const minutes = new Map(
    pages.map((candidate) => [
      candidate,
      candidate === recap[candidate.locale]
        ? recapMinutes(candidate, candidate.locale, page, followUps[candidate.locale])
        : readingMinutes(candidate.post.record.body ?? ''),
    ]),
  );
  return { pages, listed, readingOrder, followUps, recap, minutes, page };
}

/** The page before and after a page in its locale's reading order. */
export function neighboursOf(index: SiteIndex, page: PostPage): { previous: PostPage | undefined; next: PostPage | undefined } {
  const order = index.readingOrder[page.locale];
  const position = order.findIndex((candidate) => candidate.slug === page.slug);
  if (position === -1) return { previous: undefined, next: undefined };
  return { previous: order[position - 1], next: order[position + 1] };
}

/**
 * Whether the other locale's page of this post shows something the reader cannot read here:
 * true for a real translation, and on a fallback page (the other side is the original).
 * False only for an original that has no translation yet.
 */
export function hasOtherLanguage(page: PostPage): boolean {
  return page.isFallback || page.translation !== undefined;
}

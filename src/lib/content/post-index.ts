import { isLocale, LOCALES, otherLocale, type Locale } from '../../i18n/locales';
import type { PostData } from './post-schema';

/** The part of a content entry the helpers need: its `<locale>/<slug>` id and its front matter. */
export interface PostRecord {
  id: string;
  data: PostData;
}

/** A post file that belongs on the site, with its locale and slug read from the id. */
export interface LocatedPost<R extends PostRecord = PostRecord> {
  locale: Locale;
  slug: string;
  record: R;
}

/** One page the site renders: a slug in a locale, shown from its own file or from a fallback. */
export interface PostPage<R extends PostRecord = PostRecord> {
  /** The locale of the page's URL and UI. */
  locale: Locale;
  slug: string;
  /** The file whose content the page shows. */
  post: LocatedPost<R>;
  /** True when the page shows the other language's file because this locale has none. */
  isFallback: boolean;
  /** The same post in the other locale, when that file exists. */
  translation: LocatedPost<R> | undefined;
}

/**
 * Splits an entry id into locale and slug.
 * @example locatePost({ id: 'en/kcp', data }) // { locale: 'en', slug: 'kcp', record }
 */
export function locatePost<R extends PostRecord>(record: R): LocatedPost<R> {
  const [locale = '', slug = '', ...rest] = record.id.split('/');
  if (!isLocale(locale) || slug === '' || rest.length > 0) {
    throw new Error(`Post "${record.id}" is not at content/posts/<de|en>/<slug>.md: move it into the folder of its language.`);
  }
  return { locale, slug, record };
}

/** Drafts belong in `npm run dev` only. */
export function withoutDrafts<R extends PostRecord>(records: readonly R[]): R[] {
  return records.filter((record) => !record.data.draft);
}

/** Every post's files, keyed by slug, then by locale. */
export type PostIndex<R extends PostRecord = PostRecord> = Map<string, Partial<Record<Locale, LocatedPost<R>>>>;

/** Groups post files by slug so that translations find each other. */
export function indexPosts<R extends PostRecord>(records: readonly R[]): PostIndex<R> {
  const index: PostIndex<R> = new Map();
  for (const record of records) {
    const located = locatePost(record);
    const files = index.get(located.slug) ?? {};
    files[located.locale] = located;
    index.set(located.slug, files);
  }
  return index;
}

/**
 * Every page to render: each slug in each locale, from its own file or, when a translation is
 * missing, from the other language's file (so that no link between the languages 404s).
 */
export function listPostPages<R extends PostRecord>(index: PostIndex<R>): PostPage<R>[] {
  const pages: PostPage<R>[] = [];
  for (const [slug, files] of index) {
    for (const locale of LOCALES) {
      const own = files[locale];
      const other = files[otherLocale(locale)];
      const post = own ?? other;
      if (post === undefined) continue;
      pages.push({ locale, slug, post, isFallback: own === undefined, translation: own ? other : undefined });
    }
  }
  return pages;
}

/**
 * What `compute` makes of one page list for one locale, made once per list and locale: every
 * post page asks for its locale's list, follow-ups and neighbours, and at 1000 posts per locale
 * computing them per page cost most of a build.
 */
function oncePerLocale<R extends PostRecord, T>(
  cache: WeakMap<readonly PostPage[], Partial<Record<Locale, unknown>>>,
  pages: readonly PostPage<R>[],
  locale: Locale,
  compute: () => T,
): T {
  const known = cache.get(pages);
  if (known && locale in known) return known[locale] as T;
  const value = compute();
  cache.set(pages, { ...known, [locale]: value });
  return value;
}

const sortedByLocale = new WeakMap<readonly PostPage[], Partial<Record<Locale, unknown>>>();
const followUpsByLocale = new WeakMap<readonly PostPage[], Partial<Record<Locale, unknown>>>();
const readingOrderByLocale = new WeakMap<readonly PostPage[], Partial<Record<Locale, unknown>>>();

/**
 * The pages of one locale: the recap on top, then newest first; posts of the same day keep
 * the order in which the recap lists its highlights (then their slugs).
 */
export function pagesForLocale<R extends PostRecord>(pages: readonly PostPage<R>[], locale: Locale): PostPage<R>[] {
  return [...oncePerLocale(sortedByLocale, pages, locale, () => sortLocale(pages, locale))];
}

function sortLocale<R extends PostRecord>(pages: readonly PostPage<R>[], locale: Locale): PostPage<R>[] {
  const ofLocale = pages.filter((page) => page.locale === locale);
  const recap = ofLocale.find((page) => page.post.record.data.type === 'recap')?.post.record.data;
  const recapOrder = new Map((recap?.type === 'recap' ? recap.highlights : []).map((slug, position) => [slug, position]));
  const inRecap = (page: PostPage<R>) => recapOrder.get(page.slug) ?? recapOrder.size;
  const isRecap = (page: PostPage<R>) => (page.post.record.data.type === 'recap' ? 0 : 1);
  return ofLocale.sort(
    (a, b) =>
      isRecap(a) - isRecap(b) ||
      b.post.record.data.pubDate.getTime() - a.post.record.data.pubDate.getTime() ||
      inRecap(a) - inRecap(b) ||
      a.slug.localeCompare(b.slug),
  );
}

function followUpGroups<R extends PostRecord>(pages: readonly PostPage<R>[], locale: Locale): Map<string, PostPage<R>[]> {
  return oncePerLocale(followUpsByLocale, pages, locale, () => {
    const groups = new Map<string, PostPage<R>[]>();
    for (const page of pagesForLocale(pages, locale)) {
      const data = page.post.record.data;
      if (data.type !== 'follow-up') continue;
      const group = groups.get(data.followUpOf) ?? [];
      group.push(page);
      groups.set(data.followUpOf, group);
    }
    return groups;
  });
}

/** The follow-ups of one highlight as pages of one locale, newest first. */
export function followUpsOf<R extends PostRecord>(pages: readonly PostPage<R>[], highlightSlug: string, locale: Locale): PostPage<R>[] {
  return [...(followUpGroups(pages, locale).get(highlightSlug) ?? [])];
}

/**
 * The order in which the recap is read: the recap, then each highlight in the order the recap
 * lists them, each followed by its follow-ups (oldest first, as they build on each other).
 * Posts the recap does not reach (a highlight it does not list, and its follow-ups) come last,
 * in the post list's order, so every page has its place.
 */
export function readingOrder<R extends PostRecord>(pages: readonly PostPage<R>[], locale: Locale): PostPage<R>[] {
  return [...oncePerLocale(readingOrderByLocale, pages, locale, () => orderForReading(pages, locale))];
}

function orderForReading<R extends PostRecord>(pages: readonly PostPage<R>[], locale: Locale): PostPage<R>[] {
  const list = pagesForLocale(pages, locale);
  const recap = list.find((page) => page.post.record.data.type === 'recap');
  const recapData = recap?.post.record.data;
  const listed = new Set(recapData?.type === 'recap' ? recapData.highlights : []);
  const highlightBySlug = new Map(list.filter((page) => page.post.record.data.type === 'highlight').map((page) => [page.slug, page]));
  const highlights = [
    ...[...listed].flatMap((slug) => highlightBySlug.get(slug) ?? []),
    ...[...highlightBySlug.values()].filter((page) => !listed.has(page.slug)),
  ];
  const ordered = [
    ...(recap ? [recap] : []),
    ...highlights.flatMap((highlight) => [highlight, ...followUpsOf(pages, highlight.slug, locale).reverse()]),
  ];
  const placed = new Set(ordered);
  return [...ordered, ...list.filter((page) => !placed.has(page))];
}

/** The page before and after a page in its locale's reading order (see `readingOrder`). */
export function neighboursOf<R extends PostRecord>(
  pages: readonly PostPage<R>[],
  page: PostPage<R>,
): { previous: PostPage<R> | undefined; next: PostPage<R> | undefined } {
  const order = readingOrder(pages, page.locale);
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

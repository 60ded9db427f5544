import type { Locale } from '../../i18n/locales';
import type { PostData } from '../content/post-schema';
import { formatDate } from '../views/parts/dates';
import { POST_KINDS } from '../views/parts/post-kind';
import { excerptParts } from './excerpt';

/** The part of a Pagefind result's data that the search page uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's text, words separated by white space; `locations` count its words. */
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: { title: string; url: string }[];
}

/** One search result as the page shows it: a post card with the passage that matched. */
export type ResultView = ReturnType<typeof resultView>;

/** Sections listed under a result: enough to jump in, few enough to scan. */
const MAX_SECTIONS = 3;
function isKind(value: string | undefined): value is PostData['type'] {
  return (POST_KINDS as readonly (string | undefined)[]).includes(value);
}

/**
 * What the search matched in a result: the words at its match locations, and the words of the
 * metadata it may have matched in (title, session, people).
 * @example matchedWords({ content: 'An API layer', locations: [1], meta: { title: 'kcp' } }) // ['API', 'kcp']
 */
export function matchedWords(data: Pick<PagefindResultData, 'content' | 'locations' | 'meta'>): string[] {
  const words = data.content.split(/[^\S\uFEFF]+/);
  const atLocations = data.locations.flatMap((location) => words[location] ?? []);
  const inMeta = Object.values(data.meta).flatMap((value) => value?.split(/\s+/) ?? []);
  return [...atLocations, ...inMeta];
}

/**
 * A Pagefind result as a card: title, kind and date (`YYYY-MM-DD` for `<time datetime>`, and as
 * the page's readers write it) from the index's metadata and filters, the excerpt as text runs,
 * and the first few sections (headings with ids) that matched.
 * @example resultView(data, 'en').published // { iso: '2024-04-08', text: '8 April 2024' }
 */
export function resultView(data: PagefindResultData, locale: Locale) {
  const kind = data.filters.kind?.[0];
  const iso = data.filters.published?.[0];
  const date = iso === undefined ? undefined : new Date(iso);
  return {
    href: data.url,
    title: data.meta.title ?? data.url,
    kind: isKind(kind) ? kind : undefined,
    published: date && !Number.isNaN(date.getTime()) && iso ? { iso, text: formatDate(date, locale) } : undefined,
    excerpt: excerptParts(data.excerpt),
    sections: data.sub_results
      .filter((section) => section.url.includes('#'))
      .slice(0, MAX_SECTIONS)
      .map(({ url, title }) => ({ href: url, title })),
  };
}

import type { Locale } from '../../../i18n/locales';
import { postPath } from '../../../i18n/urls';
import type { PostEntry, PostPage } from '../site-index';
import { translationStateOf, type TranslationStatus } from './translation-status';

const translatable = (record: PostEntry) => ({ data: record.data, body: record.body ?? '', record });

/** What the notice on an outdated translation says and links to. */
export interface OutdatedNotice {
  originalLocale: Locale;
  /** The original's last change: its updatedDate, else its pubDate. */
  originalDate: Date;
  originalHref: string;
}

/**
 * The notice for a page that shows a translation whose original changed since it was
 * stamped; undefined for originals, fallback pages and translations that are up to date.
 */
export function outdatedNoticeOf(page: PostPage): OutdatedNotice | undefined {
  if (page.isFallback || page.translation === undefined) return undefined;
  const files: Partial<Record<Locale, ReturnType<typeof translatable>>> = {};
  files[page.post.locale] = translatable(page.post.record);
  files[page.translation.locale] = translatable(page.translation.record);
  const state = translationStateOf(page.slug, files);
  if (state?.status !== 'outdated' || state.originalLocale === page.locale) return undefined;
  const { data } = state.original.record;
  return {
    originalLocale: state.originalLocale,
    originalDate: data.updatedDate ?? data.pubDate,
    originalHref: postPath(state.originalLocale, page.slug),
  };
}

/** One row of the translation status page. */
export interface TranslationRow {
  slug: string;
  /** The post's title in the reader's language when it has one, else the original's. */
  title: string;
  /** The language of `title`. */
  titleLocale: Locale;
  /** The post's page in the reader's language (a fallback page when the translation is missing). */
  href: string;
  originalLocale: Locale;
  originalDate: Date;
  status: TranslationStatus;
}

/** Every post of a locale's list (see `SiteIndex.listed`) with where its translation stands, in the list's order. */
export function translationRowsOf(listed: readonly PostPage[]): TranslationRow[] {
  return listed.flatMap((page) => {
    const files: Partial<Record<Locale, ReturnType<typeof translatable>>> = { [page.post.locale]: translatable(page.post.record) };
    if (page.translation) files[page.translation.locale] = translatable(page.translation.record);
    const state = translationStateOf(page.slug, files);
    if (!state) return [];
    const { data } = state.original.record;
    return [
      {
        slug: page.slug,
        title: page.post.record.data.title,
        titleLocale: page.post.locale,
        href: postPath(page.locale, page.slug),
        originalLocale: state.originalLocale,
        originalDate: data.updatedDate ?? data.pubDate,
        status: state.status,
      },
    ];
  });
}

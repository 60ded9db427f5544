import type { Locale } from '../../../i18n/locales';
import { postPath } from '../../../i18n/urls';
import type { PostEntry, PostPage } from '../site-index';
import { translationStateOf } from './translation-status';

const translatable = (record: PostEntry) => ({ data: record.data, body: record.body ?? '', record });

/** Where the translation of a page's post stands, from the page's file and its translation's. */
function stateOf(page: PostPage) {
  const files: Partial<Record<Locale, ReturnType<typeof translatable>>> = { [page.post.locale]: translatable(page.post.record) };
  if (page.translation) files[page.translation.locale] = translatable(page.translation.record);
  return translationStateOf(page.slug, files);
}

/**
 * What the notice on a page that shows a translation whose original changed since it was
 * stamped says and links to (the original's last change: its updatedDate, else its pubDate);
 * undefined for originals, fallback pages and translations that are up to date.
 */
export function outdatedNoticeOf(page: PostPage) {
  if (page.isFallback || page.translation === undefined) return undefined;
  const state = stateOf(page);
  if (state?.status !== 'outdated' || state.originalLocale === page.locale) return undefined;
  const { data } = state.original.record;
  return {
    originalLocale: state.originalLocale,
    originalDate: data.updatedDate ?? data.pubDate,
    originalHref: postPath(state.originalLocale, page.slug),
  };
}

/**
 * Every post of a locale's list (see `SiteIndex.listed`) with where its translation stands, in
 * the list's order: its title in the reader's language when it has one, else the original's
 * (`titleLocale` says which), and its page in the reader's language (a fallback page when the
 * translation is missing).
 */
export function translationRowsOf(listed: readonly PostPage[]) {
  return listed.flatMap((page) => {
    const state = stateOf(page);
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

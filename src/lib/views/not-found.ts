import { LOCALE_TAGS, type Locale } from '../../i18n/locales';
import { translate } from '../../i18n/ui';
import { localizePath, postPath } from '../../i18n/urls';
import type { SiteIndex } from '../content/site-index';

/** What the 404 page offers a reader of one language besides its search: where to start again. */
export type NotFoundSection = ReturnType<typeof notFoundSections>[number];

/**
 * The 404 page's text for each of `locales`, in that order: search, the recap and all posts.
 * @example notFoundSections(index, ['en'])[0]?.links.map((link) => link.href) // ['/en/posts/kubecon-2024-paris/', '/en/']
 */
export function notFoundSections(index: SiteIndex, locales: readonly Locale[]) {
  const recap = index.pages.find((page) => page.post.record.data.type === 'recap');
  return locales.map((locale) => ({
    locale,
    lang: LOCALE_TAGS[locale].lang,
    title: translate(locale, 'notFound.title'),
    body: translate(locale, 'notFound.body'),
    links: [
      ...(recap ? [{ href: postPath(locale, recap.slug), label: translate(locale, 'notFound.recap') }] : []),
      { href: localizePath('/', locale), label: translate(locale, 'notFound.home') },
    ],
  }));
}

import { LOCALE_NAMES, LOCALE_TAGS, type Locale } from '../../i18n/locales';
import { translate } from '../../i18n/ui';
import { alternatePaths, localizePath } from '../../i18n/urls';
import type { SiteIndex } from '../content/site-index';
import { translationRowsOf } from '../content/translations/translation-pages';

/**
 * The translation status page of a locale: where each post's translation stands, for
 * translators, in the order of the post list; a link's `lang` is set when its title is in the
 * other language (no translation yet).
 * @example translationsPageView(index, 'en').rows[0]?.statusKey // 'translation.status.up-to-date'
 */
export function translationsPageView(index: SiteIndex, locale: Locale) {
  return {
    title: translate(locale, 'translation.pageTitle'),
    description: translate(locale, 'translation.pageIntro'),
    alternates: alternatePaths((code) => localizePath('/translations/', code)),
    rows: translationRowsOf(index.listed[locale]).map((row) => ({
      slug: row.slug,
      status: row.status,
      statusKey: `translation.status.${row.status}` as const,
      link: { title: row.title, href: row.href, lang: row.titleLocale === locale ? undefined : LOCALE_TAGS[row.titleLocale].lang },
      original: { lang: LOCALE_TAGS[row.originalLocale].lang, name: LOCALE_NAMES[row.originalLocale], date: row.originalDate },
    })),
  };
}

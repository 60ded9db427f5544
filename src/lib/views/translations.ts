import { LOCALE_NAMES, LOCALE_TAGS, type Locale } from '../../i18n/locales';
import { translate, type UiKey } from '../../i18n/ui';
import { alternatePaths, localizePath } from '../../i18n/urls';
import type { SiteIndex } from '../content/site-index';
import { translationRowsOf } from '../content/translations/translation-pages';
import type { TranslationStatus } from '../content/translations/translation-status';

/** One post on the translation status page, ready to render. */
interface TranslationRowView {
  slug: string;
  status: TranslationStatus;
  statusKey: UiKey;
  /** The post's page; `lang` is set when its title is in the other language (no translation yet). */
  link: { title: string; href: string; lang: string | undefined };
  original: { lang: string; name: string; date: Date };
}

/** The translation status page of a locale. */
export interface TranslationsView {
  title: string;
  description: string;
  alternates: Record<Locale, string>;
  rows: TranslationRowView[];
}

/**
 * Where each post's translation stands, for translators, in the order of the post list.
 * @example translationsPageView(index, 'en').rows[0]?.statusKey // 'translation.status.up-to-date'
 */
export function translationsPageView(index: SiteIndex, locale: Locale): TranslationsView {
  return {
    title: translate(locale, 'translation.pageTitle'),
    description: translate(locale, 'translation.pageIntro'),
    alternates: alternatePaths((code) => localizePath('/translations/', code)),
    rows: translationRowsOf(index.listed[locale]).map((row) => ({
      slug: row.slug,
      status: row.status,
      statusKey: `translation.status.${row.status}`,
      link: { title: row.title, href: row.href, lang: row.titleLocale === locale ? undefined : LOCALE_TAGS[row.titleLocale].lang },
      original: { lang: LOCALE_TAGS[row.originalLocale].lang, name: LOCALE_NAMES[row.originalLocale], date: row.originalDate },
    })),
  };
}

import { FALLBACK_LOCALE, LOCALE_NAMES, LOCALE_TAGS, LOCALES, otherLocale, type Locale } from '../../i18n/locales';
import { absoluteUrl, feedPath, localizePath } from '../../i18n/urls';
import { SITE_TITLE } from '../../site';

/** What a page tells the base layout about itself. */
export interface LayoutProps {
  locale: Locale;
  /** The page's own title; the site name is appended. */
  title: string;
  description: string;
  /** Where this page exists in each locale (fallback pages included): feeds `hreflang`. */
  alternates: Partial<Record<Locale, string>>;
  /** False when the other locale has no real translation: the switch then leads home. */
  hasTranslation?: boolean;
  /** Heading ids of this page mapped to those of its translation, where they differ. */
  anchorMap?: Record<string, string>;
  /** False for pages that must not be indexed or linked as canonical (the 404 page). */
  isIndexable?: boolean;
  /** False on pages that already speak both languages (the 404 page). */
  hasLanguageSwitch?: boolean;
  /** `article` for posts; the Open Graph type of the page. */
  ogType?: 'website' | 'article';
  /** Absolute URL of the page's share image. */
  image?: string | undefined;
  /** schema.org data for the page, emitted as JSON-LD. */
  jsonLd?: Record<string, unknown> | undefined;
  /** Where a moved page sends its reader at once (a meta refresh; the page links there too). */
  refreshTo?: string;
}

/**
 * The head of a page served at `path`: its canonical address, `hreflang` alternates (English
 * as `x-default`, for readers of neither language), and where the language switch leads.
 * @example pageHead({ locale: 'en', title: 'Posts', alternates: { de: '/de/', en: '/en/' }, hasTranslation: true, path: '/en/', site }).switchHref
 * // '/de/'
 */
export function pageHead(
  props: Pick<LayoutProps, 'locale' | 'title' | 'alternates'> & { hasTranslation: boolean; path: string; site: URL },
) {
  const { locale, title, alternates, hasTranslation, path, site } = props;
  const other = otherLocale(locale);
  const xDefault = alternates[FALLBACK_LOCALE] ?? alternates[otherLocale(FALLBACK_LOCALE)];
  return {
    fullTitle: title === SITE_TITLE ? title : `${title} · ${SITE_TITLE}`,
    canonical: absoluteUrl(path, site),
    hreflangs: LOCALES.flatMap((code) => {
      const href = alternates[code];
      return href === undefined ? [] : [{ hreflang: LOCALE_TAGS[code].lang, href: absoluteUrl(href, site) }];
    }),
    xDefault: xDefault === undefined ? undefined : absoluteUrl(xDefault, site),
    other,
    switchHref: hasTranslation ? alternates[other] : undefined,
    otherHome: localizePath('/', other),
    feeds: LOCALES.map((code) => ({ href: feedPath(code), lang: LOCALE_TAGS[code].lang, name: LOCALE_NAMES[code] })),
  };
}

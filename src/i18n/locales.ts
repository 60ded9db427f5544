/** The site's locales. German is the original and the default for readers we cannot place. */
export const LOCALES = ['de', 'en'] as const;

/** A locale the site publishes in. */
export type Locale = (typeof LOCALES)[number];

/** The original's locale: German comes first where a page speaks both languages. */
export const DEFAULT_LOCALE: Locale = 'de';

/** The locale of a reader whose browser prefers neither of ours: English is read more widely. */
export const FALLBACK_LOCALE: Locale = 'en';

/** BCP 47 tags for `lang`, `hreflang`, `og:locale` and `Intl` formatting, one spelling each: Swiss German. */
export const LOCALE_TAGS = {
  de: { lang: 'de-CH', og: 'de_CH', intl: 'de-CH' },
  en: { lang: 'en', og: 'en_GB', intl: 'en-GB' },
} as const satisfies Record<Locale, { lang: string; og: string; intl: string }>;

/** Each language's name in that language, for the switch and the language chooser. */
export const LOCALE_NAMES = { de: 'Deutsch', en: 'English' } as const satisfies Record<Locale, string>;

/**
 * Narrows a string to a `Locale`.
 * @example isLocale('de') // true
 * @example isLocale('fr') // false
 */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * The locale that is not `locale` (the site has exactly two).
 * @example otherLocale('de') // 'en'
 */
export function otherLocale(locale: Locale): Locale {
  return locale === 'de' ? 'en' : 'de';
}

/**
 * `getStaticPaths` for a page that exists once per locale.
 * @example localeStaticPaths() // [{ params: { locale: 'de' }, props: { locale: 'de' } }, …]
 */
export function localeStaticPaths(): { params: { locale: Locale }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { locale }, props: { locale } }));
}

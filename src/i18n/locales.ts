/** The site's locales. German is the original and the default for readers we cannot place. */
export const LOCALES = ['de', 'en'] as const;

/** A locale the site publishes in. */
export type Locale = (typeof LOCALES)[number];

/** The locale a reader gets when nothing tells us better. */
export const DEFAULT_LOCALE: Locale = 'de';

/** BCP 47 tags for `hreflang`, `og:locale` and `Intl` formatting. */
export const LOCALE_TAGS = {
  de: { lang: 'de', og: 'de_CH', intl: 'de-CH' },
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

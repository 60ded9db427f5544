import { FALLBACK_LOCALE, isLocale, type Locale } from '../../i18n/locales';

/**
 * The first of the browser's preferred languages the site has, else English.
 * @example preferredLocale(['fr-CH', 'de', 'en-US']) // 'de'
 * @example preferredLocale(['fr']) // 'en'
 */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0] ?? '';
    if (isLocale(primary)) return primary;
  }
  return FALLBACK_LOCALE;
}

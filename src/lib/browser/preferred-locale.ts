import { DEFAULT_LOCALE, isLocale, type Locale } from '../../i18n/locales';

/**
 * The first of the browser's preferred languages the site has, else German.
 * @example preferredLocale(['fr-CH', 'en-US', 'de']) // 'en'
 * @example preferredLocale(['fr']) // 'de'
 */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0] ?? '';
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

import { LOCALES, type Locale } from './locales';

/**
 * `getStaticPaths` for a page that exists once per locale.
 * @example localeStaticPaths() // [{ params: { locale: 'de' }, props: { locale: 'de' } }, …]
 */
export function localeStaticPaths(): { params: { locale: Locale }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { locale }, props: { locale } }));
}

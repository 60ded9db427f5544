import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './locales';

/**
 * `path` without the slashes at either end, counted rather than matched (/\/+$/ is quadratic).
 * @example trimSlashes('//posts/kcp/') // 'posts/kcp'
 */
export function trimSlashes(path: string): string {
  let start = 0;
  let end = path.length;
  while (start < end && path[start] === '/') start += 1;
  while (end > start && path[end - 1] === '/') end -= 1;
  return path.slice(start, end);
}

/**
 * Puts `path` (a locale-free, root-relative path) under `locale`, always with a trailing slash.
 * @example localizePath('/posts/kcp/', 'en') // '/en/posts/kcp/'
 * @example localizePath('/', 'de') // '/de/'
 */
export function localizePath(path: string, locale: Locale): string {
  const trimmed = trimSlashes(path);
  return trimmed === '' ? `/${locale}/` : `/${locale}/${trimmed}/`;
}

/**
 * The locale a root-relative path belongs to, or the default locale for paths outside both.
 * @example localeFromPath('/en/posts/kcp/') // 'en'
 * @example localeFromPath('/') // 'de'
 */
export function localeFromPath(path: string): Locale {
  const first = path.split('/').find((segment) => segment !== '') ?? '';
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

/**
 * The path with its locale prefix removed; paths without one are returned unchanged.
 * @example stripLocale('/en/posts/kcp/') // '/posts/kcp/'
 * @example stripLocale('/de/') // '/'
 */
export function stripLocale(path: string): string {
  const match = /^\/(de|en)(\/.*)?$/.exec(path);
  if (!match) return path;
  return match[2] ?? '/';
}

/**
 * The page of one post in one locale.
 * @example postPath('en', 'kcp') // '/en/posts/kcp/'
 */
export function postPath(locale: Locale, slug: string): string {
  return localizePath(`/posts/${slug}/`, locale);
}

/**
 * The page that lists every post on one topic in one locale.
 * @example topicPath('de', 'gitops') // '/de/topics/gitops/'
 */
export function topicPath(locale: Locale, topic: string): string {
  return localizePath(`/topics/${topic}/`, locale);
}

/**
 * A locale's feed address.
 * @example feedPath('en') // '/en/rss.xml'
 */
export function feedPath(locale: Locale): string {
  return `/${locale}/rss.xml`;
}

/**
 * An absolute URL for a root-relative path on the deployed site.
 * @example absoluteUrl('/en/posts/kcp/#what-kcp-is', 'https://example.org') // 'https://example.org/en/posts/kcp/#what-kcp-is'
 */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/**
 * The talk index of one locale, or its page filtered to one topic.
 * @example talksPath('en') // '/en/talks/'
 * @example talksPath('de', 'gitops') // '/de/talks/gitops/'
 */
export function talksPath(locale: Locale, topic?: string): string {
  return localizePath(topic === undefined ? '/talks/' : `/talks/${topic}/`, locale);
}

/**
 * The page's address in every locale, for its hreflang alternates: `pathIn` gives one locale's.
 * @example alternatePaths((locale) => localizePath('/search/', locale)) // { de: '/de/search/', en: '/en/search/' }
 */
export function alternatePaths(pathIn: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, pathIn(locale)])) as Record<Locale, string>;
}

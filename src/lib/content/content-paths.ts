import { isLocale, type Locale } from '../../i18n/locales';

/** Where posts live, relative to the project root. */
export const POSTS_DIR = 'content/posts';

/**
 * The list of published addresses removed on purpose, one a line with its reason. It is the
 * only file under content/ that is not a post, and a maintainer's file (.github/CODEOWNERS):
 * taking an address away is a maintainer's call.
 */
export const GONE_FILE = 'content/gone.txt';

/**
 * Reads a post file's place, its locale folder and its slug, from its path (absolute or
 * relative, either separator).
 * @example parsePostPath('/repo/content/posts/en/kcp.md') // { locale: 'en', slug: 'kcp' }
 * @example parsePostPath('src/pages/index.astro') // undefined
 */
export function parsePostPath(path: string) {
  const match = /(?:^|[\\/])content[\\/]posts[\\/]([^\\/]+)[\\/]([^\\/]+)\.mdx?$/.exec(path);
  if (!match) return undefined;
  const [, locale = '', slug = ''] = match;
  return isLocale(locale) ? { locale, slug } : undefined;
}

/**
 * The repository-relative path of a post file (Markdown; MDX callers pass the extension).
 * @example postFilePath('de', 'kcp') // 'content/posts/de/kcp.md'
 */
export function postFilePath(locale: Locale, slug: string, extension: 'md' | 'mdx' = 'md'): string {
  return `${POSTS_DIR}/${locale}/${slug}.${extension}`;
}

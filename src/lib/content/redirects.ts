import { LOCALES } from '../../i18n/locales';
import { postPath } from '../../i18n/urls';
import { splitFrontMatterOf } from './front-matter';
import { readPostFiles } from './read-posts';

/**
 * The static redirects of renamed posts, for Astro's `redirects` option: each former slug a
 * published post lists in `redirectFrom` leads to its page, in both languages. Read from the
 * files as the checks read them; whatever is wrong with them is the checks' to report.
 * @example // a post "sbom" with redirectFrom: [sboms]
 * // { '/de/posts/sboms/': '/de/posts/sbom/', '/en/posts/sboms/': '/en/posts/sbom/' }
 */
export async function postRedirects(root: string): Promise<Record<string, string>> {
  const redirects: Record<string, string> = {};
  for (const file of (await readPostFiles(root)).files) {
    const data = splitFrontMatterOf(file).data as { draft?: unknown; redirectFrom?: unknown } | undefined;
    if (!data || data.draft === true || !Array.isArray(data.redirectFrom)) continue;
    for (const former of data.redirectFrom) {
      if (typeof former !== 'string') continue;
      for (const locale of LOCALES) redirects[postPath(locale, former)] = postPath(locale, file.slug);
    }
  }
  return redirects;
}

import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import type { Locale } from '../../i18n/locales';
import { localeStaticPaths } from '../../i18n/static-paths';
import { getPostPages } from '../../lib/content/posts';
import { feedOf } from '../../lib/views/feed';
import { siteUrl } from '../../lib/views/parts/site-url';

export const getStaticPaths = localeStaticPaths satisfies GetStaticPaths;

/** One RSS feed per locale. */
export async function GET(context: APIContext) {
  const { locale } = context.props as { locale: Locale };
  return rss(feedOf(await getPostPages(), locale, siteUrl(context)));
}

import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import type { Locale } from '../../i18n/locales';
import { localeStaticPaths } from '../../i18n/static-paths';
import { postBodyHtml } from '../../lib/feed/post-html';
import { getSiteIndex } from '../../lib/content/posts';
import { feedOf, feedPages } from '../../lib/feed/feed-view';
import { siteUrl } from '../../lib/views/parts/site-url';

export const getStaticPaths = localeStaticPaths satisfies GetStaticPaths;

/** One RSS feed per locale, each post with its full text. */
export async function GET(context: APIContext) {
  const { locale } = context.props as { locale: Locale };
  const index = await getSiteIndex();
  const entries = feedPages(index, locale).map((page) => page.post.record);
  const bodies = new Map(await Promise.all(entries.map(async (entry) => [entry.id, await postBodyHtml(entry)] as const)));
  return rss(feedOf(index, locale, siteUrl(context), bodies));
}

import type { APIContext, GetStaticPaths } from 'astro';
import type { Locale } from '../../i18n/locales';
import { localeStaticPaths } from '../../i18n/static-paths';
import { feedStylesheet } from '../../lib/meta/feed-stylesheet';
import { feedStylesheetTextOf } from '../../lib/views/feed';
import { siteUrl } from '../../lib/views/parts/site-url';
import tokensCss from '../../styles/tokens.css?raw';

export const getStaticPaths = localeStaticPaths satisfies GetStaticPaths;

/** The stylesheet that shows a locale's feed as a page when a browser opens it. */
export function GET(context: APIContext): Response {
  const { locale } = context.props as { locale: Locale };
  return new Response(feedStylesheet(feedStylesheetTextOf(locale, siteUrl(context)), tokensCss), {
    headers: { 'Content-Type': 'text/xsl; charset=utf-8' },
  });
}

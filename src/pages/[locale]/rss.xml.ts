import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { LOCALE_TAGS, type Locale } from '../../i18n/locales';
import { localeStaticPaths } from '../../i18n/static-paths';
import { translate } from '../../i18n/ui';
import { localizePath, postPath } from '../../i18n/urls';
import { newestFirst } from '../../lib/meta/feed-order';
import { pagesForLocale } from '../../lib/content/post-index';
import { getPostPages } from '../../lib/content/posts';
import { TOPIC_LABELS } from '../../lib/content/topics';
import { SITE_AUTHOR, SITE_TITLE } from '../../site';

export const getStaticPaths = localeStaticPaths satisfies GetStaticPaths;

/** One RSS feed per locale, with every post a reader of that locale can open. */
export async function GET(context: APIContext) {
  const { locale } = context.props as { locale: Locale };
  const site = context.site ?? new URL(context.url.origin);
  const pages = newestFirst(pagesForLocale(await getPostPages(), locale));
  return rss({
    title: `${SITE_TITLE} (${locale.toUpperCase()})`,
    description: translate(locale, 'home.intro'),
    site: new URL(localizePath('/', locale), site).href,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${LOCALE_TAGS[locale].lang}</language>`,
    items: pages.map((page) => {
      const { data } = page.post.record;
      return {
        title: data.title,
        link: new URL(postPath(locale, page.slug), site).href,
        pubDate: data.pubDate,
        description: data.type === 'highlight' ? `${data.description} ${data.summary}` : data.description,
        categories: data.topics.map((topic) => TOPIC_LABELS[topic][locale]),
        customData: `<dc:creator>${SITE_AUTHOR}</dc:creator><dc:language>${LOCALE_TAGS[page.post.locale].lang}</dc:language>`,
      };
    }),
  });
}

import type { RSSOptions } from '@astrojs/rss';
import { LOCALE_TAGS, type Locale } from '../../i18n/locales';
import { translate } from '../../i18n/ui';
import { absoluteUrl, localizePath, postPath } from '../../i18n/urls';
import { SITE_AUTHOR, SITE_TITLE } from '../../site';
import { pagesForLocale, type PostPage } from '../content/post-index';
import { TOPIC_LABELS } from '../content/topics';
import { newestFirst } from '../meta/feed-order';

/**
 * The RSS feed of a locale: every post a reader of that locale can open, newest first; an
 * untranslated post is listed in its original's language.
 * @example feedOf(pages, 'en', site).title // 'KubeCon Europe 2024 – Recap (EN)'
 */
export function feedOf(pages: readonly PostPage[], locale: Locale, site: URL): RSSOptions {
  return {
    title: `${SITE_TITLE} (${locale.toUpperCase()})`,
    description: translate(locale, 'home.intro'),
    site: absoluteUrl(localizePath('/', locale), site),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${LOCALE_TAGS[locale].lang}</language>`,
    items: newestFirst(pagesForLocale(pages, locale)).map((page) => {
      const { data } = page.post.record;
      return {
        title: data.title,
        link: absoluteUrl(postPath(locale, page.slug), site),
        pubDate: data.pubDate,
        description: data.type === 'highlight' ? `${data.description} ${data.summary}` : data.description,
        categories: data.topics.map((topic) => TOPIC_LABELS[topic][locale]),
        customData: `<dc:creator>${SITE_AUTHOR}</dc:creator><dc:language>${LOCALE_TAGS[page.post.locale].lang}</dc:language>`,
      };
    }),
  };
}

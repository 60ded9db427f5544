import type { RSSOptions } from '@astrojs/rss';
import { LOCALE_TAGS, type Locale } from '../../i18n/locales';
import { translate, useTranslations } from '../../i18n/ui';
import { absoluteUrl, localizePath, postPath } from '../../i18n/urls';
import { SITE_AUTHOR, SITE_TITLE } from '../../site';
import { pagesForLocale, type PostPage } from '../content/post-index';
import { TOPIC_LABELS } from '../content/topics';
import { feedHtml } from '../meta/feed-html';
import type { FeedStylesheetText } from '../meta/feed-stylesheet';
import { newestFirst } from '../meta/feed-order';
import { recapSections, talkSectionViews, type RecordWithFile } from './recap';
import { recapFeedParts } from './parts/recap-feed';

/**
 * A feed's address and the address of the stylesheet that shows it as a page in a browser.
 * @example feedPaths('en') // { feed: '/en/rss.xml', stylesheet: '/en/rss.xsl' }
 */
export function feedPaths(locale: Locale): { feed: string; stylesheet: string } {
  return { feed: `/${locale}/rss.xml`, stylesheet: `/${locale}/rss.xsl` };
}

/**
 * What the page a browser shows for a locale's feed says, in that locale.
 * @example feedStylesheetTextOf('en', site).feedUrl // 'https://example.org/en/rss.xml'
 */
export function feedStylesheetTextOf(locale: Locale, site: URL): FeedStylesheetText {
  const t = useTranslations(locale);
  return {
    lang: LOCALE_TAGS[locale].lang,
    intl: LOCALE_TAGS[locale].intl,
    feedUrl: absoluteUrl(feedPaths(locale).feed, site),
    noticeTitle: t('feed.noticeTitle'),
    noticeText: t('feed.noticeText'),
    siteLink: t('feed.siteLink'),
    itemsTitle: t('feed.itemsTitle'),
  };
}

/**
 * The full content of a post's feed item: its rendered body (`bodies`, by entry id), and on the
 * recap the highlight sections and closing its layout adds, cleaned for a feed reader.
 */
function itemContent<R extends RecordWithFile>(
  page: PostPage<R>,
  pages: readonly PostPage<R>[],
  bodies: ReadonlyMap<string, string>,
  url: URL,
) {
  const { record } = page.post;
  const { data } = record;
  const body = bodies.get(record.id);
  if (body === undefined) throw new Error(`The feed has no rendered body for ${record.id}: render every post of the feed first.`);
  const appended =
    data.type === 'recap'
      ? recapFeedParts(
          talkSectionViews(recapSections(record.filePath ?? record.id, data.highlights, pages, page.locale), data.idAliases),
          data.closing,
          page.locale,
        )
      : [];
  return feedHtml(body, url, appended);
}

/**
 * How many posts a feed carries. Readers fetch a feed again and again and keep what they saw,
 * so the newest are enough; and each item is a whole post, so the feed and its build stay small
 * however many posts the site grows to.
 */
const FEED_ITEM_LIMIT = 30;

/**
 * The posts a locale's feed carries: the newest a reader of that locale can open.
 * @example feedPages(pages, 'en', 2).length // 2
 */
export function feedPages<R extends RecordWithFile>(pages: readonly PostPage<R>[], locale: Locale, limit = FEED_ITEM_LIMIT): PostPage<R>[] {
  return newestFirst(pagesForLocale(pages, locale)).slice(0, limit);
}

/**
 * The RSS feed of a locale: its newest posts (feedPages), each with its full text; an
 * untranslated post is listed in its original's language.
 * @example feedOf(pages, 'en', site, bodies).title // 'KubeCon Europe 2024 – Recap (EN)'
 */
export function feedOf<R extends RecordWithFile>(
  pages: readonly PostPage<R>[],
  locale: Locale,
  site: URL,
  bodies: ReadonlyMap<string, string>,
): RSSOptions {
  return {
    title: `${SITE_TITLE} (${locale.toUpperCase()})`,
    description: translate(locale, 'home.intro'),
    site: absoluteUrl(localizePath('/', locale), site),
    stylesheet: feedPaths(locale).stylesheet,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${LOCALE_TAGS[locale].lang}</language>`,
    items: feedPages(pages, locale).map((page) => {
      const { data } = page.post.record;
      const link = absoluteUrl(postPath(locale, page.slug), site);
      return {
        title: data.title,
        link,
        pubDate: data.pubDate,
        description: data.type === 'highlight' ? `${data.description} ${data.summary}` : data.description,
        content: itemContent(page, pages, bodies, new URL(link)),
        categories: data.topics.map((topic) => TOPIC_LABELS[topic][locale]),
        customData: `<dc:creator>${SITE_AUTHOR}</dc:creator><dc:language>${LOCALE_TAGS[page.post.locale].lang}</dc:language>`,
      };
    }),
  };
}

import type { RSSOptions } from '@astrojs/rss';
import { LOCALE_NAMES, LOCALE_TAGS, LOCALES, otherLocale, type Locale } from '../../i18n/locales';
import { translate, useTranslations } from '../../i18n/ui';
import { absoluteUrl, feedPath, localizePath, postPath } from '../../i18n/urls';
import { SITE_AUTHOR, SITE_TITLE } from '../../site';
import type { PostPage, SiteIndex } from '../content/site-index';
import { TOPIC_LABELS } from '../content/topics';
import { recapSections, talkSectionViews } from '../views/recap';
import { feedHtml } from './feed-html';
import { recapFeedParts } from './recap-feed';
import { smartPunctuation } from '../../plugins/remark-smart-punctuation';

/**
 * The page a reader reaches from "RSS feed" in the footer: a readable page of the site, where a
 * feed opened in a browser would show raw XML. The page's own language comes first.
 * @example subscribeView('de', site).feeds.map((feed) => feed.url) // ['https://example.org/de/rss.xml', 'https://example.org/en/rss.xml']
 */
export function subscribeView(locale: Locale, site: URL) {
  const t = useTranslations(locale);
  return {
    title: t('feeds.title'),
    intro: t('feeds.intro'),
    alternates: Object.fromEntries(LOCALES.map((code) => [code, localizePath('/feeds/', code)])),
    feeds: [locale, otherLocale(locale)].map((code) => ({
      lang: LOCALE_TAGS[code].lang,
      name: LOCALE_NAMES[code],
      url: absoluteUrl(feedPath(code), site),
      href: feedPath(code),
    })),
  };
}

/**
 * The full content of a post's feed item: its rendered body (`bodies`, by entry id), and on the
 * recap the highlight sections and closing its layout adds, cleaned for a feed reader.
 */
function itemContent(page: PostPage, index: SiteIndex, bodies: ReadonlyMap<string, string>, url: URL) {
  const { record } = page.post;
  const { data } = record;
  const body = bodies.get(record.id);
  if (body === undefined) throw new Error(`The feed has no rendered body for ${record.id}: render every post of the feed first.`);
  const appended =
    data.type === 'recap'
      ? recapFeedParts(
          talkSectionViews(recapSections(record.filePath ?? record.id, data.highlights, index, page.locale), data.idAliases),
          smartPunctuation(data.closing),
          page.locale,
        )
      : [];
  return feedHtml(body, url, appended);
}

/**
 * How many posts a feed carries: readers keep what they saw, and each item is a whole post, so
 * the feed stays small however the site grows.
 */
const FEED_ITEM_LIMIT = 30;

/**
 * The posts a locale's feed carries: the newest a reader of that locale can open, by publication
 * date (posts of one day in the order of the list, which puts the recap first).
 * @example feedPages(index, 'en', 2).length // 2
 */
export function feedPages(index: SiteIndex, locale: Locale, limit = FEED_ITEM_LIMIT): PostPage[] {
  const newestFirst = [...index.listed[locale]].sort((a, b) => b.post.record.data.pubDate.getTime() - a.post.record.data.pubDate.getTime());
  return newestFirst.slice(0, limit);
}

/**
 * When a feed last changed: the newest publication or update of its posts. Derived from the
 * posts, not the clock, so an unchanged site builds an unchanged feed.
 */
function lastChange(pages: readonly PostPage[]): Date {
  const times = pages.flatMap(({ post }) => [post.record.data.pubDate, post.record.data.updatedDate ?? post.record.data.pubDate]);
  return new Date(Math.max(...times.map((time) => time.getTime())));
}

/**
 * The RSS feed of a locale: its newest posts (feedPages), each with its description and its
 * full text; an untranslated post is listed in its original's language. The feed names its own
 * address (`atom:link rel="self"`) and when it last changed (`lastBuildDate`), as the W3C feed
 * validator asks.
 * @example feedOf(index, 'en', site, bodies).title // 'KubeCon Europe 2024 – Recap (EN)'
 */
export function feedOf(index: SiteIndex, locale: Locale, site: URL, bodies: ReadonlyMap<string, string>): RSSOptions {
  const carried = feedPages(index, locale);
  const self = absoluteUrl(feedPath(locale), site);
  return {
    title: `${SITE_TITLE} (${locale.toUpperCase()})`,
    description: translate(locale, 'home.intro'),
    site: absoluteUrl(localizePath('/', locale), site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData:
      `<language>${LOCALE_TAGS[locale].lang}</language>` +
      `<lastBuildDate>${lastChange(carried).toUTCString()}</lastBuildDate>` +
      `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: carried.map((page) => {
      const { data } = page.post.record;
      const link = absoluteUrl(postPath(locale, page.slug), site);
      return {
        title: data.title,
        link,
        pubDate: data.pubDate,
        description: smartPunctuation(data.description),
        content: itemContent(page, index, bodies, new URL(link)),
        categories: data.topics.map((topic) => TOPIC_LABELS[topic][locale]),
        customData: `<dc:creator>${SITE_AUTHOR}</dc:creator><dc:language>${LOCALE_TAGS[page.post.locale].lang}</dc:language>`,
      };
    }),
  };
}

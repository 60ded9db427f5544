import type { Locale } from '../../i18n/locales';
import { topicPath } from '../../i18n/urls';
import { pagesForLocale, type PostPage, type PostRecord } from '../content/post-index';
import { TOPICS, type Topic } from '../content/topics';

/** One entry of a locale's topic index. */
export interface TopicSummary {
  topic: Topic;
  href: string;
  /** Posts of the locale filed under the topic. */
  count: number;
}

/**
 * The topics that have a page (any post in any locale uses them), in the site's topic order,
 * with how many posts of `locale` each one lists.
 * @example topicSummaries(pages, 'en')[0] // { topic: 'platform-engineering', href: '/en/topics/platform-engineering/', count: 4 }
 */
export function topicSummaries<R extends PostRecord>(pages: readonly PostPage<R>[], locale: Locale): TopicSummary[] {
  const used = new Set(pages.flatMap((page) => page.post.record.data.topics));
  const ofLocale = pagesForLocale(pages, locale);
  return TOPICS.filter((topic) => used.has(topic)).map((topic) => ({
    topic,
    href: topicPath(locale, topic),
    count: ofLocale.filter((page) => page.post.record.data.topics.includes(topic)).length,
  }));
}

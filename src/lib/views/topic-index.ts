import { LOCALES, type Locale } from '../../i18n/locales';
import { translate } from '../../i18n/ui';
import { alternatePaths, localizePath, topicPath } from '../../i18n/urls';
import type { PostPage, SiteIndex } from '../content/site-index';
import { TOPIC_LABELS, TOPICS, type Topic } from '../content/topics';

/** The topics any post in any locale is filed under, in the order the posts first use them. */
function usedTopics(pages: readonly PostPage[]): Topic[] {
  return [...new Set(pages.flatMap((page) => page.post.record.data.topics))];
}

/**
 * `getStaticPaths` of the topic pages: every topic a post uses gets a page in every locale.
 * @example topicPagePaths(index)[0] // { params: { locale: 'de', topic: 'gitops' }, props: { locale: 'de', topic: 'gitops' } }
 */
export function topicPagePaths({ pages }: SiteIndex) {
  const topics = usedTopics(pages);
  return LOCALES.flatMap((locale) => topics.map((topic) => ({ params: { locale, topic }, props: { locale, topic } })));
}

/**
 * The topic index of a locale: the topics that have a page, in the site's topic order, with how
 * many posts of `locale` each one lists.
 * @example topicIndexPageView(index, 'en').topics[0] // { label: 'Platform engineering', href: '/en/topics/platform-engineering/', count: 4 }
 */
export function topicIndexPageView(index: SiteIndex, locale: Locale) {
  const used = new Set(usedTopics(index.pages));
  const ofLocale = index.listed[locale];
  return {
    title: translate(locale, 'topics.title'),
    description: translate(locale, 'topics.intro'),
    alternates: alternatePaths((code) => localizePath('/topics/', code)),
    topics: TOPICS.filter((topic) => used.has(topic)).map((topic) => ({
      label: TOPIC_LABELS[topic][locale],
      href: topicPath(locale, topic),
      count: ofLocale.filter((page) => page.post.record.data.topics.includes(topic)).length,
    })),
  };
}

import { LOCALE_TAGS, type Locale } from '../../i18n/locales';
import { translate } from '../../i18n/ui';
import { alternatePaths, localizePath, topicPath } from '../../i18n/urls';
import type { PostPage, SiteIndex } from '../content/site-index';
import { TOPIC_LABELS, type Topic } from '../content/topics';
import { postKindKey } from './parts/post-kind';
import { postLinkOf, topicLinks } from './parts/post-link';
import { smartPunctuation } from '../../plugins/remark-smart-punctuation';

/** The cards of `pages` for readers of `locale`, with the reading times the index knows. */
function postCards(pages: readonly PostPage[], index: SiteIndex, locale: Locale) {
  return pages.map((page) => {
    const { data } = page.post.record;
    const link = postLinkOf(page);
    return {
      type: data.type,
      kindKey: postKindKey(data.type),
      link,
      labelLang: link.lang && LOCALE_TAGS[locale].lang,
      description: smartPunctuation(data.description),
      published: data.pubDate,
      isDraft: data.draft,
      readingMinutes: index.minutes.get(page) ?? 1,
      topics: topicLinks(data.topics, locale),
    };
  });
}

/** One post in a post list, ready to render. */
export type PostCard = ReturnType<typeof postCards>[number];

/**
 * A locale's home page, its one list of all posts: the recap first.
 * @example homePageView(index, 'en').cards[0]?.type // 'recap'
 */
export function homePageView(index: SiteIndex, locale: Locale) {
  return {
    title: translate(locale, 'home.title'),
    description: translate(locale, 'home.intro'),
    alternates: alternatePaths((code) => localizePath('/', code)),
    cards: postCards(index.listed[locale], index, locale),
  };
}

/**
 * A locale's page of the posts filed under one topic.
 * @example topicPageView(index, 'en', 'gitops').title // 'Topic: GitOps'
 */
export function topicPageView(index: SiteIndex, locale: Locale, topic: Topic) {
  const label = TOPIC_LABELS[topic][locale];
  const onTopic = index.listed[locale].filter((page) => page.post.record.data.topics.includes(topic));
  return {
    title: translate(locale, 'topic.title', { topic: label }),
    description: translate(locale, 'topic.intro', { topic: label }),
    alternates: alternatePaths((code) => topicPath(code, topic)),
    cards: postCards(onTopic, index, locale),
  };
}

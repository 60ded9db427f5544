import { LOCALE_TAGS, type Locale } from '../../../i18n/locales';
import { postPath, topicPath } from '../../../i18n/urls';
import type { PostPage } from '../../content/site-index';
import { TOPIC_LABELS, type Topic } from '../../content/topics';

/** A link to a post page, as lists, the pager and the talk index show it. */
export interface PostLink {
  title: string;
  href: string;
  /** The language of the title when it is not the page's (a fallback page shows the original). */
  lang: string | undefined;
}

/**
 * The link to a post page in its own locale.
 * @example postLinkOf(fallbackPage) // { title: 'Der Titel', href: '/en/posts/kcp/', lang: 'de' }
 */
export function postLinkOf(page: PostPage): PostLink {
  return {
    title: page.post.record.data.title,
    href: postPath(page.locale, page.slug),
    lang: page.isFallback ? LOCALE_TAGS[page.post.locale].lang : undefined,
  };
}

/** A topic chip: the topic's name in the reader's language and its page. */
export interface TopicLink {
  topic: Topic;
  label: string;
  href: string;
}

/**
 * Links to topics, each leading to the topic's post list (or to the page `pathOf` names).
 * @example topicLinks(['gitops'], 'de') // [{ topic: 'gitops', label: 'GitOps', href: '/de/topics/gitops/' }]
 */
export function topicLinks(
  topics: readonly Topic[],
  locale: Locale,
  pathOf: (locale: Locale, topic: Topic) => string = topicPath,
): TopicLink[] {
  return topics.map((topic) => ({ topic, label: TOPIC_LABELS[topic][locale], href: pathOf(locale, topic) }));
}

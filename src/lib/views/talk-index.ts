import type { Locale } from '../../i18n/locales';
import { postPath, talksPath } from '../../i18n/urls';
import { pagesForLocale, type PostPage, type PostRecord } from '../content/post-index';
import type { Talk } from '../content/post-schema';
import { recapSections } from './recap';
import { TOPICS, type Topic } from '../content/topics';

/** Links a talk entry may show, in this order; empty front-matter links are left out. */
export const TALK_LINK_KEYS = ['schedule', 'video', 'slides', 'project'] as const;

/** A post linked from the talk index. */
export interface TalkIndexPost {
  title: string;
  href: string;
  /** The language of the post's text when it differs from the page's (an untranslated post). */
  contentLocale: Locale | undefined;
}

/** One session the recap covers, ready for the talk index. */
export interface TalkIndexEntry {
  talkId: string;
  title: string;
  kind: Talk['kind'];
  /** "Name (Affiliation)" per speaker; empty when none are named. */
  speakers: string[];
  hostedBy: string | undefined;
  links: { key: (typeof TALK_LINK_KEYS)[number]; href: string }[];
  topics: Topic[];
  highlight: TalkIndexPost;
  /** The talk's section on the recap page. */
  sectionHref: string;
  followUps: TalkIndexPost[];
}

/** A topic filter of the talk index: its page and how many talks it keeps. */
export interface TalkTopicFilter {
  topic: Topic;
  href: string;
  count: number;
}

function indexPost<R extends PostRecord>(page: PostPage<R>, locale: Locale): TalkIndexPost {
  return {
    title: page.post.record.data.title,
    href: postPath(locale, page.slug),
    contentLocale: page.isFallback ? page.post.locale : undefined,
  };
}

/**
 * Every session the recap covers, in the recap's order, for one locale; none without a recap.
 * @example talkIndexEntries(pages, 'en')[0]?.sectionHref // '/en/posts/kubecon-2024-paris/#kcp'
 */
export function talkIndexEntries<R extends PostRecord>(pages: readonly PostPage<R>[], locale: Locale): TalkIndexEntry[] {
  const recap = pagesForLocale(pages, locale).find((page) => page.post.record.data.type === 'recap');
  const recapData = recap?.post.record.data;
  if (recap === undefined || recapData?.type !== 'recap') return [];
  return recapSections(recap.post.record.id, recapData.highlights, pages, locale).map(({ page, highlight, followUps }) => {
    const { talk } = highlight;
    return {
      talkId: highlight.talkId,
      title: talk.title,
      kind: talk.kind,
      speakers: talk.speakers.map((speaker) => (speaker.affiliation ? `${speaker.name} (${speaker.affiliation})` : speaker.name)),
      hostedBy: talk.speakers.length === 0 ? talk.hostedBy : undefined,
      links: TALK_LINK_KEYS.flatMap((key) => {
        const href = talk.links[key];
        return href === undefined || href === '' ? [] : [{ key, href }];
      }),
      topics: [...highlight.topics],
      highlight: indexPost(page, locale),
      sectionHref: `${postPath(locale, recap.slug)}#${highlight.talkId}`,
      followUps: followUps.map((followUp) => indexPost(followUp, locale)),
    };
  });
}

/**
 * The topics the talks are filed under, in the site's topic order, each with its filter page.
 * @example talkTopicFilters(entries, 'de')[0] // { topic: 'platform-engineering', href: '/de/talks/platform-engineering/', count: 3 }
 */
export function talkTopicFilters(entries: readonly TalkIndexEntry[], locale: Locale): TalkTopicFilter[] {
  return TOPICS.flatMap((topic) => {
    const count = entries.filter((entry) => entry.topics.includes(topic)).length;
    return count === 0 ? [] : [{ topic, href: talksPath(locale, topic), count }];
  });
}

/** The talks filed under one topic, or all of them when no topic is given. */
export function talksOnTopic(entries: readonly TalkIndexEntry[], topic: Topic | undefined): TalkIndexEntry[] {
  return topic === undefined ? [...entries] : entries.filter((entry) => entry.topics.includes(topic));
}

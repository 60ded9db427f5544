import { LOCALES, type Locale } from '../../i18n/locales';
import { translate } from '../../i18n/ui';
import { alternatePaths, talksPath } from '../../i18n/urls';
import type { SiteIndex } from '../content/site-index';
import { TOPIC_LABELS, TOPICS, type Topic } from '../content/topics';
import { postLinkOf, topicLinks } from './parts/post-link';
import { recapSectionPath, recapSections } from './recap';
import { talkFacts } from './parts/talk-facts';

/** Every session the recap covers, in the recap's order, for one locale; none without a recap. */
function talkIndexEntries(index: SiteIndex, locale: Locale) {
  const recap = index.recap[locale];
  const recapData = recap?.post.record.data;
  if (recap === undefined || recapData?.type !== 'recap') return [];
  return recapSections(recap.post.record.id, recapData.highlights, index, locale).map(({ page, highlight, followUps }) => ({
    talkId: highlight.talkId,
    talk: talkFacts(highlight.talk),
    topics: topicLinks(highlight.topics, locale, talksPath),
    highlight: postLinkOf(page),
    sectionHref: recapSectionPath(locale, recap.slug, highlight.talkId),
    followUps: followUps.map(postLinkOf),
  }));
}

/** One session the recap covers, ready for the talk index. */
type TalkIndexEntry = ReturnType<typeof talkIndexEntries>[number];

function isOnTopic(entry: TalkIndexEntry, topic: Topic): boolean {
  return entry.topics.some((link) => link.topic === topic);
}

/** The topics the talks are filed under, in the site's topic order. */
function topicsOf(entries: readonly TalkIndexEntry[]): Topic[] {
  return TOPICS.filter((topic) => entries.some((entry) => isOnTopic(entry, topic)));
}

/**
 * `getStaticPaths` of the filtered talk index: one page per topic that has talks in a locale,
 * with the locales that have the same page.
 * @example talkTopicPaths(index)[0]?.props // { locale: 'de', topic: 'gitops', locales: ['de', 'en'] }
 */
export function talkTopicPaths(index: SiteIndex) {
  const topicsByLocale = new Map(LOCALES.map((locale) => [locale, topicsOf(talkIndexEntries(index, locale))]));
  return LOCALES.flatMap((locale) =>
    (topicsByLocale.get(locale) ?? []).map((topic) => ({
      params: { locale, topic },
      props: { locale, topic, locales: LOCALES.filter((code) => topicsByLocale.get(code)?.includes(topic)) },
    })),
  );
}

/**
 * The talk index of a locale: every talk, or those on `filter.topic`, whose page exists in
 * `filter.locales`. Filters are plain links to one static page per topic.
 * @example talkIndexPageView(index, 'en').filters[0] // { label: 'All topics', href: '/en/talks/', count: 7, isCurrent: true }
 */
export function talkIndexPageView(index: SiteIndex, locale: Locale, filter?: { topic: Topic; locales: readonly Locale[] }) {
  const entries = talkIndexEntries(index, locale);
  const current = filter?.topic;
  const count = (topic: Topic) => entries.filter((entry) => isOnTopic(entry, topic)).length;
  return {
    title:
      current === undefined
        ? translate(locale, 'talks.title')
        : translate(locale, 'talks.topicTitle', { topic: TOPIC_LABELS[current][locale] }),
    description: translate(locale, 'talks.intro'),
    // Only the locales that have the same page: a translation may file a talk under other topics.
    alternates: filter
      ? (Object.fromEntries(filter.locales.map((code) => [code, talksPath(code, filter.topic)])) as Partial<Record<Locale, string>>)
      : alternatePaths((code) => talksPath(code)),
    hasTranslation: filter === undefined || filter.locales.length === LOCALES.length,
    filters: [
      { label: translate(locale, 'talks.allTopics'), href: talksPath(locale), count: entries.length, isCurrent: current === undefined },
      ...topicsOf(entries).map((topic) => ({
        label: TOPIC_LABELS[topic][locale],
        href: talksPath(locale, topic),
        count: count(topic),
        isCurrent: topic === current,
      })),
    ],
    entries: withSpeakerAnchors(current === undefined ? entries : entries.filter((entry) => isOnTopic(entry, current))),
  };
}

/** A talk index page, whole or filtered to one topic. */
export type TalkIndexView = ReturnType<typeof talkIndexPageView>;

/** Each speaker's id goes on their first mention in the index: a page has every id once. */
function withSpeakerAnchors(entries: readonly TalkIndexEntry[]) {
  const seen = new Set<string>();
  return entries.map((entry) => {
    const people = entry.talk.people && {
      ...entry.talk.people,
      speakers: entry.talk.people.speakers.map((speaker) => {
        const isAnchor = !seen.has(speaker.id);
        seen.add(speaker.id);
        return { ...speaker, isAnchor };
      }),
    };
    return { ...entry, talk: { ...entry.talk, people } };
  });
}

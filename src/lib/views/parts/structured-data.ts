import { EVENT, SITE_AUTHOR } from '../../../site';
import type { PostData, Talk } from '../../content/post-schema';

/** What a post's JSON-LD is built from. */
export interface PostingFacts {
  data: PostData;
  /** The absolute URL of the page. */
  url: string;
  /** BCP 47 language of the text. */
  inLanguage: string;
  /** Absolute URL of the share image, when there is one. */
  image?: string | undefined;
  /** The talk the post is about (a highlight's own, or the one a follow-up extends). */
  talk?: Talk | undefined;
}

/**
 * A schema.org `BlogPosting` for a post: about the conference `Event` (and, for talks, the
 * session, with its speakers as `Person` and its recording as `VideoObject` when known).
 * @example blogPostingLd({ data, url: 'https://example.org/en/posts/kcp/', inLanguage: 'en' })['@type'] // 'BlogPosting'
 */
export function blogPostingLd(facts: PostingFacts): Record<string, unknown> {
  const { data, url, inLanguage, image, talk } = facts;
  const conference = {
    '@type': 'Event',
    name: EVENT.name,
    startDate: EVENT.startDate,
    endDate: EVENT.endDate,
    url: EVENT.url,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: EVENT.location, address: EVENT.location },
  };
  const about = talk
    ? {
        '@type': 'Event',
        name: talk.title,
        superEvent: conference,
        startDate: EVENT.startDate,
        location: conference.location,
        ...(talk.speakers.length > 0
          ? {
              performer: talk.speakers.map((speaker) => ({
                '@type': 'Person',
                name: speaker.name,
                ...(speaker.affiliation ? { affiliation: { '@type': 'Organization', name: speaker.affiliation } } : {}),
              })),
            }
          : {}),
        ...(talk.links.video
          ? { recordedIn: { '@type': 'VideoObject', name: talk.title, url: talk.links.video, contentUrl: talk.links.video } }
          : {}),
      }
    : conference;
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: data.title,
    description: data.description,
    url,
    mainEntityOfPage: url,
    inLanguage,
    datePublished: data.pubDate.toISOString(),
    ...(data.updatedDate ? { dateModified: data.updatedDate.toISOString() } : {}),
    author: { '@type': 'Organization', name: SITE_AUTHOR },
    publisher: { '@type': 'Organization', name: SITE_AUTHOR },
    keywords: data.topics.join(', '),
    about,
    ...(image ? { image } : {}),
  };
}

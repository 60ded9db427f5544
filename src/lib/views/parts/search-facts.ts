import type { PostData, Talk } from '../../content/post-schema';
import { isoDate } from './dates';
import { talkFacts } from './talk-facts';

/**
 * What the search index learns about a post besides its prose, from its front matter: kind and
 * date as filters (shown on the result, never searched), the session's title and people as
 * searchable metadata (found by a search, never quoted in an excerpt).
 * @example searchFactsOf({ type: 'recap', pubDate: new Date('2024-04-02') }) // { kind: 'recap', published: '2024-04-02', session: undefined, people: undefined }
 */
export function searchFactsOf(data: Pick<PostData, 'type' | 'pubDate'> & { talk?: Talk }) {
  const talk = data.talk && talkFacts(data.talk);
  return { kind: data.type, published: isoDate(data.pubDate), session: talk?.title, people: talk?.people?.text };
}

import { describe, expect, test } from 'vitest';
import { indexPosts, listPostPages, type PostRecord } from '../../src/lib/content/post-index';
import type { PostData } from '../../src/lib/content/post-schema';
import { talkIndexEntries, talksOnTopic, talkTopicFilters } from '../../src/lib/views/talk-index';

const common = { description: 'x'.repeat(60), draft: false, pubDate: new Date('2024-04-08') };

function record(id: string, data: Record<string, unknown>): PostRecord {
  return { id, data: { ...common, title: `Title of ${id}`, topics: ['gitops'], ...data } as PostData };
}

const talkAlpha = {
  title: 'Alpha in Practice',
  kind: 'talk',
  speakers: [{ name: 'Ada Example', affiliation: 'Example AG' }, { name: 'Bo Example' }],
  links: { schedule: 'https://example.org/schedule/alpha', slides: undefined, video: undefined, project: undefined },
};
const talkBeta = { title: 'Beta Meetup', kind: 'meetup', speakers: [], hostedBy: 'the Beta maintainers', links: {} };

const records = ['de', 'en'].flatMap((locale) => [
  record(`${locale}/recap`, { type: 'recap', highlights: ['beta', 'alpha'], closing: 'c' }),
  record(`${locale}/alpha`, { type: 'highlight', talkId: 'alpha-talk', summary: 's', talk: talkAlpha, topics: ['gitops', 'security'] }),
  record(`${locale}/beta`, { type: 'highlight', talkId: 'beta', summary: 's', talk: talkBeta, topics: ['ci-cd'] }),
]);
// A follow-up written only in German: the English index links its fallback page.
records.push(record('de/alpha-more', { type: 'follow-up', followUpOf: 'alpha', pubDate: new Date('2024-05-01') }));
const pages = listPostPages(indexPosts(records));

describe('talkIndexEntries', () => {
  const entries = talkIndexEntries(pages, 'en');

  test('lists every highlight’s session in the recap’s order', () => {
    expect(entries.map((entry) => entry.talkId)).toEqual(['beta', 'alpha-talk']);
  });

  test('names speakers with their affiliation, and nobody when the schedule names nobody', () => {
    expect(entries[1]?.speakers).toEqual(['Ada Example (Example AG)', 'Bo Example']);
    expect(entries[0]?.speakers).toEqual([]);
    expect(entries[0]?.hostedBy).toBe('the Beta maintainers');
    expect(entries[1]?.hostedBy).toBeUndefined();
  });

  test('keeps only the links the front matter fills in', () => {
    expect(entries[1]?.links).toEqual([{ key: 'schedule', href: 'https://example.org/schedule/alpha' }]);
    expect(entries[0]?.links).toEqual([]);
  });

  test('links our post, its recap section and its follow-ups in the page’s locale', () => {
    expect(entries[1]?.highlight).toEqual({ title: 'Title of en/alpha', href: '/en/posts/alpha/', contentLocale: undefined });
    expect(entries[1]?.sectionHref).toBe('/en/posts/recap/#alpha-talk');
    expect(entries[1]?.followUps).toEqual([{ title: 'Title of de/alpha-more', href: '/en/posts/alpha-more/', contentLocale: 'de' }]);
    expect(entries[0]?.followUps).toEqual([]);
  });

  test('is empty without a recap', () => {
    expect(talkIndexEntries(listPostPages(indexPosts(records.filter((r) => !r.id.endsWith('/recap')))), 'de')).toEqual([]);
  });
});

describe('talkTopicFilters', () => {
  const entries = talkIndexEntries(pages, 'de');

  test('offers each used topic once, in the site’s topic order, with its count and page', () => {
    expect(talkTopicFilters(entries, 'de')).toEqual([
      { topic: 'ci-cd', href: '/de/talks/ci-cd/', count: 1 },
      { topic: 'gitops', href: '/de/talks/gitops/', count: 1 },
      { topic: 'security', href: '/de/talks/security/', count: 1 },
    ]);
  });
});

describe('talksOnTopic', () => {
  const entries = talkIndexEntries(pages, 'de');

  test('keeps the talks filed under the topic', () => {
    expect(talksOnTopic(entries, 'security').map((entry) => entry.talkId)).toEqual(['alpha-talk']);
    expect(talksOnTopic(entries, 'kubernetes')).toEqual([]);
  });

  test('keeps every talk without a topic', () => {
    expect(talksOnTopic(entries, undefined)).toHaveLength(2);
  });
});

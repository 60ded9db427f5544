import { describe, expect, test } from 'vitest';
import { speakerId } from '../../src/lib/content/speaker-id';
import { withAliases } from '../../src/lib/views/post-page';
import { siteIndexOf } from '../../src/lib/content/site-index';
import { talkIndexPageView, talkTopicPaths } from '../../src/lib/views/talk-index';
import { index, records } from './view-records';

describe('talkIndexPageView', () => {
  const view = talkIndexPageView(index, 'en');

  test('lists every highlight’s session in the recap’s order', () => {
    expect(view.entries.map((entry) => entry.talkId)).toEqual(['beta', 'alpha-talk']);
  });

  test('names who gave each session: speakers with their affiliation and anchor, else its host', () => {
    expect(view.entries.map((entry) => entry.talk.people)).toEqual([
      { labelKey: 'talk.hostedBy', text: 'the Beta maintainers', speakers: [] },
      {
        labelKey: 'talk.speakers',
        text: 'Ada Example (Example AG), Bo Example',
        speakers: [
          { label: 'Ada Example (Example AG)', id: 'ada-example', isAnchor: true },
          { label: 'Bo Example', id: 'bo-example', isAnchor: true },
        ],
      },
    ]);
  });

  test('keeps only the links the front matter fills in, in the front matter’s order', () => {
    expect(view.entries.map((entry) => entry.talk.links.map((link) => link.key))).toEqual([[], ['schedule', 'video']]);
  });

  test('links our post, its recap section and its follow-ups in the page’s locale', () => {
    const alpha = view.entries[1];
    expect(alpha?.highlight).toEqual({ title: 'Title of en/alpha', href: '/en/posts/alpha/', lang: undefined });
    expect(alpha?.sectionHref).toBe('/en/posts/recap/#alpha-talk');
    expect(alpha?.followUps).toEqual([{ title: 'Title of de/alpha-more', href: '/en/posts/alpha-more/', lang: 'de-CH' }]);
    expect(alpha?.topics.map((topic) => topic.href)).toEqual(['/en/talks/gitops/', '/en/talks/security/']);
  });

  test.each([
    // topic filter → title, talks shown, the filter marked current
    [undefined, 'All sessions', ['beta', 'alpha-talk'], 'All topics'],
    ['security', 'Sessions on Security', ['alpha-talk'], 'Security'],
    ['ci-cd', 'Sessions on CI/CD', ['beta'], 'CI/CD'],
  ] as const)('filtered to %s, is titled %j and shows %j', (topic, title, talkIds, current) => {
    const filtered = talkIndexPageView(index, 'en', topic && { topic, locales: ['de', 'en'] });
    expect(filtered.title).toBe(title);
    expect(filtered.entries.map((entry) => entry.talkId)).toEqual(talkIds);
    expect(filtered.filters.filter((filter) => filter.isCurrent).map((filter) => filter.label)).toEqual([current]);
  });

  test('offers one filter per topic in the site’s topic order, with how many talks each keeps', () => {
    expect(view.filters.map((filter) => [filter.label, filter.href, filter.count])).toEqual([
      ['All topics', '/en/talks/', 2],
      ['CI/CD', '/en/talks/ci-cd/', 1],
      ['GitOps', '/en/talks/gitops/', 1],
      ['Security', '/en/talks/security/', 1],
    ]);
  });

  test.each([
    // locales with the topic's page → hreflang alternates, whether the switch leads to a translation
    [['de', 'en'], { de: '/de/talks/gitops/', en: '/en/talks/gitops/' }, true],
    [['en'], { en: '/en/talks/gitops/' }, false],
  ] as const)('on a topic page present in %j, names only those locales', (locales, alternates, hasTranslation) => {
    const filtered = talkIndexPageView(index, 'en', { topic: 'gitops', locales });
    expect(filtered.alternates).toEqual(alternates);
    expect(filtered.hasTranslation).toBe(hasTranslation);
  });

  test('is empty without a recap', () => {
    const withoutRecap = siteIndexOf(records.filter((record) => !record.id.endsWith('/recap')));
    expect(talkIndexPageView(withoutRecap, 'de').entries).toEqual([]);
  });
});

describe('talkTopicPaths', () => {
  test('gives every topic with talks a page per locale, naming the locales that have it', () => {
    const paths = ['de', 'en'].flatMap((locale) => ['ci-cd', 'gitops', 'security'].map((topic) => [locale, topic, ['de', 'en']]));
    expect(talkTopicPaths(index).map(({ params, props }) => [params.locale, params.topic, props.locales])).toEqual(paths);
  });

  test('leaves a topic out of the locale whose translation files the talk elsewhere', () => {
    const refiled = records.map((record) =>
      record.id === 'en/beta' ? { ...record, data: { ...record.data, topics: ['kubernetes' as const] } } : record,
    );
    const paths = talkTopicPaths(siteIndexOf(refiled)).map(({ props }) => [props.locale, props.topic, props.locales]);
    expect(paths).toContainEqual(['de', 'ci-cd', ['de']]);
    expect(paths).toContainEqual(['en', 'kubernetes', ['en']]);
  });
});

test.each([
  ['Marvin Beckers', 'marvin-beckers'],
  ['Dr. Ada Example-Smith', 'dr-ada-example-smith'],
  ['Zoë Ølsen', 'zoë-ølsen'],
])('speakerId gives %j the id %j in every language', (name, id) => {
  expect(speakerId(name)).toBe(id);
});

test('withAliases carries a former id to what its section is called on the other page', () => {
  expect(withAliases({ warum: 'why' }, { alt: 'warum', old: 'kept' })).toEqual({ warum: 'why', alt: 'why', old: 'kept' });
});

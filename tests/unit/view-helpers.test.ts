import { describe, expect, test } from 'vitest';
import type { Talk } from '../../src/lib/content/post-schema';
import { pagerOf } from '../../src/lib/views/parts/pager';
import { postKindKey } from '../../src/lib/views/parts/post-kind';
import { postLinkOf, topicLinks } from '../../src/lib/views/parts/post-link';
import { recapSectionPath, talkSectionViews, recapSections } from '../../src/lib/views/recap';
import { siteUrl } from '../../src/lib/views/parts/site-url';
import { speakerLabel, talkFacts } from '../../src/lib/views/parts/talk-facts';
import { talksPath } from '../../src/i18n/urls';
import { siteIndexOf } from '../../src/lib/content/site-index';
import { pageAt, index, record, records } from './view-records';

test.each([
  [new URL('https://example.org/base/'), 'http://127.0.0.1:4321/en/', 'https://example.org/base/'],
  [undefined, 'http://127.0.0.1:4321/en/posts/kcp/', 'http://127.0.0.1:4321/'],
])('siteUrl with site %s, serving %s, is %s', (site, url, expected) => {
  expect(siteUrl({ site, url: new URL(url) }).href).toBe(expected);
});

test.each([
  ['recap', 'home.recap'],
  ['highlight', 'home.highlight'],
  ['follow-up', 'home.followUp'],
] as const)('postKindKey names a %s with %s', (type, key) => {
  expect(postKindKey(type)).toBe(key);
});

test.each([
  [{ name: 'Ada Example', affiliation: 'Example AG' }, 'Ada Example (Example AG)'],
  [{ name: 'Bo Example' }, 'Bo Example'],
])('speakerLabel writes %j as %j', (speaker, label) => {
  expect(speakerLabel(speaker)).toBe(label);
});

describe('talkFacts', () => {
  const noLinks = { schedule: undefined, slides: undefined, video: undefined, project: undefined };
  const talk = (fields: Partial<Talk>): Talk => ({ title: 'T', kind: 'talk', speakers: [], links: noLinks, ...fields });

  test.each([
    [
      talk({ speakers: [{ name: 'Ada', affiliation: 'A' }, { name: 'Bo' }] }),
      {
        labelKey: 'talk.speakers',
        text: 'Ada (A), Bo',
        speakers: [
          { label: 'Ada (A)', id: 'ada' },
          { label: 'Bo', id: 'bo' },
        ],
      },
    ],
    [talk({ hostedBy: 'the maintainers' }), { labelKey: 'talk.hostedBy', text: 'the maintainers', speakers: [] }],
    [
      talk({ speakers: [{ name: 'Ada' }], hostedBy: 'the maintainers' }),
      { labelKey: 'talk.speakers', text: 'Ada', speakers: [{ label: 'Ada', id: 'ada' }] },
    ],
    [talk({}), undefined],
  ])('names the people of %j as %j', (input, people) => {
    expect(talkFacts(input).people).toEqual(people);
  });

  test.each([
    [{ project: 'https://p', video: 'https://v', slides: 'https://s', schedule: 'https://c' }, ['schedule', 'slides', 'video', 'project']],
    [{ video: 'https://v', slides: undefined }, ['video']],
    [{}, []],
  ])('shows the links %j as %j, in the front matter’s order', (links, keys) => {
    expect(talkFacts(talk({ links: { ...noLinks, ...links } })).links.map((link) => link.key)).toEqual(keys);
  });
});

test.each([
  ['de', 'alpha', { title: 'Title of de/alpha', href: '/de/posts/alpha/', lang: undefined }],
  ['en', 'alpha-more', { title: 'Title of de/alpha-more', href: '/en/posts/alpha-more/', lang: 'de-CH' }],
] as const)('postLinkOf links %s/%s as %j', (locale, slug, link) => {
  expect(postLinkOf(pageAt(locale, slug))).toEqual(link);
});

test.each([
  ['de', undefined, [{ topic: 'security', label: 'Sicherheit', href: '/de/topics/security/' }]],
  ['en', talksPath, [{ topic: 'security', label: 'Security', href: '/en/talks/security/' }]],
] as const)('topicLinks in %s, links a topic to its page', (locale, pathOf, links) => {
  expect(topicLinks(['security'], locale, pathOf)).toEqual(links);
});

test.each([
  ['en', 'kubecon-2024-paris', 'kcp', '/en/posts/kubecon-2024-paris/#kcp'],
  ['de', 'recap', 'alpha-talk', '/de/posts/recap/#alpha-talk'],
] as const)('recapSectionPath in %s, leads to %s#%s as %s', (locale, slug, talkId, path) => {
  expect(recapSectionPath(locale, slug, talkId)).toBe(path);
});

test('talkSectionViews numbers the sections and links each to its highlight, in the language of its text', () => {
  const sections = recapSections('content/posts/de/recap.md', ['alpha', 'beta'], index, 'de');
  expect(talkSectionViews(sections).map((view) => [view.number, view.id, view.link.href, view.summary])).toEqual([
    ['01', 'alpha-talk', '/de/posts/alpha/', 'Alpha summary.'],
    ['02', 'beta', '/de/posts/beta/', 'Beta summary.'],
  ]);
});

describe('pagerOf', () => {
  test.each([
    // locale, slug, then where the previous and the next link lead: [link, label], or nowhere
    ['de', 'recap', undefined, ['/de/posts/beta/', 'pager.nextHighlight']],
    ['de', 'beta', ['/de/posts/recap/', 'pager.recap'], ['/de/posts/alpha/', 'pager.nextHighlight']],
    ['de', 'alpha', ['/de/posts/beta/', 'pager.previousHighlight'], ['/de/posts/alpha-more/', 'pager.nextFollowUp']],
    ['de', 'alpha-more', ['/de/posts/alpha/', 'pager.previousHighlight'], undefined],
  ] as const)('on %s/%s, leads along the reading order', (locale, slug, previous, next) => {
    const ends = pagerOf(index, pageAt(locale, slug)).map((slot) => [slot.rel, slot.link && [slot.link.href, slot.link.labelKey]]);
    expect(ends).toEqual([
      ['prev', previous],
      ['next', next],
    ]);
  });

  test('labels the link back to a follow-up as one', () => {
    const later = record('de/alpha-later', { type: 'follow-up', followUpOf: 'alpha', pubDate: new Date('2024-06-01') });
    const withLater = siteIndexOf([...records, later]);
    const page = withLater.page('de', 'alpha-later');
    expect(page && pagerOf(withLater, page)[0]?.link).toMatchObject({ href: '/de/posts/alpha-more/', labelKey: 'pager.previousFollowUp' });
  });

  test('is empty for a page with no neighbour', () => {
    const lonely = siteIndexOf([record('de/alone', { type: 'follow-up', followUpOf: 'alpha' })]);
    expect(lonely.pages.map((page) => pagerOf(lonely, page))).toEqual([[], []]);
  });
});

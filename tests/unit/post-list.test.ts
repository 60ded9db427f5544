import { describe, expect, test } from 'vitest';
import { homePageView, topicPageView } from '../../src/lib/views/post-list';
import { index } from './view-records';

const cardsOf = (view: ReturnType<typeof homePageView>) =>
  view.cards.map((card) => [card.kindKey, card.link.href, card.link.lang, card.labelLang]);

describe('homePageView', () => {
  test('lists every post of the locale, the recap first, untranslated posts in their own language', () => {
    expect(cardsOf(homePageView(index, 'en'))).toEqual([
      ['home.recap', '/en/posts/recap/', undefined, undefined],
      ['home.followUp', '/en/posts/alpha-more/', 'de-CH', 'en'],
      ['home.highlight', '/en/posts/beta/', undefined, undefined],
      ['home.highlight', '/en/posts/alpha/', undefined, undefined],
    ]);
  });

  test('is titled and introduced in the reader’s language, at "/" of each locale', () => {
    const view = homePageView(index, 'de');
    expect([view.title, view.alternates]).toEqual(['Beiträge', { de: '/de/', en: '/en/' }]);
    expect(view.description).toMatch(/^Das \/cicd-Team/);
  });

  test('gives each card its date, reading time and topic chips', () => {
    const card = homePageView(index, 'de').cards.find((candidate) => candidate.link.href === '/de/posts/alpha/');
    expect(card).toMatchObject({
      published: new Date('2024-04-08'),
      isDraft: false,
      readingMinutes: 1,
      description: 'x'.repeat(60),
      topics: [
        { topic: 'gitops', label: 'GitOps', href: '/de/topics/gitops/' },
        { topic: 'security', label: 'Sicherheit', href: '/de/topics/security/' },
      ],
    });
  });
});

test.each([
  ['en', 'gitops', 'Topic: GitOps', ['/en/posts/alpha-more/', '/en/posts/alpha/']],
  ['de', 'security', 'Thema: Sicherheit', ['/de/posts/alpha/']],
  ['de', 'kubernetes', 'Thema: Kubernetes', []],
] as const)('topicPageView in %s, lists the posts on %s as %j', (locale, topic, title, hrefs) => {
  const view = topicPageView(index, locale, topic);
  expect(view.title).toBe(title);
  expect(view.cards.map((card) => card.link.href)).toEqual(hrefs);
  expect(view.alternates).toEqual({ de: `/de/topics/${topic}/`, en: `/en/topics/${topic}/` });
});

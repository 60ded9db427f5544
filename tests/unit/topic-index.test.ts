import { expect, test } from 'vitest';
import { topicIndexPageView, topicPagePaths } from '../../src/lib/views/topic-index';
import { index } from './view-records';

test.each([
  [
    'en',
    [
      ['CI/CD', '/en/topics/ci-cd/', 1],
      ['GitOps', '/en/topics/gitops/', 2],
      ['Security', '/en/topics/security/', 1],
      ['Community', '/en/topics/community/', 1],
    ],
  ],
  [
    'de',
    [
      ['CI/CD', '/de/topics/ci-cd/', 1],
      ['GitOps', '/de/topics/gitops/', 2],
      ['Sicherheit', '/de/topics/security/', 1],
      ['Community', '/de/topics/community/', 1],
    ],
  ],
] as const)('topicIndexPageView in %s, lists the used topics in the site’s order with their post counts', (locale, topics) => {
  const view = topicIndexPageView(index, locale);
  expect(view.topics.map((topic) => [topic.label, topic.href, topic.count])).toEqual(topics);
  expect(view.alternates).toEqual({ de: '/de/topics/', en: '/en/topics/' });
});

test('topicPagePaths gives every topic a post uses a page in every locale', () => {
  const paths = ['de', 'en'].flatMap((locale) => ['community', 'gitops', 'security', 'ci-cd'].map((topic) => `${locale}/${topic}`));
  expect(topicPagePaths(index).map(({ params }) => `${params.locale}/${params.topic}`)).toEqual(paths);
  expect(topicPagePaths(index).every(({ params, props }) => params.locale === props.locale && params.topic === props.topic)).toBe(true);
});

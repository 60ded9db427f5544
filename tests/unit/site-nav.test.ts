import { describe, expect, test } from 'vitest';
import { siteNav } from '../../src/lib/views/parts/site-nav';
import { notFoundSections } from '../../src/lib/views/not-found';
import { index, records } from './view-records';
import { siteIndexOf } from '../../src/lib/content/site-index';

describe('siteNav', () => {
  test.each([
    ['en', '/en/', ['page', undefined, undefined]],
    ['en', '/en/topics/gitops/', ['true', undefined, undefined]],
    ['de', '/de/talks/', [undefined, 'page', undefined]],
    ['de', '/de/talks/gitops/', [undefined, 'true', undefined]],
    ['en', '/en/search/', [undefined, undefined, 'page']],
    ['en', '/en/posts/kcp/', [undefined, undefined, undefined]],
    ['de', '/en/talks/', [undefined, undefined, undefined]],
  ] as const)('on a %s page at %s marks %j', (locale, pathname, current) => {
    expect(siteNav(locale, pathname).map((item) => item.current)).toEqual(current);
  });

  test('links the home page, the talk index and the search of the page’s language', () => {
    expect(siteNav('de', '/de/').map((item) => [item.href, item.labelKey])).toEqual([
      ['/de/', 'nav.home'],
      ['/de/talks/', 'talks.link'],
      ['/de/search/', 'search.link'],
    ]);
  });
});

describe('notFoundSections', () => {
  test('offers each language the recap and all posts, in the order asked', () => {
    const sections = notFoundSections(index, ['en', 'de']);
    expect(sections.map((section) => [section.lang, section.links.map((link) => link.href)])).toEqual([
      ['en', ['/en/posts/recap/', '/en/']],
      ['de-CH', ['/de/posts/recap/', '/de/']],
    ]);
    expect(sections[0]?.title).toBe('Page not found');
  });

  test('leaves the recap link out while there is no recap', () => {
    const withoutRecap = siteIndexOf(records.filter((entry) => entry.data.type !== 'recap'));
    expect(notFoundSections(withoutRecap, ['de'])[0]?.links.map((link) => link.href)).toEqual(['/de/']);
  });
});

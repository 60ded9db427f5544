import { describe, expect, test } from 'vitest';
import { pageHead } from '../../src/lib/views/page-head';
import { SITE } from './view-records';

const both = { de: '/de/posts/kcp/', en: '/en/posts/kcp/' };

describe('pageHead', () => {
  test.each([
    // alternates, has a translation → switch target, x-default
    [both, true, '/de/posts/kcp/', 'https://example.org/en/posts/kcp/'],
    [both, false, undefined, 'https://example.org/en/posts/kcp/'],
    [{ de: '/de/talks/gitops/' }, false, undefined, 'https://example.org/de/talks/gitops/'],
    [{ en: '/en/talks/gitops/' }, false, undefined, 'https://example.org/en/talks/gitops/'],
    [{}, false, undefined, undefined],
  ] as const)('with alternates %j and translation %s, switches to %j', (alternates, hasTranslation, switchHref, xDefault) => {
    const head = pageHead({ locale: 'en', title: 'kcp', alternates, hasTranslation, path: '/en/posts/kcp/', site: SITE });
    expect(head.switchHref).toBe(switchHref);
    expect(head.xDefault).toBe(xDefault);
    expect(head.hreflangs).toEqual(
      Object.entries(alternates).map(([locale, path]) => ({
        hreflang: locale === 'de' ? 'de-CH' : locale,
        href: `https://example.org${path}`,
      })),
    );
  });

  test.each([
    ['kcp', 'kcp · KubeCon Europe 2024 – Recap'],
    ['KubeCon Europe 2024 – Recap', 'KubeCon Europe 2024 – Recap'],
  ])('titles the page %j as %j', (title, fullTitle) => {
    expect(pageHead({ locale: 'de', title, alternates: {}, hasTranslation: true, path: '/de/', site: SITE }).fullTitle).toBe(fullTitle);
  });

  test('names the canonical address, the other language’s home and both feeds', () => {
    const head = pageHead({ locale: 'de', title: 't', alternates: both, hasTranslation: true, path: '/de/posts/kcp/', site: SITE });
    expect(head.canonical).toBe('https://example.org/de/posts/kcp/');
    expect([head.other, head.otherHome]).toEqual(['en', '/en/']);
    expect(head.feeds).toEqual([
      { href: '/de/rss.xml', lang: 'de-CH', name: 'Deutsch' },
      { href: '/en/rss.xml', lang: 'en', name: 'English' },
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { discussUrl } from '../../src/lib/views/parts/discuss-url';

const REPOSITORY = 'https://github.com/puzzle/kubecon-recap';

describe('discussUrl', () => {
  test.each([
    [
      'de',
      'kcp: eine API-Schicht',
      'https://example.org/de/posts/kcp/',
      'Diskussion: kcp: eine API-Schicht',
      'Zum Beitrag: https://example.org/de/posts/kcp/',
    ],
    [
      'en',
      'Dagger & co: 100% code?',
      'https://example.org/en/posts/dagger/',
      'Discussion: Dagger & co: 100% code?',
      'About the post: https://example.org/en/posts/dagger/',
    ],
  ] as const)('opens a new issue in %s, prefilled with title and address', (locale, title, pageUrl, issueTitle, bodyStart) => {
    const url = new URL(discussUrl(REPOSITORY, locale, title, pageUrl));
    expect(`${url.origin}${url.pathname}`).toBe(`${REPOSITORY}/issues/new`);
    expect([...url.searchParams.keys()]).toEqual(['title', 'body']);
    expect(url.searchParams.get('title')).toBe(issueTitle);
    expect(url.searchParams.get('body')?.startsWith(`${bodyStart}\n\n`)).toBe(true);
  });

  test('encodes every reserved character, so a title cannot add or cut parameters', () => {
    const url = discussUrl(`${REPOSITORY}/`, 'en', 'a&b=c#d?e f+g', 'https://example.org/en/posts/x/');
    expect(url).toMatch(/^https:\/\/github\.com\/puzzle\/kubecon-recap\/issues\/new\?title=[^&#?=+ ]+&body=[^&#?=+ ]+$/);
    expect(new URL(url).searchParams.get('title')).toBe('Discussion: a&b=c#d?e f+g');
  });
});

import { describe, expect, test } from 'vitest';
import { translationsPageView } from '../../src/lib/views/translations';
import { index } from './view-records';

describe('translationsPageView', () => {
  test('lists each post with its original and where its translation stands, in the post list’s order', () => {
    expect(
      translationsPageView(index, 'en').rows.map((row) => [row.slug, row.statusKey, row.link.href, row.link.lang, row.original.name]),
    ).toEqual([
      ['recap', 'translation.status.unstamped', '/en/posts/recap/', undefined, 'Deutsch'],
      ['alpha-more', 'translation.status.missing', '/en/posts/alpha-more/', 'de-CH', 'Deutsch'],
      ['beta', 'translation.status.unstamped', '/en/posts/beta/', undefined, 'Deutsch'],
      ['alpha', 'translation.status.outdated', '/en/posts/alpha/', undefined, 'Deutsch'],
    ]);
  });

  test('dates each original by its last change', () => {
    const alpha = translationsPageView(index, 'de').rows.find((row) => row.slug === 'alpha');
    expect(alpha?.original).toEqual({ lang: 'de-CH', name: 'Deutsch', date: new Date('2024-04-20') });
  });

  test('is titled in the reader’s language, at /translations/ of each locale', () => {
    const view = translationsPageView(index, 'en');
    expect([view.title, view.alternates]).toEqual(['Translation status', { de: '/de/translations/', en: '/en/translations/' }]);
  });
});

import { describe, expect, test } from 'vitest';
import { countPhrase } from '../../src/i18n/plural';
import { translateCount, type CountKey } from '../../src/i18n/ui';
import { recapScope } from '../../src/lib/views/recap';

describe('countPhrase', () => {
  const phrases = { one: '{count} post', other: '{count} posts' };

  test.each([
    [0, '0 posts'],
    [1, '1 post'],
    [2, '2 posts'],
  ])('picks the English phrase for %i by plural category', (count, expected) => {
    expect(countPhrase('en', phrases, count)).toBe(expected);
  });

  test('falls back to "other" when the phrases lack the category', () => {
    expect(countPhrase('en', { other: '{count} items' }, 1)).toBe('1 items');
  });

  test('writes the number as the locale writes numbers', () => {
    expect(countPhrase('en', phrases, 1200)).toBe('1,200 posts');
  });
});

describe('translateCount', () => {
  test.each<[CountKey, string, string, string, string, string, string]>([
    [
      'search.results',
      '0 posts found',
      '1 post found',
      '2 posts found',
      '0 Beiträge gefunden',
      '1 Beitrag gefunden',
      '2 Beiträge gefunden',
    ],
    ['event.highlights', '0 highlights', '1 highlight', '2 highlights', '0 Highlights', '1 Highlight', '2 Highlights'],
    ['event.followUps', '0 follow-ups', '1 follow-up', '2 follow-ups', '0 Vertiefungen', '1 Vertiefung', '2 Vertiefungen'],
  ])('phrases %s for 0, 1 and 2 in both languages', (key, en0, en1, en2, de0, de1, de2) => {
    expect([0, 1, 2].map((count) => translateCount('en', key, count))).toEqual([en0, en1, en2]);
    expect([0, 1, 2].map((count) => translateCount('de', key, count))).toEqual([de0, de1, de2]);
  });
});

describe('recapScope', () => {
  test.each([
    ['en', 7, 1, '7 highlights, 1 follow-up'],
    ['en', 1, 2, '1 highlight, 2 follow-ups'],
    ['de', 7, 1, '7 Highlights, 1 Vertiefung'],
    ['de', 7, 0, '7 Highlights, 0 Vertiefungen'],
  ] as const)('says what the %s recap covers: %i highlights, %i follow-ups', (locale, highlights, followUps, expected) => {
    expect(recapScope(locale, highlights, followUps)).toBe(expected);
  });
});

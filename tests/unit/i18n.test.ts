import { describe, expect, test } from 'vitest';
import { countPhrase } from '../../src/i18n/plural';
import { translate, translateCount, UI, UI_KEYS, type CountKey, type UiKey } from '../../src/i18n/ui';
import { recapScope } from '../../src/lib/views/recap';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('UI strings', () => {
  test('every key is described for translators and filled in both locales, with the same placeholders', () => {
    for (const key of Object.keys(UI_KEYS) as UiKey[]) {
      expect(UI_KEYS[key].length, key).toBeGreaterThan(10);
      expect(UI.de[key].trim(), `de ${key}`).not.toBe('');
      expect(UI.en[key].trim(), `en ${key}`).not.toBe('');
      expect(placeholders(UI.de[key]), key).toEqual(placeholders(UI.en[key]));
    }
  });

  test('translate fills placeholders in the chosen locale, and leaves an unknown one visible rather than blank', () => {
    expect(translate('de', 'heading.linkLabel', { heading: 'Warum' })).toBe('Link zum Abschnitt: Warum');
    expect(translate('en', 'heading.linkLabel', { heading: 'Why' })).toBe('Link to section: Why');
    expect(translate('en', 'heading.linkLabel')).toBe('Link to section: {heading}');
  });
});

describe('counts', () => {
  const phrases = { one: '{count} post', other: '{count} posts' };

  test('countPhrase picks the phrase by plural category, falls back to "other", and writes the number as the locale does', () => {
    expect([0, 1, 2].map((count) => countPhrase('en', phrases, count))).toEqual(['0 posts', '1 post', '2 posts']);
    expect(countPhrase('en', { other: '{count} items' }, 1)).toBe('1 items');
    expect(countPhrase('en', phrases, 1200)).toBe('1,200 posts');
  });

  test.each<[CountKey, string[], string[]]>([
    [
      'search.results',
      ['0 posts found', '1 post found', '2 posts found'],
      ['0 Beiträge gefunden', '1 Beitrag gefunden', '2 Beiträge gefunden'],
    ],
    ['event.highlights', ['0 highlights', '1 highlight', '2 highlights'], ['0 Highlights', '1 Highlight', '2 Highlights']],
    ['event.followUps', ['0 follow-ups', '1 follow-up', '2 follow-ups'], ['0 Vertiefungen', '1 Vertiefung', '2 Vertiefungen']],
  ])('translateCount phrases %s for 0, 1 and 2 in both languages', (key, english, german) => {
    expect([0, 1, 2].map((count) => translateCount('en', key, count))).toEqual(english);
    expect([0, 1, 2].map((count) => translateCount('de', key, count))).toEqual(german);
  });

  test.each([
    ['en', 7, 1, '7 highlights, 1 follow-up'],
    ['en', 1, 2, '1 highlight, 2 follow-ups'],
    ['de', 7, 1, '7 Highlights, 1 Vertiefung'],
    ['de', 7, 0, '7 Highlights, 0 Vertiefungen'],
  ] as const)('recapScope says what the %s recap covers: %i highlights, %i follow-ups', (locale, highlights, followUps, expected) => {
    expect(recapScope(locale, highlights, followUps)).toBe(expected);
  });
});

import { describe, expect, test } from 'vitest';
import { encodeTextPart, quoteUrl, sectionIdBefore, textDirective } from '../../src/lib/browser/text-fragment';

describe('encodeTextPart', () => {
  test.each([
    ['API layer', 'API%20layer'],
    ['shift-left', 'shift%2Dleft'],
    ['a, b & c', 'a%2C%20b%20%26%20c'],
    ['Entwickler*innen – „Zitat“', 'Entwickler*innen%20%E2%80%93%20%E2%80%9EZitat%E2%80%9C'],
    ['#id?', '%23id%3F'],
  ])('encodes %j as %j', (text, encoded) => {
    expect(encodeTextPart(text)).toBe(encoded);
  });
});

describe('textDirective', () => {
  test('quotes a short selection whole, with its whitespace collapsed', () => {
    expect(textDirective('  a platform\n  API layer ')).toBe('text=a%20platform%20API%20layer');
  });

  test('links a long selection by its first and last four words', () => {
    const selected = 'one two three four five six seven eight nine ten eleven-twelve';
    expect(textDirective(selected)).toBe('text=one%20two%20three%20four,eight%20nine%20ten%20eleven%2Dtwelve');
  });

  test('keeps a selection of exactly ten words whole', () => {
    expect(textDirective('1 2 3 4 5 6 7 8 9 10')).toBe('text=1%202%203%204%205%206%207%208%209%2010');
  });

  test('gives nothing for an empty selection', () => {
    expect(textDirective(' \n ')).toBeUndefined();
  });
});

describe('quoteUrl', () => {
  test('puts the section id before the text directive and drops the old fragment', () => {
    expect(quoteUrl('https://example.org/en/posts/kcp/#old', 'platform-apis', 'an API')).toBe(
      'https://example.org/en/posts/kcp/#platform-apis:~:text=an%20API',
    );
  });

  test('keeps the query and works without a section', () => {
    expect(quoteUrl('https://example.org/de/posts/kcp/?x=1', undefined, 'Wort')).toBe('https://example.org/de/posts/kcp/?x=1#:~:text=Wort');
  });

  test('gives nothing for an empty selection', () => {
    expect(quoteUrl('https://example.org/', 'a', '')).toBeUndefined();
  });
});

describe('sectionIdBefore', () => {
  test.each([
    [
      [
        { id: 'a', precedes: true },
        { id: 'b', precedes: true },
        { id: 'c', precedes: false },
      ],
      'b',
    ],
    [[{ id: 'a', precedes: false }], undefined],
    [[], undefined],
  ])('finds the last preceding heading in %j', (headings, id) => {
    expect(sectionIdBefore(headings)).toBe(id);
  });
});

import { describe, expect, test } from 'vitest';
import { parseUnicodeRange, shareCardRanges, unsupportedCharacters } from '../../src/lib/share-card/glyphs';

test('parseUnicodeRange reads single code points and ranges', () => {
  expect(parseUnicodeRange('U+0000-00FF, U+0131,U+1E00-1E9F')).toEqual([
    [0x0, 0xff],
    [0x131, 0x131],
    [0x1e00, 0x1e9f],
  ]);
});

describe('unsupportedCharacters', () => {
  const ranges = shareCardRanges();

  test.each([
    ['KubeCon 2024 in Paris – unser Rückblick', []],
    ['„Zitat“ · Łódź · Ελληνικά · Кириллица · Tiếng Việt · €', []],
    ['Alpha 🚀 in 東京, 東京', ['🚀', '東', '京']],
    ['Done ✓', ['✓']],
  ])('finds in %j the characters Inter cannot draw: %j', (text, missing) => {
    expect(unsupportedCharacters(text, ranges)).toEqual(missing);
  });
});

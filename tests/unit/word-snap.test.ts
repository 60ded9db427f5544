import { describe, expect, test } from 'vitest';
import { wordEnd, wordStart } from '../../src/lib/browser/word-snap';

/** The quote a selection of `text` from `start` to `end` becomes once snapped to whole words. */
function snapped(text: string, start: number, end: number): string {
  return text.slice(wordStart(text, start), wordEnd(text, end));
}

describe('wordStart and wordEnd', () => {
  const sentence = 'Presented on the talk: the Engineering API layer.';

  test.each([
    ['whole words stay as they are', sentence, 13, 21, 'the talk'],
    ['a start mid-word goes back to the word’s start', sentence, 11, 21, 'on the talk'],
    ['an end mid-word goes on to the word’s end', sentence, 13, 30, 'the talk: the Engineering'],
    ['both ends mid-word', sentence, 11, 30, 'on the talk: the Engineering'],
    ['leading space and punctuation are trimmed', sentence, 21, 26, 'the'],
    ['a trailing full stop is trimmed', sentence, 40, 49, 'API layer'],
  ])('%s', (_, text, start, end, expected) => {
    expect(snapped(text, start, end)).toBe(expected);
  });

  test.each([
    ['umlauts', 'Die Größe der Plattform', 6, 16, 'Größe der Plattform'],
    ['ß', 'eine Straße weiter', 8, 12, 'Straße'],
    ['a word that starts with an umlaut', 'viele Übungen hier', 7, 11, 'Übungen'],
    ['gender star, cut in both halves', 'die Entwickler*innen von Dagger', 10, 17, 'Entwickler*innen'],
  ])('German: %s', (_, text, start, end, expected) => {
    expect(snapped(text, start, end)).toBe(expected);
  });

  test.each([
    ['a hyphenated word cut in both parts becomes whole', 'we use kubectl-validate daily', 10, 18, 'kubectl-validate'],
    // A hyphen is a word boundary to text fragments too, so this quote matches as it is.
    ['a selection starting right after a hyphen keeps that part', 'Shift-left moves checks', 6, 16, 'left moves'],
    ['a selection starting mid-way in the first part takes it whole', 'Shift-left moves checks', 2, 16, 'Shift-left moves'],
    ['an apostrophe stays inside its word', 'this website’s repository', 8, 18, 'website’s repository'],
    ['numbers with a point are one word', 'version 1.29.0 of Helm', 9, 17, '1.29.0 of'],
  ])('%s', (_, text, start, end, expected) => {
    expect(snapped(text, start, end)).toBe(expected);
  });

  test('a selection of punctuation only becomes empty', () => {
    const text = 'kcp, a';
    expect(wordStart(text, 3)).toBeGreaterThanOrEqual(wordEnd(text, 5));
  });
});

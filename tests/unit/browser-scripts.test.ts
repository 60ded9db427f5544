import { describe, expect, test } from 'vitest';
import { carryFragment } from '../../src/lib/browser/carry-fragment';
import { preferredLocale } from '../../src/lib/browser/preferred-locale';
import { encodeTextPart, quoteUrl, sectionIdBefore, textDirective } from '../../src/lib/browser/text-fragment';
import { applyTheme, THEME_BOOT_SCRIPT, THEME_STORAGE_KEY, themeFromStorage } from '../../src/lib/browser/theme';
import { wordEnd, wordStart } from '../../src/lib/browser/word-snap';

// The pure parts of the site's small scripts: what the browser tests drive, case by case.

test.each([
  ['/en/posts/x/', '#shift-left', {}, '/en/posts/x/#shift-left'],
  ['/en/posts/x/', '#warum', { warum: 'why' }, '/en/posts/x/#why'],
  ['/en/posts/x/', '', { warum: 'why' }, '/en/posts/x/'],
  ['/en/posts/x/#old', '#kcp', {}, '/en/posts/x/#kcp'],
  ['/de/posts/x/', '#%C3%BCber-uns', {}, '/de/posts/x/#%C3%BCber-uns'],
])('carryFragment builds %j with %j', (target, hash, map, expected) => {
  expect(carryFragment(target, hash, map)).toBe(expected);
});

test.each([
  [['en-US', 'de'], 'en'],
  [['fr-CH', 'en-GB', 'de'], 'en'],
  [['de-CH'], 'de'],
  [['fr', 'it'], 'en'],
  [['fr-FR', 'de-CH'], 'de'],
  [[], 'en'],
  [['EN'], 'en'],
] as const)('preferredLocale picks from %j: %s', (languages, expected) => {
  expect(preferredLocale(languages)).toBe(expected);
});

describe('the quote link’s text fragment', () => {
  test.each([
    ['API layer', 'API%20layer'],
    ['shift-left', 'shift%2Dleft'],
    ['a, b & c', 'a%2C%20b%20%26%20c'],
    ['Entwickler*innen – „Zitat“', 'Entwickler*innen%20%E2%80%93%20%E2%80%9EZitat%E2%80%9C'],
    ['#id?', '%23id%3F'],
  ])('encodes %j as %j', (text, encoded) => {
    expect(encodeTextPart(text)).toBe(encoded);
  });

  test.each([
    ['a short selection whole, its whitespace collapsed', '  a platform\n  API layer ', 'text=a%20platform%20API%20layer'],
    ['exactly ten words whole', '1 2 3 4 5 6 7 8 9 10', 'text=1%202%203%204%205%206%207%208%209%2010'],
    [
      'a long selection by its first and last four words',
      'one two three four five six seven eight nine ten eleven-twelve',
      'text=one%20two%20three%20four,eight%20nine%20ten%20eleven%2Dtwelve',
    ],
    ['nothing for an empty selection', ' \n ', undefined],
  ])('quotes %s', (_, selected, directive) => {
    expect(textDirective(selected)).toBe(directive);
  });

  test('puts the section id before the directive, drops the old fragment, keeps the query, and gives nothing for nothing selected', () => {
    expect(quoteUrl('https://example.org/en/posts/kcp/#old', 'platform-apis', 'an API')).toBe(
      'https://example.org/en/posts/kcp/#platform-apis:~:text=an%20API',
    );
    expect(quoteUrl('https://example.org/de/posts/kcp/?x=1', undefined, 'Wort')).toBe('https://example.org/de/posts/kcp/?x=1#:~:text=Wort');
    expect(quoteUrl('https://example.org/', 'a', '')).toBeUndefined();
  });

  test('takes the last heading before the selection as its section', () => {
    const heading = (id: string, precedes: boolean) => ({ id, precedes });
    expect(sectionIdBefore([heading('a', true), heading('b', true), heading('c', false)])).toBe('b');
    expect(sectionIdBefore([heading('a', false)])).toBeUndefined();
    expect(sectionIdBefore([])).toBeUndefined();
  });
});

describe('wordStart and wordEnd', () => {
  const sentence = 'Presented on the talk: the Engineering API layer.';
  test.each([
    ['whole words stay as they are', sentence, 13, 21, 'the talk'],
    ['a start mid-word goes back to the word’s start', sentence, 11, 21, 'on the talk'],
    ['an end mid-word goes on to the word’s end', sentence, 13, 30, 'the talk: the Engineering'],
    ['both ends mid-word', sentence, 11, 30, 'on the talk: the Engineering'],
    ['leading space and punctuation are trimmed', sentence, 21, 26, 'the'],
    ['a trailing full stop is trimmed', sentence, 40, 49, 'API layer'],
    ['German umlauts', 'Die Größe der Plattform', 6, 16, 'Größe der Plattform'],
    ['German ß', 'eine Straße weiter', 8, 12, 'Straße'],
    ['a word that starts with an umlaut', 'viele Übungen hier', 7, 11, 'Übungen'],
    ['a gender star, cut in both halves', 'die Entwickler*innen von Dagger', 10, 17, 'Entwickler*innen'],
    ['a hyphenated word cut in both parts becomes whole', 'we use kubectl-validate daily', 10, 18, 'kubectl-validate'],
    // A hyphen is a word boundary to text fragments too, so this quote matches as it is.
    ['a selection starting right after a hyphen keeps that part', 'Shift-left moves checks', 6, 16, 'left moves'],
    ['a selection starting mid-way in the first part takes it whole', 'Shift-left moves checks', 2, 16, 'Shift-left moves'],
    ['an apostrophe stays inside its word', 'this website’s repository', 8, 18, 'website’s repository'],
    ['numbers with a point are one word', 'version 1.29.0 of Helm', 9, 17, '1.29.0 of'],
  ])('snap whole words: %s', (_, text, start, end, expected) => {
    expect(text.slice(wordStart(text, start), wordEnd(text, end))).toBe(expected);
  });

  test('a selection of punctuation only becomes empty', () => {
    expect(wordStart('kcp, a', 3)).toBeGreaterThanOrEqual(wordEnd('kcp, a', 5));
  });
});

describe('the colour scheme', () => {
  test.each([
    ['light', 'light'],
    ['dark', 'dark'],
    [null, 'system'],
    ['system', 'system'],
    ['DARK', 'system'],
    ['', 'system'],
  ] as const)('themeFromStorage reads %j as %j', (value, choice) => {
    expect(themeFromStorage(value)).toBe(choice);
  });

  /** Runs the boot script against a stand-in <html> and storage, as the browser would in <head>. */
  function boot(stored: string | null, storageThrows = false): Record<string, string> {
    const dataset: Record<string, string> = {};
    const getItem = (key: string) => {
      if (storageThrows) throw new Error('SecurityError');
      return key === THEME_STORAGE_KEY ? stored : null;
    };
    new Function('document', 'localStorage', THEME_BOOT_SCRIPT)({ documentElement: { dataset } }, { getItem });
    return dataset;
  }

  test.each([
    ['dark', { js: '', theme: 'dark' }],
    ['light', { js: '', theme: 'light' }],
    [null, { js: '' }],
    ['purple', { js: '' }],
  ] as const)('the boot script with %j stored marks the page as scripted and pins only a known theme', (stored, dataset) => {
    expect(boot(stored)).toEqual(dataset);
  });

  test('the boot script still marks the page as scripted when storage is blocked', () => {
    expect(boot('dark', true)).toEqual({ js: '' });
  });

  test('applyTheme pins and remembers light or dark, forgets the choice for the system, and applies it when storage refuses', () => {
    const dataset: Record<string, string> = {};
    const root = { documentElement: { dataset } } as unknown as Document;
    const stored = new Map<string, string>();
    const storage = {
      setItem: (key: string, value: string) => void stored.set(key, value),
      removeItem: (key: string) => void stored.delete(key),
    };
    applyTheme(root, 'dark', storage);
    expect([dataset.theme, stored.get(THEME_STORAGE_KEY)]).toEqual(['dark', 'dark']);
    applyTheme(root, 'system', storage);
    expect([dataset.theme, stored.has(THEME_STORAGE_KEY)]).toEqual([undefined, false]);
    const refusing = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    applyTheme(root, 'light', refusing);
    expect(dataset.theme).toBe('light');
  });
});

import { describe, expect, test } from 'vitest';
import { languageChooserView } from '../../src/lib/views/language-chooser';

describe('languageChooserView', () => {
  const view = languageChooserView(new URL('https://example.org/'));

  test('is the canonical "/" and names both homes, "/" as x-default', () => {
    expect(view.canonical).toBe('https://example.org/');
    expect(view.hreflangs).toEqual([
      { hreflang: 'de-CH', href: 'https://example.org/de/' },
      { hreflang: 'en', href: 'https://example.org/en/' },
      { hreflang: 'x-default', href: 'https://example.org/' },
    ]);
  });

  test('offers each language in that language', () => {
    expect(view.choices.map((choice) => [choice.lang, choice.name, choice.href, choice.intro.slice(0, 12)])).toEqual([
      ['de-CH', 'Deutsch', '/de/', 'Das /cicd-Te'],
      ['en', 'English', '/en/', 'The /cicd te'],
    ]);
    expect(view.description).toBe(view.choices[0]?.intro);
  });
});

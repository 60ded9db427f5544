import { describe, expect, test } from 'vitest';
import { preferredLocale } from '../../src/lib/browser/preferred-locale';

describe('preferredLocale', () => {
  test.each([
    [['en-US', 'de'], 'en'],
    [['fr-CH', 'en-GB', 'de'], 'en'],
    [['de-CH'], 'de'],
    [['fr', 'it'], 'en'],
    [['fr-FR', 'de-CH'], 'de'],
    [[], 'en'],
    [['EN'], 'en'],
  ] as const)('picks from %j: %s', (languages, expected) => {
    expect(preferredLocale(languages)).toBe(expected);
  });
});

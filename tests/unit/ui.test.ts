import { describe, expect, test } from 'vitest';
import { translate, UI, UI_KEYS, type UiKey } from '../../src/i18n/ui';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('UI strings', () => {
  test('every key is described for translators and filled in both locales', () => {
    for (const key of Object.keys(UI_KEYS) as UiKey[]) {
      expect(UI_KEYS[key].length, key).toBeGreaterThan(10);
      expect(UI.de[key].trim(), `de ${key}`).not.toBe('');
      expect(UI.en[key].trim(), `en ${key}`).not.toBe('');
    }
  });

  test('German and English use the same placeholders', () => {
    for (const key of Object.keys(UI_KEYS) as UiKey[]) {
      expect(placeholders(UI.de[key]), key).toEqual(placeholders(UI.en[key]));
    }
  });
});

describe('translate', () => {
  test('fills placeholders in the chosen locale', () => {
    expect(translate('de', 'heading.linkLabel', { heading: 'Warum' })).toBe('Link zum Abschnitt: Warum');
    expect(translate('en', 'heading.linkLabel', { heading: 'Why' })).toBe('Link to section: Why');
  });

  test('leaves an unknown placeholder visible rather than blank', () => {
    expect(translate('en', 'heading.linkLabel')).toBe('Link to section: {heading}');
  });
});

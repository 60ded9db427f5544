import { describe, expect, test } from 'vitest';
import { applyTheme, THEME_BOOT_SCRIPT, THEME_STORAGE_KEY, themeFromStorage } from '../../src/lib/browser/theme';

/** Runs the boot script against a stand-in <html> and storage, as the browser would in <head>. */
function boot(stored: string | null, storageThrows = false): Record<string, string> {
  const dataset: Record<string, string> = {};
  const document = { documentElement: { dataset } };
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('SecurityError');
      return key === THEME_STORAGE_KEY ? stored : null;
    },
  };
  new Function('document', 'localStorage', THEME_BOOT_SCRIPT)(document, localStorage);
  return dataset;
}

describe('themeFromStorage', () => {
  test.each([
    ['light', 'light'],
    ['dark', 'dark'],
    [null, 'system'],
    ['system', 'system'],
    ['DARK', 'system'],
    ['', 'system'],
  ] as const)('reads %j as %j', (value, choice) => {
    expect(themeFromStorage(value)).toBe(choice);
  });
});

describe('THEME_BOOT_SCRIPT', () => {
  test.each([
    ['dark', { js: '', theme: 'dark' }],
    ['light', { js: '', theme: 'light' }],
    [null, { js: '' }],
    ['purple', { js: '' }],
  ] as const)('with %j stored marks the page as scripted and pins only a known theme', (stored, dataset) => {
    expect(boot(stored)).toEqual(dataset);
  });

  test('still marks the page as scripted when storage is blocked', () => {
    expect(boot('dark', true)).toEqual({ js: '' });
  });
});

describe('applyTheme', () => {
  const setup = () => {
    const dataset: Record<string, string> = {};
    const stored = new Map<string, string>();
    const storage = {
      setItem: (key: string, value: string) => void stored.set(key, value),
      removeItem: (key: string) => void stored.delete(key),
    };
    return { root: { documentElement: { dataset } } as unknown as Document, dataset, stored, storage };
  };

  test('pins and remembers light or dark', () => {
    const { root, dataset, stored, storage } = setup();
    applyTheme(root, 'dark', storage);
    expect(dataset.theme).toBe('dark');
    expect(stored.get(THEME_STORAGE_KEY)).toBe('dark');
  });

  test('follows the system again and forgets the choice', () => {
    const { root, dataset, stored, storage } = setup();
    applyTheme(root, 'light', storage);
    applyTheme(root, 'system', storage);
    expect(dataset.theme).toBeUndefined();
    expect(stored.has(THEME_STORAGE_KEY)).toBe(false);
  });

  test('still applies the theme when storage refuses to write', () => {
    const { root, dataset } = setup();
    const refusing = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    applyTheme(root, 'dark', refusing);
    expect(dataset.theme).toBe('dark');
  });
});

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { parseUnicodeRange, shareCardRanges, unsupportedCharacters } from '../../src/lib/share-card/glyphs';
import { fixturePath, PROJECT_ROOT } from '../helpers/paths';

describe('parseUnicodeRange', () => {
  test('reads single code points and ranges', () => {
    expect(parseUnicodeRange('U+0000-00FF, U+0131,U+1E00-1E9F')).toEqual([
      [0x0, 0xff],
      [0x131, 0x131],
      [0x1e00, 0x1e9f],
    ]);
  });
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

describe('the content check for share-card characters', () => {
  test('npm run check names the file, line, field and characters', () => {
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const run = spawnSync(process.execPath, [tsx, 'src/cli/check.ts', fixturePath('broken/share-card-glyphs')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'content/posts/de/alpha.md:3 error title: has characters the share card\'s font (Inter) cannot draw: "🚀" (U+1F680)',
    );
    expect(run.stdout).toContain('content/posts/de/alpha.md:10 error talk.title:');
    expect(run.stdout).not.toContain('content/posts/en/alpha.md');
  });
});

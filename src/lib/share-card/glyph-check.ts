import { createRequire } from 'node:module';
import type { Diagnostic } from '../checks/diagnostic';
import type { SourceFile } from '../content/read-posts';
import { splitFrontMatterOf } from '../content/front-matter';
import { valueAt } from '../content/value-at';

/** An inclusive range of Unicode code points. */
export type CodePointRange = readonly [from: number, to: number];

/**
 * The Inter subsets from @fontsource/inter that share cards load: every script Inter draws.
 * CJK and emoji need fonts of many megabytes (and colour emoji an image set), so titles with
 * them are refused by the content check instead (see `checkShareCardGlyphs`).
 */
export const SHARE_CARD_SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'] as const;

/** Front-matter fields drawn on a share card, as paths into the front matter. */
const CARD_FIELDS = [['title'], ['talk', 'title']] as const;

/**
 * Reads a CSS `unicode-range` value.
 * @example parseUnicodeRange('U+0000-00FF,U+0131') // [[0, 255], [305, 305]]
 */
export function parseUnicodeRange(css: string): CodePointRange[] {
  return css.split(',').map((part) => {
    const [from = '', to = from] = part.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(from, 16), Number.parseInt(to, 16)] as const;
  });
}

/**
 * The distinct characters of `text` outside every range, in order of appearance.
 * @example unsupportedCharacters('Paris 🚀', [[0, 255]]) // ['🚀']
 */
export function unsupportedCharacters(text: string, ranges: readonly CodePointRange[]): string[] {
  const isDrawn = (character: string) => {
    const code = character.codePointAt(0) ?? 0;
    return ranges.some(([from, to]) => code >= from && code <= to);
  };
  return [...new Set([...text].filter((character) => !isDrawn(character)))];
}

/** The code points the share card's fonts cover, from @fontsource/inter's own subset table. */
export function shareCardRanges(): CodePointRange[] {
  const table = createRequire(import.meta.url)('@fontsource/inter/unicode.json') as Record<string, string>;
  return SHARE_CARD_SUBSETS.flatMap((subset) => parseUnicodeRange(table[subset] ?? ''));
}

const describeCharacter = (character: string) =>
  `"${character}" (U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`;

/** An error for every post whose share card would draw a title character as an empty box. */
export function checkShareCardGlyphs(files: readonly SourceFile[], ranges: readonly CodePointRange[] = shareCardRanges()): Diagnostic[] {
  return files.flatMap((file) => {
    const { data, lineOf } = splitFrontMatterOf(file);
    return CARD_FIELDS.flatMap((path) => {
      const value = valueAt(data, path);
      if (typeof value !== 'string') return [];
      const missing = unsupportedCharacters(value, ranges);
      if (missing.length === 0) return [];
      const line = lineOf(path);
      return [
        {
          severity: 'error' as const,
          file: file.path,
          ...(line === undefined ? {} : { line }),
          subject: path.join('.'),
          message: `has characters the share card's font (Inter) cannot draw: ${missing.map(describeCharacter).join(', ')}`,
          fix: 'write them out or leave them out of this field; Inter covers Latin, Greek, Cyrillic and Vietnamese, not emoji or CJK',
        },
      ];
    });
  });
}

import { createRequire } from 'node:module';

/** An inclusive range of Unicode code points. */
export type CodePointRange = readonly [from: number, to: number];

/**
 * The Inter subsets from @fontsource/inter that share cards load: every script Inter draws.
 * CJK and emoji need fonts of many megabytes (and colour emoji an image set), so titles with
 * them are refused by the content check instead (src/lib/checks/rules/share-card-glyphs.ts).
 */
export const SHARE_CARD_SUBSETS = ['latin', 'latin-ext', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext', 'vietnamese'] as const;

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

import { splitFrontMatterOf } from '../../content/front-matter';
import { valueAt } from '../../content/value-at';
import { shareCardRanges, unsupportedCharacters, type CodePointRange } from '../../share-card/glyphs';
import { errorIn, type Diagnostic } from '../diagnostic';
import type { PostSet } from '../post-set';

/** Front-matter fields drawn on a share card, as paths into the front matter. */
const CARD_FIELDS = [['title'], ['talk', 'title']] as const;

const describeCharacter = (character: string) =>
  `"${character}" (U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`;

/** An error for every post whose share card would draw a title character as an empty box. */
export function checkShareCardGlyphs({ files }: PostSet, ranges: readonly CodePointRange[] = shareCardRanges()): Diagnostic[] {
  return files.flatMap((file) => {
    const { data, lineOf } = splitFrontMatterOf(file);
    return CARD_FIELDS.flatMap((path) => {
      const value = valueAt(data, path);
      if (typeof value !== 'string') return [];
      const missing = unsupportedCharacters(value, ranges);
      if (missing.length === 0) return [];
      const message = `has characters the share card's font (Inter) cannot draw: ${missing.map(describeCharacter).join(', ')}`;
      const fix = 'write them out or leave them out of this field; Inter covers Latin, Greek, Cyrillic and Vietnamese, not emoji or CJK';
      return [errorIn(file.path, path.join('.'), message, fix, lineOf(path))];
    });
  });
}

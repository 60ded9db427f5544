/** Characters that join two words into one without a space: hyphens, gender star and colon, slash. */
const JOINERS = new Set(['-', '\u2010', '\u2011', '*', ':', '/', '\u00b7', '_']);

interface Word {
  start: number;
  end: number;
}

/** The words of `text`, each joined word (`Shift-left`, `Entwickler*innen`) as one. */
function wordsOf(text: string, locale: string): Word[] {
  const words: Word[] = [];
  for (const { segment, index, isWordLike } of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
    if (!isWordLike) continue;
    const last = words.at(-1);
    if (last && index === last.end + 1 && JOINERS.has(text[last.end] ?? '')) last.end = index + segment.length;
    else words.push({ start: index, end: index + segment.length });
  }
  return words;
}

/**
 * Where a quote that starts at `offset` in `text` should start so it begins with a whole word:
 * back to the start of a word it cuts, or on past spaces and punctuation to the next word
 * (`text.length` if none follows).
 * @example wordStart('on the talk', 4) // 3
 * @example wordStart('kcp, a project', 3) // 5
 */
export function wordStart(text: string, offset: number, locale = 'en'): number {
  return wordsOf(text, locale).find((word) => word.end > offset)?.start ?? text.length;
}

/**
 * Where a quote that ends at `offset` (exclusive) should end so it ends with a whole word: on
 * to the end of a word it cuts, or back past spaces and punctuation to the previous word (0 if
 * none comes before).
 * @example wordEnd('the Engineering API', 7) // 15
 * @example wordEnd('a project.', 10) // 9
 */
export function wordEnd(text: string, offset: number, locale = 'en'): number {
  return wordsOf(text, locale).findLast((word) => word.start < offset)?.end ?? 0;
}

/** The segments of `text` by Intl.Segmenter: a hyphen or star splits words, an apostrophe does not. */
function segmentsOf(text: string): Intl.Segments {
  return new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text);
}

/**
 * Where a quote that starts at `offset` in `text` should start so it begins with a whole word:
 * back to the start of a word it cuts, or on past spaces and punctuation to the next word
 * (`text.length` if none follows).
 * @example wordStart('on the talk', 4) // 3
 * @example wordStart('kcp, a project', 3) // 5
 */
export function wordStart(text: string, offset: number): number {
  for (const { segment, index, isWordLike } of segmentsOf(text)) if (isWordLike && index + segment.length > offset) return index;
  return text.length;
}

/**
 * Where a quote that ends at `offset` (exclusive) should end so it ends with a whole word: on
 * to the end of a word it cuts, or back past spaces and punctuation to the previous word (0 if
 * none comes before).
 * @example wordEnd('the Engineering API', 7) // 15
 * @example wordEnd('a project.', 10) // 9
 */
export function wordEnd(text: string, offset: number): number {
  let end = 0;
  for (const { segment, index, isWordLike } of segmentsOf(text)) if (isWordLike && index < offset) end = index + segment.length;
  return end;
}

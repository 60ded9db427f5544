/** Share of a query word that a found word must begin with, for the query word to count as found. */
const MIN_SHARED_PREFIX = 0.6;

/**
 * A word as the comparison sees it: lower case, without accents, ß as ss, letters and digits only.
 * @example comparableWord('Größe,') // 'grosse'
 */
export function comparableWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function sharedPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * Whether the words a search matched answer every word of the query. Pagefind, finding no
 * indexed word that starts with a query word, falls back to the longest indexed word the query
 * word starts with (`asdf` finds `as`, `blorf` finds `b`); that rescues a half-typed word
 * (`installa` finds `installing`) but makes a made-up word find posts. A query word counts as
 * found when a matched word shares at least 60 % of its first letters: stems and endings differ
 * after that, a made-up word's accidental prefix does not reach it.
 * @example isQueryFound('kcp api', ['kcp:', 'APIs']) // true
 * @example isQueryFound('asdf', ['as', 'as']) // false
 */
export function isQueryFound(query: string, matchedWords: readonly string[]): boolean {
  const found = matchedWords.map(comparableWord).filter(Boolean);
  const terms = query.split(/\s+/).map(comparableWord).filter(Boolean);
  return (
    terms.length > 0 &&
    terms.every((term) => {
      const needed = Math.ceil(term.length * MIN_SHARED_PREFIX);
      return found.some((word) => sharedPrefixLength(term, word) >= needed);
    })
  );
}

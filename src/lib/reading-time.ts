/** Words a reader gets through in a minute of technical prose. */
const WORDS_PER_MINUTE = 200;

/**
 * Minutes to read a Markdown body, rounded up, at least one. Code counts like prose: readers
 * skim some of it and study the rest.
 * @example readingMinutes('word '.repeat(450)) // 3
 */
export function readingMinutes(markdown: string): number {
  const words = markdown
    .replace(/\{#[a-z0-9-]+\}/g, ' ')
    .replace(/[#*_>`[\]()|-]+/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

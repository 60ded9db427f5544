import { createHash } from 'node:crypto';
import { splitFrontMatter } from '../front-matter';
import { valueAt } from '../value-at';

/**
 * The front-matter fields a translator translates, besides the body. Dates, topics, ids and
 * links are not text: a change there is not a reason to re-translate (and the other checks
 * already compare what must match, such as talk ids and highlights).
 */
const TRANSLATED_FIELDS: readonly (readonly string[])[] = [
  ['title'],
  ['description'],
  ['summary'],
  ['closing'],
  ['talk', 'hostedBy'],
];

/** How many hex digits of the SHA-256 a stamp keeps: short enough to read, long enough never to collide by accident. */
const HASH_LENGTH = 12;

/**
 * Text with the differences no reader can see taken out: line endings, trailing blanks,
 * blank lines at either end and Unicode composition. Wording and Markdown stay as they are.
 * @example normaliseText('Hallo  \r\nWelt\r\n\r\n') // 'Hallo\nWelt'
 */
export function normaliseText(text: string): string {
  const lines = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.slice(0, lengthWithout(line, ' \t')));
  // Trimmed by counting, not with /\n+$/, which is quadratic on a long run of blank lines.
  const first = lines.findIndex((line) => line !== '');
  return first === -1 ? '' : lines.slice(first, lines.findLastIndex((line) => line !== '') + 1).join('\n');
}

/** The length of `text` without the trailing run of `characters`, counted from the end. */
function lengthWithout(text: string, characters: string): number {
  let end = text.length;
  while (end > 0 && characters.includes(text.charAt(end - 1))) end -= 1;
  return end;
}

/**
 * The content hash of an original: its translated front-matter fields and its body, normalised.
 * The same text gives the same hash whether read by the checks (raw file) or by Astro (entry).
 * @example translationSourceHash({ title: 'Hallo' }, 'Text\n') // 12 hex digits, e.g. '3f1c…'
 */
export function translationSourceHash(data: unknown, body: string): string {
  // Each post page asks for its original's hash (the outdated notice): once per entry and body.
  const known = typeof data === 'object' && data !== null ? hashes.get(data) : undefined;
  if (known?.body === body) return known.hash;
  const hash = computeSourceHash(data, body);
  if (typeof data === 'object' && data !== null) hashes.set(data, { body, hash });
  return hash;
}

const hashes = new WeakMap<object, { body: string; hash: string }>();

function computeSourceHash(data: unknown, body: string): string {
  const fields = TRANSLATED_FIELDS.map((path) => {
    const value = valueAt(data, path);
    return [path.join('.'), typeof value === 'string' ? normaliseText(value) : null];
  });
  const input = JSON.stringify({ fields, body: normaliseText(body) });
  return createHash('sha256').update(input, 'utf8').digest('hex').slice(0, HASH_LENGTH);
}

/** The content hash of an original post file, or undefined when its front matter is not valid YAML. */
export function translationSourceHashOfFile(source: string): string | undefined {
  const split = splitFrontMatter(source);
  return split.yamlError ? undefined : translationSourceHash(split.data, split.body);
}

/** What a code fence's meta (the words after its language) may set. */
export interface CodeMeta {
  /** The file the block shows, as its caption: ```` ```yaml title="values.yaml" ````. */
  title: string | undefined;
}

/** Why a fence's meta cannot be read, worded for the post's author. */
export interface CodeMetaProblem {
  message: string;
  fix: string;
}

/** The settings a fence's meta may carry; anything else is an author error. */
const KNOWN_KEYS: ReadonlySet<string> = new Set(['title']);

const TITLE_EXAMPLE = 'write the file name as title="values.yaml"';

function isSpace(character: string): boolean {
  return character === ' ' || character === '\t';
}

function isKeyCharacter(character: string): boolean {
  return (
    (character >= 'a' && character <= 'z') ||
    (character >= 'A' && character <= 'Z') ||
    (character >= '0' && character <= '9') ||
    character === '-' ||
    character === '_'
  );
}

/** Shows a piece of the author's meta in one line, quotes and controls escaped. */
function shown(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/**
 * Reads a code fence's meta as `key="value"` pairs (single quotes or no quotes work too), in
 * one pass over the text. A key the site does not know, a key without a value, an unclosed
 * quote or a key given twice is a problem, so a typo never silently drops a file name.
 * @example parseCodeMeta('title="values.yaml"') // { meta: { title: 'values.yaml' } }
 * @example parseCodeMeta('file=a.yaml').problem?.message // '"file" is not a setting of code blocks'
 */
export function parseCodeMeta(
  meta: string | null | undefined,
): { meta: CodeMeta; problem?: undefined } | { meta?: undefined; problem: CodeMetaProblem } {
  const text = meta ?? '';
  const values = new Map<string, string>();
  let index = 0;
  while (index < text.length) {
    const character = text.charAt(index);
    if (isSpace(character)) {
      index += 1;
      continue;
    }
    const keyStart = index;
    while (index < text.length && isKeyCharacter(text.charAt(index))) index += 1;
    const key = text.slice(keyStart, index);
    if (key === '') {
      return {
        problem: { message: `has ${shown(text.charAt(index))} where a setting such as title="…" should start`, fix: TITLE_EXAMPLE },
      };
    }
    if (!KNOWN_KEYS.has(key)) {
      return {
        problem: {
          message: `${shown(key)} is not a setting of code blocks (the site knows only title)`,
          fix:
            key.toLowerCase() === 'file' || key.toLowerCase() === 'filename'
              ? `write title= instead of ${key}=`
              : `remove it; ${TITLE_EXAMPLE}`,
        },
      };
    }
    if (values.has(key)) return { problem: { message: `sets ${key} twice`, fix: `keep one ${key}="…"` } };
    if (text.charAt(index) !== '=') {
      return { problem: { message: `has ${key} without a value`, fix: TITLE_EXAMPLE } };
    }
    index += 1;
    const quote = text.charAt(index);
    let value: string;
    if (quote === '"' || quote === "'") {
      const end = text.indexOf(quote, index + 1);
      if (end === -1) {
        return {
          problem: {
            message: `opens the quote of ${key}=${quote} without closing it`,
            fix: `end the value with ${quote}: ${key}=${quote}…${quote}`,
          },
        };
      }
      value = text.slice(index + 1, end);
      index = end + 1;
      if (index < text.length && !isSpace(text.charAt(index))) {
        return {
          problem: {
            message: `has ${shown(text.slice(index, index + 1))} right after the closing quote of ${key}`,
            fix: 'separate settings with a space',
          },
        };
      }
    } else {
      const valueStart = index;
      while (index < text.length && !isSpace(text.charAt(index))) index += 1;
      value = text.slice(valueStart, index);
      if (value.includes('"') || value.includes("'")) {
        return {
          problem: { message: `has a quote inside the unquoted value ${shown(value)} of ${key}`, fix: `quote the whole value: ${key}="…"` },
        };
      }
    }
    if (value.trim() === '') return { problem: { message: `has an empty ${key}`, fix: `write the file name, or leave ${key} out` } };
    values.set(key, value);
  }
  return { meta: { title: values.get('title') } };
}

// Astro's own front-matter reader, which @astrojs/markdown-remark re-exports with its whole pipeline.
import { extractFrontmatter, parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { ISO_DAY, parseIsoDay } from './calendar-day';
import { isAlias, isCollection, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';

/** A post file read exactly as Astro's content loader reads it: front matter and body. */
export interface SplitSource {
  /** The front matter as Astro's YAML reader (js-yaml) returns it, or undefined with `yamlError`. */
  data: unknown;
  /** The body Astro renders: what follows the front matter, trimmed. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** 1-based line in the file of a front-matter field, e.g. `['talk', 'speakers', 0, 'name']`. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Why the front matter cannot be published, with its line in the file. */
  yamlError: { line: number; message: string; fix: string } | undefined;
}

/** The most front matter a post may have: a post's fields take about 1 KiB. */
const MAX_FRONT_MATTER_BYTES = 8 * 1024;
/** How deep front matter may nest: `talk.speakers[0].name` is four levels. */
const MAX_FRONT_MATTER_DEPTH = 6;

const YAML_FIX = 'check quotes and indentation; quote any value that contains ": " or starts with a special character';

// C0 and C1 control characters other than tab and line feed, and zero-width characters: they
// have no place in a title, make the feeds ill-formed XML or hide text on a share card.
// eslint-disable-next-line no-control-regex
const INVISIBLE_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200d\u2060]/;

type Problem = { line: number; message: string; fix: string };

const problemAt = (line: number, message: string, fix: string): Problem => ({ line, message, fix });

/** The 1-based line of a character offset in `text`, counted without a regular expression. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
  return line;
}

/** The deepest nesting of flow brackets or block indentation, read in one pass over the text. */
function roughNesting(yamlText: string): number {
  let deepest = 0;
  let brackets = 0;
  for (const line of yamlText.split('\n')) {
    const indent = line.length - line.trimStart().length;
    deepest = Math.max(deepest, Math.ceil(indent / 2));
    for (const character of line) {
      if (character === '[' || character === '{') deepest = Math.max(deepest, (brackets += 1));
      else if (character === ']' || character === '}') brackets = Math.max(0, brackets - 1);
    }
  }
  return deepest;
}

/**
 * What the site refuses in front matter before any YAML parser may see it, and what the
 * parsed document shows: anchors, aliases and tags (an alias bomb, or a type Astro's reader
 * turns into something that is not text), and control characters in any value.
 */
function structuralProblem(document: Document, toLine: (offset: number | undefined) => number): Problem | undefined {
  let problem: Problem | undefined;
  visit(document, {
    Node(_, node) {
      const offset = node.range?.[0];
      if (isAlias(node) || node.anchor) {
        problem = problemAt(toLine(offset), 'uses a YAML anchor or alias (&name, *name)', 'write each value out where it is used');
      } else if ((isScalar(node) || isCollection(node)) && node.tag !== undefined) {
        const fix = 'remove the tag: front-matter values are plain text, lists, dates, numbers and true/false';
        problem = problemAt(toLine(offset), `uses the YAML tag ${node.tag}`, fix);
      } else if (isScalar(node) && typeof node.value === 'string' && INVISIBLE_CHARACTER.test(node.value)) {
        const message = 'holds a control character or an invisible one (zero-width space, joiner, soft hyphen)';
        problem = problemAt(toLine(offset), message, 'remove it (an escape such as "\\x07" or an invisible character pasted with the text)');
      }
      return problem ? visit.BREAK : undefined;
    },
  });
  return problem;
}

/**
 * A date Astro's reader turned into another day than the text says: js-yaml reads 2024-02-30
 * as 1 March, without a word.
 */
function misreadDayIn(data: unknown, document: Document, toLine: (offset: number | undefined) => number): Problem | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  for (const [key, value] of Object.entries(data)) {
    if (!(value instanceof Date)) continue;
    const node = document.get(key, true);
    const text = isScalar(node) ? String(node.source ?? node.value) : '';
    const day = parseIsoDay(text.trim());
    if (day?.getTime() === value.getTime() || !ISO_DAY.test(text.trim())) continue;
    const line = toLine(isScalar(node) ? node.range?.[0] : undefined);
    return problemAt(line, `${key}: ${text} is not a day of the calendar`, `write the day as YYYY-MM-DD, e.g. ${key}: 2024-05-06`);
  }
  return undefined;
}

/** Astro's reading of the front matter: js-yaml, as its content loader calls it. */
function astroData(source: string): { data: unknown } | { line: number; reason: string } {
  try {
    return { data: parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).frontmatter };
  } catch (error) {
    const { mark, reason } = error as { mark?: { line?: number }; reason?: string };
    return { line: (mark?.line ?? 0) + 1, reason: reason ?? 'it cannot be read' };
  }
}

/**
 * Splits a post's source into front matter and body as Astro's loader does, keeping line numbers
 * for messages. What Astro would reject or the site refuses (anchors, tags, control characters,
 * over 8 KiB, deep nesting) comes back as `yamlError`, never thrown.
 */
export function splitFrontMatter(source: string): SplitSource {
  const raw = extractFrontmatter(source);
  const start = raw === undefined ? -1 : source.indexOf(`---${raw}`) + 3;
  // Astro also reads TOML between "+++" lines; the site's posts are YAML only.
  if (raw === undefined || source.slice(start - 3, start) !== '---') {
    return {
      data: undefined,
      body: source.trim(),
      bodyLine: 1,
      lineOf: () => undefined,
      yamlError: {
        line: 1,
        message: 'the file does not start with a front-matter block between two "---" lines',
        fix: 'start the file with "---", the fields, and "---" (npm run new:post writes them)',
      },
    };
  }
  // The raw text starts on the opening fence's line, right after its "---".
  const fenceLine = lineAt(source, start);
  const afterFence = source.slice(start + raw.length + 3);
  const body = afterFence.trim();
  const bodyLine = lineAt(source, start + raw.length + 3 + afterFence.indexOf(body.charAt(0)));
  const lineCounter = new LineCounter();
  const toLine = (offset: number | undefined) => fenceLine + (offset === undefined ? 0 : lineCounter.linePos(offset).line - 1);
  let document: Document | undefined;
  const fail = (problem: Problem): SplitSource => ({
    data: undefined,
    body,
    bodyLine,
    lineOf: () => undefined,
    yamlError: problem,
  });
  if (raw.length > MAX_FRONT_MATTER_BYTES) {
    const message = `the front matter is ${raw.length} characters long; at most ${MAX_FRONT_MATTER_BYTES} are allowed`;
    return fail(problemAt(fenceLine, message, 'keep to the fields CONTRIBUTING.md lists; long text belongs in the body'));
  }
  if (roughNesting(raw) > MAX_FRONT_MATTER_DEPTH * 2) {
    return fail(problemAt(fenceLine, 'the front matter nests deeper than any field needs', 'write the fields as CONTRIBUTING.md shows them'));
  }
  try {
    document = parseDocument(raw, { lineCounter, uniqueKeys: true });
  } catch {
    return fail(problemAt(fenceLine, 'the front matter cannot be read as YAML', YAML_FIX));
  }
  const yamlIssue = document.errors[0];
  if (yamlIssue) {
    const message = (yamlIssue.message.split('\n')[0] ?? yamlIssue.message).replace(/ at line \d+, column \d+:?$/, '');
    return fail(problemAt(toLine(yamlIssue.pos[0]), `the front matter is not valid YAML (${message})`, YAML_FIX));
  }
  const structural = structuralProblem(document, toLine);
  if (structural) return fail(structural);
  const astro = astroData(source);
  if ('reason' in astro) {
    return fail(problemAt(fenceLine + astro.line - 1, `the front matter is not valid YAML as Astro reads it (${astro.reason})`, YAML_FIX));
  }
  const misreadDay = misreadDayIn(astro.data, document, toLine);
  if (misreadDay) return fail(misreadDay);
  const parsed = document;
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let length = path.length; length > 0; length -= 1) {
      const node = parsed.getIn(path.slice(0, length) as unknown[], true) as { range?: [number, number, number] } | undefined;
      const offset = node?.range?.[0];
      if (offset !== undefined) return toLine(offset);
    }
    return undefined;
  };
  return { data: astro.data, body, bodyLine, lineOf, yamlError: undefined };
}

// One parse per file and check run: the checks each need the front matter, and YAML parsing was
// 2.7 s of a 2000-post build when each parsed it again. Keyed by the file object, so it dies with
// the files; the copies the checks pass on share it (`withFrontMatterOf`).
const splitFiles = new WeakMap<object, SplitSource>();

/** `splitFrontMatter` of a file read from disk, parsed once however many checks ask. */
export function splitFrontMatterOf(file: { readonly source: string }): SplitSource {
  let split = splitFiles.get(file);
  if (!split) {
    split = splitFrontMatter(file.source);
    splitFiles.set(file, split);
  }
  return split;
}

/** `copy`, a copy of `file` with fields added, sharing the front matter already parsed for `file`. */
export function withFrontMatterOf<T extends { readonly source: string }>(file: { readonly source: string }, copy: T): T {
  splitFiles.set(copy, splitFrontMatterOf(file));
  return copy;
}

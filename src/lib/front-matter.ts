import { LineCounter, parseDocument, type Document } from 'yaml';

/** A Markdown file split into its YAML front matter and its body. */
export interface SplitSource {
  /** The parsed YAML, or undefined when it could not be parsed (see `yamlError`). */
  data: unknown;
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** 1-based line in the file of a front-matter field, e.g. `['talk', 'speakers', 0, 'name']`. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  yamlError: { line: number; message: string } | undefined;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/**
 * Splits a post's source into front matter and body, keeping line numbers so that messages can
 * point at the right line of the file.
 */
export function splitFrontMatter(input: string): SplitSource {
  // Editors on Windows may save a byte-order mark; Astro reads past it, and so do we.
  const source = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const match = FENCE.exec(source);
  if (!match) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      lineOf: () => undefined,
      yamlError: { line: 1, message: 'the file does not start with a front-matter block between two "---" lines' },
    };
  }
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(yamlText, { lineCounter });
  const firstError = document.errors[0];
  const yamlError = firstError
    ? { line: firstError.linePos?.[0].line ?? 1, message: (firstError.message.split('\n')[0] ?? firstError.message).replace(/ at line \d+, column \d+:?$/, '') }
    : undefined;
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let length = path.length; length > 0; length -= 1) {
      const node = document.getIn(path.slice(0, length) as unknown[], true) as { range?: [number, number, number] } | undefined;
      const offset = node?.range?.[0];
      if (offset !== undefined) return lineCounter.linePos(offset).line + 1;
    }
    return undefined;
  };
  return {
    data: yamlError ? undefined : document.toJS(),
    body: source.slice(match[0].length),
    bodyLine: yamlText.split('\n').length + 3,
    lineOf,
    yamlError,
  };
}

// One parse per file object and check run: the checks each need the front matter, and YAML
// parsing was 2.7 s of a 2000-post build when each parsed it again. Dies with the files.
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

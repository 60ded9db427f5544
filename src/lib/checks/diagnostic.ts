/** One finding, written for the author who has to act on it. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Repository-relative path of the file the finding is about. */
  file: string;
  line?: number;
  /** The front-matter field, the link or the element the finding is about. */
  subject?: string;
  message: string;
  /** What to do about it. */
  fix: string;
}

/** An error about `subject` (a field, a link, an element) in `file`, at `line` where it is known. */
export function errorIn(file: string, subject: string, message: string, fix: string, line?: number): Diagnostic {
  return { severity: 'error', file, ...(line === undefined ? {} : { line }), subject, message, fix };
}

// C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidirectional
// overrides that can make a line read differently from what it says.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A character written as the visible escape `\uXXXX`. */
const visibleEscape = (character: string): string => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Makes a value from a post or a file name safe inside one log line: control characters become
 * visible escapes (no line of its own, which CI would read as a command like `::add-mask::`), and
 * `##[`, which the GitHub runner obeys anywhere in a line, loses its bracket.
 * @example escapeForLog('a\n::notice::b') // 'a\\u000a::notice::b'
 * @example escapeForLog('x ##[error]y') // 'x ##\\u005berror]y'
 */
export function escapeForLog(value: string): string {
  return value.replace(UNSAFE_CHARACTERS, visibleEscape).replaceAll('##[', '##\\u005b');
}

// Whitespace, colons and backslashes in a file name: the characters that would end the
// location at the start of a finding's line, or make an escape there ambiguous.
const LOCATION_SEPARATORS = /[\s:\\]/gu;

/**
 * A file name as the first word of a finding's line, whitespace, `:` and `\` escaped, so that
 * `file:line` ends where the name does, for a reader and for .github/content-check-matcher.json.
 * @example locationOf('content/posts/en/Alpha Notes.md') // 'content/posts/en/Alpha\\u0020Notes.md'
 */
function locationOf(file: string): string {
  return file.replace(LOCATION_SEPARATORS, visibleEscape);
}

/**
 * A log line that starts with text from a post: escaped, and never starting with ":" or a
 * space, since GitHub reads a line whose trimmed text starts with "::" as a workflow command.
 * @example logLine('::warning::x.md error') // './::warning::x.md error'
 */
export function logLine(text: string): string {
  const escaped = escapeForLog(text);
  return /^[\s:]/.test(escaped) ? `./${escaped}` : escaped;
}

/**
 * Formats a finding as one line an author can act on; whatever came from a post is escaped.
 * @example formatDiagnostic({ severity: 'error', file: 'a.md', line: 3, subject: 'title', message: 'is missing', fix: 'add it' })
 * // 'a.md:3 error title: is missing. Fix: add it'
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const file = locationOf(diagnostic.file);
  const where = diagnostic.line === undefined ? file : `${file}:${diagnostic.line}`;
  const subject = diagnostic.subject === undefined ? '' : `${diagnostic.subject}: `;
  return logLine(`${where} ${diagnostic.severity} ${subject}${diagnostic.message}. Fix: ${diagnostic.fix}`);
}

/**
 * An error Astro prints as our message alone: the lines above it already say where and what,
 * and a stack trace into our code would only bury them.
 */
export function authorError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}

/** The findings as lines for a terminal, errors and warnings counted at the end. */
export function reportLines(diagnostics: readonly Diagnostic[], fileCount: number): string[] {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return [...diagnostics.map(formatDiagnostic), `content check: ${fileCount} post files, ${errors} error(s), ${warnings} warning(s)`];
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths';

type Pattern = { regexp: string; file: number; line: number; severity: number; message: number };
const { problemMatcher } = JSON.parse(readFileSync(join(PROJECT_ROOT, '.github/content-check-matcher.json'), 'utf8')) as {
  problemMatcher: { pattern: Pattern[] }[];
};
const [onlyPattern, ...more] = problemMatcher.flatMap((matcher) => matcher.pattern);
if (!onlyPattern || more.length > 0) throw new Error('.github/content-check-matcher.json should have exactly one pattern');
const pattern: Pattern = onlyPattern;
const regexp = new RegExp(pattern.regexp);

/** An annotation as the GitHub runner makes it from one line of a step's log. */
type Annotation = Record<'file' | 'line' | 'severity' | 'message', string | undefined>;

/** The annotation the project's problem matcher makes of one log line, or undefined for a plain line. */
export function annotationOf(line: string): Annotation | undefined {
  const match = regexp.exec(line);
  return match
    ? { file: match[pattern.file], line: match[pattern.line], severity: match[pattern.severity], message: match[pattern.message] }
    : undefined;
}

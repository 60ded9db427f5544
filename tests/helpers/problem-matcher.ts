import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths';

interface MatcherPattern {
  regexp: string;
  file: number;
  line: number;
  severity: number;
  message: number;
}

/** The one single-line pattern of the project's problem matcher. */
function readPattern(): MatcherPattern {
  const { problemMatcher } = JSON.parse(readFileSync(join(PROJECT_ROOT, '.github/content-check-matcher.json'), 'utf8')) as {
    problemMatcher: { pattern: MatcherPattern[] }[];
  };
  const patterns = problemMatcher.flatMap((matcher) => matcher.pattern);
  if (patterns.length !== 1 || !patterns[0]) throw new Error('.github/content-check-matcher.json should have exactly one pattern');
  return patterns[0];
}

const pattern = readPattern();
const regexp = new RegExp(pattern.regexp);

/** An annotation as the GitHub runner makes it from one line of a step's log. */
export interface Annotation {
  file: string | undefined;
  line: string | undefined;
  severity: string | undefined;
  message: string | undefined;
}

/** The annotation the problem matcher makes of one log line, or undefined for a plain line. */
export function annotationOf(line: string): Annotation | undefined {
  const match = regexp.exec(line);
  if (!match) return undefined;
  return { file: match[pattern.file], line: match[pattern.line], severity: match[pattern.severity], message: match[pattern.message] };
}

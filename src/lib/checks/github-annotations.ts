import { escapeForLog, type Diagnostic } from './diagnostic';

/** How `npm run check` prints its findings: for a terminal, or as GitHub workflow commands. */
export type ReportFormat = 'text' | 'github';

/**
 * Escapes the message of a workflow command, as the GitHub runner decodes it.
 * @example escapeAnnotationData('100%\nsure') // '100%25%0Asure'
 */
export function escapeAnnotationData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/**
 * Escapes a property value (file, title) of a workflow command: the data rules plus `:` and `,`,
 * which would otherwise end the value.
 * @example escapeAnnotationProperty('link "a,b": x') // 'link "a%2Cb"%3A x'
 */
export function escapeAnnotationProperty(value: string): string {
  return escapeAnnotationData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/**
 * One finding as a GitHub workflow annotation, shown on that line of the pull request's diff.
 * Control characters from a post are first made visible, as in the text lines; then the
 * runner's own escaping keeps the rest inside the command.
 * @example annotationOf({ severity: 'warning', file: 'a.md', line: 3, message: 'm', fix: 'f' })
 * // '::warning file=a.md,line=3,title=content check::m. Fix: f'
 */
export function annotationOf(diagnostic: Diagnostic): string {
  const title = diagnostic.subject === undefined ? 'content check' : `content check: ${diagnostic.subject}`;
  const properties = [
    `file=${escapeAnnotationProperty(escapeForLog(diagnostic.file))}`,
    ...(diagnostic.line === undefined ? [] : [`line=${diagnostic.line}`]),
    `title=${escapeAnnotationProperty(escapeForLog(title))}`,
  ];
  return `::${diagnostic.severity} ${properties.join(',')}::${escapeAnnotationData(escapeForLog(`${diagnostic.message}. Fix: ${diagnostic.fix}`))}`;
}

/**
 * Reads `--format text|github` from the arguments; without it, GitHub Actions gets annotations.
 * The other arguments are returned as they came.
 * @example reportFormatOf(['--format', 'github', '.'], {}) // { format: 'github', rest: ['.'] }
 */
export function reportFormatOf(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { format: ReportFormat; rest: string[] } | { error: string } {
  const index = args.indexOf('--format');
  if (index === -1) return { format: env.GITHUB_ACTIONS === 'true' ? 'github' : 'text', rest: [...args] };
  const value = args[index + 1];
  if (value !== 'text' && value !== 'github')
    return { error: `--format takes "text" or "github", not ${value === undefined ? 'nothing' : `"${value}"`}` };
  return { format: value, rest: args.filter((_, position) => position !== index && position !== index + 1) };
}

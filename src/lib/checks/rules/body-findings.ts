import { splitFrontMatterOf } from '../../content/front-matter';
import type { Diagnostic } from '../diagnostic';
import { fileLineOf, type PostSet } from '../post-set';

/** What the pipeline reported on each body, as diagnostics at the file's lines. */
export function checkBodyFindings({ posts: files }: PostSet): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    for (const finding of file.report?.findings ?? []) {
      const line = finding.field ? splitFrontMatterOf(file).lineOf(finding.field) : fileLineOf(file, finding.line);
      diagnostics.push({
        severity: finding.severity,
        file: file.path,
        ...(line === undefined ? {} : { line }),
        subject: finding.subject,
        message: finding.message,
        fix: finding.fix,
      });
    }
  }
  return diagnostics;
}

/**
 * `npm run check` (after astro check): the author-facing content checks.
 * Usage: tsx src/cli/check-content.ts [--format text|github] [project-root]   (the root defaults to this project;
 * the format to GitHub annotations inside GitHub Actions, else text)
 */
import { resolve } from 'node:path';
import { annotationOf, reportFormatOf } from '../lib/github-annotations';
import { reportLines } from '../lib/checks/diagnostic';
import { runContentChecks } from '../lib/run-content-checks';

const options = reportFormatOf(process.argv.slice(2), process.env);
if ('error' in options) {
  console.error(`check: ${options.error}`);
  process.exit(1);
}
const root = resolve(options.rest[0] ?? '.');
const started = performance.now();
const { diagnostics, fileCount } = await runContentChecks(root);
if (options.format === 'github') for (const diagnostic of diagnostics) console.log(annotationOf(diagnostic));
for (const line of reportLines(diagnostics, fileCount)) console.log(line);
console.log(`(${Math.round(performance.now() - started)} ms)`);
process.exitCode = diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? 1 : 0;

/**
 * `npm run check [-- --format text|github] [project-root]`: the content checks, as the build
 * runs them, in seconds. The root defaults to this project; the format to GitHub annotations
 * inside GitHub Actions, else text. Type checks of the code are `npm run lint`'s.
 */
import { resolve } from 'node:path';
import { reportLines } from '../lib/checks/diagnostic';
import { annotationOf, reportFormatOf } from '../lib/checks/github-annotations';
import { runContentChecks } from '../lib/checks/run';

const options = reportFormatOf(process.argv.slice(2), process.env);
if ('error' in options) {
  console.error(`check: ${options.error}`);
  process.exit(1);
}
const root = resolve(options.rest[0] ?? '.');
const started = performance.now();
const { diagnostics, fileCount } = await runContentChecks(root, { cache: true });
if (options.format === 'github') for (const diagnostic of diagnostics) console.log(annotationOf(diagnostic));
for (const line of reportLines(diagnostics, fileCount)) console.log(line);
console.log(`(${Math.round(performance.now() - started)} ms)`);
if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) process.exitCode = 1;

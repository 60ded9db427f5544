/**
 * `npm run check [-- project-root]`: the build's content checks, in seconds, one line per
 * finding (`file[:line] error|warning …`, an annotation through .github/content-check-matcher.json).
 */
import { resolve } from 'node:path';
import { reportLines } from '../lib/checks/diagnostic';
import { runContentChecks } from '../lib/checks/run';

const root = resolve(process.argv[2] ?? '.');
const started = performance.now();
const { diagnostics, fileCount } = await runContentChecks(root, { cache: true });
for (const line of reportLines(diagnostics, fileCount)) console.log(line);
console.log(`(${Math.round(performance.now() - started)} ms)`);
if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) process.exitCode = 1;

/**
 * `npm run check` (after astro check): the author-facing content checks.
 * Usage: tsx scripts/check-content.ts [project-root]   (the root defaults to this project)
 */
import { resolve } from 'node:path';
import { reportLines, runContentChecks } from '../lib/run-content-checks';

const root = resolve(process.argv[2] ?? '.');
const started = performance.now();
const { diagnostics, fileCount } = await runContentChecks(root);
for (const line of reportLines(diagnostics, fileCount)) console.log(line);
console.log(`(${Math.round(performance.now() - started)} ms)`);
process.exitCode = diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? 1 : 0;

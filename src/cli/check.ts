/**
 * `npm run check [-- project-root]`: the content checks, as the build runs them, in seconds.
 * The root defaults to this project. Each finding is one line `file[:line] error|warning …`,
 * which GitHub turns into an annotation through the problem matcher
 * .github/content-check-matcher.json. Type checks of the code are `npm run lint`'s.
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

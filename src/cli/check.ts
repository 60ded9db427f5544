/**
 * `npm run check [-- project-root]`: the content checks, then, when they pass, `astro check`
 * (types). The root defaults to this project. Broken content stops before `astro check`, whose
 * content sync would fail on it with a stack trace instead of the author's line. Each finding
 * is one line `file[:line] error|warning …`, which GitHub turns into an annotation through the
 * problem matcher .github/content-check-matcher.json.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { reportLines } from '../lib/checks/diagnostic';
import { runContentChecks } from '../lib/checks/run';

const root = resolve(process.argv[2] ?? '.');
const started = performance.now();
const { diagnostics, fileCount } = await runContentChecks(root, { cache: true });
for (const line of reportLines(diagnostics, fileCount)) console.log(line);
console.log(`(${Math.round(performance.now() - started)} ms)`);
if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) process.exit(1);
process.exitCode = spawnSync('astro', ['check', '--root', root], { stdio: 'inherit' }).status ?? 1;

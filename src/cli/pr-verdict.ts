/**
 * `npm run pr:verdict -- <base> [<head>] [--repo <git-dir>]`: this checkout's code judges
 * `content/` and `public/` of `head` (default HEAD), read from git's objects as data (nothing of
 * `head` runs), and the addresses it takes away from the merge base with `base`. One line per
 * finding, the summary to $GITHUB_STEP_SUMMARY or the terminal; exits 1 on an error. CI runs the
 * base branch's copy (.github/workflows/pr-verdict.yml), so a pull request cannot change its verdict.
 */
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { changesBetween, commitOf, mergeBaseOf, writeCommitFolders } from '../lib/authoring/git-commits';
import { verdictMarkdown } from '../lib/authoring/pr-summary';
import { logLine, reportLines } from '../lib/checks/diagnostic';
import { readPublishedLinks, runContentChecks } from '../lib/checks/run';

const { values, positionals } = parseArgs({ options: { repo: { type: 'string' } }, allowPositionals: true });
const [base, headRevision = 'HEAD'] = positionals;
if (base === undefined || positionals.length > 2) {
  console.error('pr:verdict: name the base, e.g. npm run pr:verdict -- origin/main (or: <base> <head> --repo <git-dir>)');
  process.exit(2);
}
const repo = resolve(values.repo ?? '.');
const codeRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The verdict; exit code 1 when the checks found an error. */
async function judge(base: string): Promise<number> {
  const codeCommit = commitOf(codeRoot, 'HEAD');
  const head = commitOf(repo, headRevision);
  const mergeBase = mergeBaseOf(repo, base, head);
  const work = await mkdtemp(join(tmpdir(), 'kubecon-recap-verdict-'));
  try {
    await writeCommitFolders(repo, mergeBase, ['content'], join(work, 'base'));
    await writeCommitFolders(repo, head, ['content', 'public'], join(work, 'head'));
    console.log(`pr:verdict: the checks of ${codeRoot} judge ${head.slice(0, 12)} against ${mergeBase.slice(0, 12)}`);
    const publishedBefore = await readPublishedLinks(join(work, 'base'));
    const { diagnostics, fileCount } = await runContentChecks(join(work, 'head'), { publishedBefore });
    for (const line of reportLines(diagnostics, fileCount)) console.log(line);
    const markdown = verdictMarkdown({ codeCommit, head, mergeBase, diagnostics, changes: changesBetween(repo, mergeBase, head) });
    if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
    else console.log(`\n${markdown}`);
    return diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? 1 : 0;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

process.exitCode = await judge(base).catch((error: unknown) => {
  console.error(logLine(`pr:verdict: ${error instanceof Error ? error.message : String(error)}`));
  return 2;
});

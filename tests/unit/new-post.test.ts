import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/lib/checks/diagnostic';
import { parseNewPostArgs, planNewPost } from '../../src/lib/authoring/new-post';
import { runContentChecks } from '../../src/lib/checks/run';
import { fixturePath, PROJECT_ROOT } from '../helpers/paths';

const existing = { slugs: new Set(['recap', 'alpha', 'beta']), highlights: new Set(['alpha', 'beta']) };

describe('parseNewPostArgs', () => {
  test('reads the slug and options in any order', () => {
    expect(parseNewPostArgs(['--title', 'A title', 'my-post', '--follow-up', 'alpha'])).toEqual({
      ok: true,
      request: { slug: 'my-post', followUpOf: 'alpha', title: 'A title' },
    });
  });

  test.each([
    [[], 'a slug is missing'],
    [['a', 'b'], 'one slug only'],
    [['a', '--follow-up'], '--follow-up needs a value'],
    [['a', '--draft'], 'unknown option --draft'],
  ])('refuses %j with one clear line', (args, message) => {
    const result = parseNewPostArgs(args);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });
});

describe('planNewPost', () => {
  test('plans a German and an English draft of a follow-up that pass the content checks', () => {
    const plan = planNewPost({ slug: 'alpha-next', followUpOf: 'alpha', title: 'Alpha, next' }, existing, '2024-05-02');
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.files.map((file) => file.path)).toEqual(['content/posts/de/alpha-next.md', 'content/posts/en/alpha-next.md']);
    expect(plan.files[0]?.content).toContain('followUpOf: "alpha"');
    expect(plan.files[0]?.content).toContain('pubDate: 2024-05-02');
    expect(plan.files[0]?.content).toContain('draft: true');
  });

  test.each([
    [{ slug: 'Alpha Next', followUpOf: undefined, title: undefined }, 'is not a valid slug'],
    [{ slug: 'alpha', followUpOf: undefined, title: undefined }, 'a post "alpha" already exists'],
    [{ slug: 'gamma', followUpOf: 'gama', title: undefined }, '"gama" is not a highlight; --follow-up takes one of: alpha, beta'],
  ])('refuses %j', (request, message) => {
    const plan = planNewPost(request, existing, '2024-05-02');
    expect(plan).toEqual({ ok: false, error: expect.stringContaining(message) });
  });
});

describe('npm run new:post', () => {
  const run = promisify(execFile);
  let root = '';
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function scaffold(...args: string[]) {
    root = await mkdtemp(join(tmpdir(), 'kubecon-recap-new-post-'));
    await cp(join(fixturePath('valid'), 'content'), join(root, 'content'), { recursive: true });
    // tsx's CLI on this Node, as the npm script runs it, without npx's own start-up.
    return run(process.execPath, [createRequire(import.meta.url).resolve('tsx/cli'), join(PROJECT_ROOT, 'src/cli/new-post.ts'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, KUBECON_RECAP_ROOT: root },
    }).then(
      (result) => ({ code: 0, ...result }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
  }

  test('writes both files, which pass the content checks as they are', async () => {
    const result = await scaffold('beta-in-practice', '--follow-up', 'beta', '--title', 'Beta in practice');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('created content/posts/de/beta-in-practice.md');
    expect(result.stdout).toContain('Next steps');
    const { diagnostics } = await runContentChecks(root);
    expect(diagnostics.filter((finding) => finding.severity === 'error').map(formatDiagnostic)).toEqual([]);
    const german = await readFile(join(root, 'content/posts/de/beta-in-practice.md'), 'utf8');
    expect(german).toContain('title: "Beta in practice"');
    expect(german).toContain('followUpOf: "beta"');
  });

  test('refuses an unknown highlight with one line and writes nothing', async () => {
    const result = await scaffold('gamma', '--follow-up', 'gama');
    expect(result.code).not.toBe(0);
    expect(
      result.stderr
        .trim()
        .split('\n')
        .filter((line) => !line.includes('npm warn')),
    ).toEqual(['new:post: "gama" is not a highlight; --follow-up takes one of: alpha, beta. Nothing was written.']);
    expect(await readdir(join(root, 'content/posts/de'))).not.toContain('gamma.md');
  });
});

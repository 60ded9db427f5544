import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/lib/checks/diagnostic';
import { parseNewPostArgs, planNewPost } from '../../src/lib/authoring/new-post';
import { runContentChecks } from '../../src/lib/checks/run';
import { npmRun } from '../helpers/astro-build';
import { fixturePath, PROJECT_ROOT } from '../helpers/paths';

const existing = { slugs: new Set(['recap', 'alpha', 'beta']), highlights: new Set(['alpha', 'beta']) };

test('parseNewPostArgs reads the slug and options in any order', () => {
  const request = { slug: 'my-post', followUpOf: 'alpha', title: 'A title' };
  expect(parseNewPostArgs(['--title', 'A title', 'my-post', '--follow-up', 'alpha'])).toEqual({ ok: true, request });
});

test.each([
  [[], 'name one slug'],
  [['a', '--draft'], "Unknown option '--draft'"],
])('parseNewPostArgs refuses %j with one line and the usage', (args, message) => {
  const error = expect.stringMatching(new RegExp(`^[^\\n]*${message}[^\\n]*usage: npm run new:post`));
  expect(parseNewPostArgs(args)).toEqual({ ok: false, error });
});

test.each([
  [{ slug: 'Alpha Next', followUpOf: undefined, title: undefined }, 'is not a valid slug'],
  [{ slug: 'alpha', followUpOf: undefined, title: undefined }, 'a post "alpha" already exists'],
  [{ slug: 'gamma', followUpOf: 'gama', title: undefined }, '"gama" is not a highlight; --follow-up takes one of: alpha, beta'],
])('planNewPost refuses %j', (request, message) => {
  expect(planNewPost(request, existing, '2024-05-02')).toEqual({ ok: false, error: expect.stringContaining(message) });
});

test('npm run new:post refuses an unknown highlight with one line, then writes both files, which pass the content checks', async () => {
  const root = await mkdtemp(join(tmpdir(), 'kubecon-recap-new-post-'));
  try {
    await cp(join(fixturePath('valid'), 'content'), join(root, 'content'), { recursive: true });
    const newPost = (...args: string[]) => npmRun(PROJECT_ROOT, 'new:post', { KUBECON_RECAP_ROOT: root }, args);
    const refused = await newPost('beta-in-practice', '--follow-up', 'gama');
    expect(refused.exitCode).toBe(1);
    expect(refused.output.split('\n').filter(Boolean)).toEqual([
      'new:post: "gama" is not a highlight; --follow-up takes one of: alpha, beta. Nothing was written.',
    ]);
    expect(await readdir(join(root, 'content/posts/de'))).not.toContain('beta-in-practice.md');
    const written = await newPost('beta-in-practice', '--follow-up', 'beta', '--title', 'Beta in practice');
    expect(written.output).toContain('created content/posts/de/beta-in-practice.md');
    expect(written.output).toContain('Next steps');
    const { diagnostics } = await runContentChecks(root);
    expect(diagnostics.filter((finding) => finding.severity === 'error').map(formatDiagnostic)).toEqual([]);
    const german = await readFile(join(root, 'content/posts/de/beta-in-practice.md'), 'utf8');
    expect(german).toContain('title: "Beta in practice"');
    expect(german).toContain('followUpOf: "beta"');
    expect(german).toContain('draft: true');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

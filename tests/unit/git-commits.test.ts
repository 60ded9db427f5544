import { execFileSync } from 'node:child_process';
import { lstat, mkdir, mkdtemp, readFile, readlink, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { changesInWorkingTree, commitOf, mergeBaseOf, writeCommitFolders } from '../../src/lib/authoring/git-commits';

// The verdict reads a pull request's posts and images straight from git's objects: byte for
// byte what the commit holds, whatever its .gitattributes ask a checkout or an archive to do.

let repo = '';
let work = '';
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd: repo,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
const write = async (path: string, content: string) => {
  await mkdir(dirname(join(repo, path)), { recursive: true });
  await writeFile(join(repo, path), content);
};

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'kubecon-recap-git-'));
  work = await mkdtemp(join(tmpdir(), 'kubecon-recap-git-out-'));
  git('init', '-q', '-b', 'main');
  await write('content/posts/de/kcp.md', 'base\n');
  await write('src/site.ts', 'export {};\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'pr');
  // Attributes that would make a checkout or `git archive` show other bytes, or none at all.
  await write('.gitattributes', '* text eol=crlf\ncontent/posts/en/hidden.md export-ignore\npublic/** export-subst\n');
  await write('content/posts/en/hidden.md', 'line one\nline two\n');
  await write('public/images/a.svg', '<svg>$Format:%H$</svg>\n');
  await symlink('/etc/hostname', join(repo, 'content/posts/en/linked.md'));
  git('add', '-A');
  git('commit', '-q', '-m', 'pr');
}, 30_000);
afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

describe('writeCommitFolders', () => {
  test('writes the folders of a commit as git stores them, links as links, nothing else', async () => {
    const dest = join(work, 'pr');
    await mkdir(dest);
    await writeCommitFolders(repo, await commitOf(repo, 'pr'), ['content', 'public'], dest);
    expect(await readFile(join(dest, 'content/posts/en/hidden.md'), 'utf8')).toBe('line one\nline two\n');
    expect(await readFile(join(dest, 'public/images/a.svg'), 'utf8')).toBe('<svg>$Format:%H$</svg>\n');
    expect((await lstat(join(dest, 'content/posts/en/linked.md'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dest, 'content/posts/en/linked.md'))).toBe('/etc/hostname');
    expect((await readdir(dest)).sort()).toEqual(['content', 'public']);
  });

  test('writes an older commit as it was', async () => {
    const dest = join(work, 'base');
    await mkdir(dest);
    await writeCommitFolders(repo, await mergeBaseOf(repo, 'main', 'pr'), ['content', 'public'], dest);
    expect(await readdir(join(dest, 'content/posts'), { recursive: true })).toEqual(['de', 'de/kcp.md']);
  });
});

describe('commitOf', () => {
  test('never reads a revision as an option', async () => {
    await expect(commitOf(repo, '--output=/tmp/x')).rejects.toThrow(/^"--output=\/tmp\/x" names no commit in /);
  });
});

describe('changesInWorkingTree', () => {
  test('counts files git does not track yet as added, as an author sees a branch before committing', async () => {
    await write('content/posts/de/new-post.md', 'new\n');
    try {
      const changes = await changesInWorkingTree(repo, await commitOf(repo, 'main'));
      expect(changes).toContainEqual({ status: 'A', path: 'content/posts/de/new-post.md' });
      expect(changes).toContainEqual({ status: 'A', path: 'public/images/a.svg' });
    } finally {
      await rm(join(repo, 'content/posts/de/new-post.md'));
    }
  });
});

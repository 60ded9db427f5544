import { lstat, mkdtemp, readFile, readlink, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { changesBetween, commitOf, parseNameStatus, writeCommitFolders } from '../../src/lib/authoring/git-commits';
import { gitIn, writeIn } from '../helpers/project-repository';

// The verdict reads a pull request's file names and files straight from git: byte for byte what
// the commit holds, whatever its names hold or its .gitattributes ask a checkout or an archive to do.

let repo = '';
const git = (...args: string[]) => gitIn(repo)(...args);
const write = (path: string, text: string) => writeIn(repo, path, text);
/** Names git quotes without -z, or that read as Markdown, a table row or a workflow command. */
const HOSTILE = ['public/a\n::warning::b.svg', 'src/ü "q"\tx|y.ts', 'src/\\`z`.ts'];

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'kubecon-recap-git-'));
  git('init', '-q', '-b', 'main');
  await write('content/posts/de/kcp.md', 'base\n');
  await write('src/site.ts', 'export {};\n'.repeat(20));
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'pr');
  // Attributes that would make a checkout or `git archive` show other bytes, or none at all.
  await write('.gitattributes', '* text eol=crlf\ncontent/posts/en/hidden.md export-ignore\npublic/** export-subst\n');
  await write('content/posts/en/hidden.md', 'line one\nline two\n');
  await write('public/images/a.svg', '<svg>$Format:%H$</svg>\n');
  for (const path of HOSTILE) await write(path, `${path}\n`);
  await symlink('/etc/hostname', join(repo, 'content/posts/en/linked.md'));
  git('mv', 'src/site.ts', 'src/y [z](evil).ts');
  git('add', '-A');
  git('commit', '-q', '-m', 'pr');
}, 30_000);
afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
  await rm(`${repo}-pr`, { recursive: true, force: true });
});

describe('parseNameStatus', () => {
  test.each([
    ['', []],
    [
      'M\0README.md\0R087\0a.md\0b.md\0A\0a\nb\tc "d" ü.md\0C100\0x\0y|z`\0D\0gone.md\0',
      [
        { status: 'M', path: 'README.md' },
        { status: 'R', path: 'b.md', from: 'a.md' },
        { status: 'A', path: 'a\nb\tc "d" ü.md' },
        { status: 'C', path: 'y|z`', from: 'x' },
        { status: 'D', path: 'gone.md' },
      ],
    ],
  ])('reads %j', (output, expected) => {
    expect(parseNameStatus(output)).toEqual(expected);
  });

  test.each([['M\tREADME.md\n'], ['R100\0a.md\0'], ['M\0']])('refuses %j', (output) => {
    expect(() => parseNameStatus(output)).toThrow(/not the output of git diff -z --name-status/);
  });
});

test('changesBetween reads the names git prints, which it would quote without -z', () => {
  expect(changesBetween(repo, commitOf(repo, 'main'), commitOf(repo, 'pr'))).toEqual(
    expect.arrayContaining([
      ...HOSTILE.map((path) => ({ status: 'A', path })),
      { status: 'R', path: 'src/y [z](evil).ts', from: 'src/site.ts' },
    ]),
  );
});

test('writeCommitFolders writes the folders of a commit as git stores them, links as links, nothing else', async () => {
  const dest = `${repo}-pr`;
  await writeCommitFolders(repo, commitOf(repo, 'pr'), ['content', 'public'], dest);
  expect(await readFile(join(dest, 'content/posts/en/hidden.md'), 'utf8')).toBe('line one\nline two\n');
  expect(await readFile(join(dest, 'public/images/a.svg'), 'utf8')).toBe('<svg>$Format:%H$</svg>\n');
  expect(await readFile(join(dest, HOSTILE[0] ?? ''), 'utf8')).toBe(`${HOSTILE[0]}\n`);
  expect((await lstat(join(dest, 'content/posts/en/linked.md'))).isSymbolicLink()).toBe(true);
  expect(await readlink(join(dest, 'content/posts/en/linked.md'))).toBe('/etc/hostname');
  expect((await readdir(dest)).sort()).toEqual(['content', 'public']);
});

test('commitOf never reads a revision as an option', () => {
  expect(() => commitOf(repo, '--output=/tmp/x')).toThrow(/^"--output=\/tmp\/x" names no commit in /);
});

test('changesBetween a commit and the working tree counts files git does not track yet as added, as an author sees a branch', async () => {
  await write('content/posts/de/new-post.md', 'new\n');
  const changes = changesBetween(repo, commitOf(repo, 'main'));
  expect(changes).toContainEqual({ status: 'A', path: 'content/posts/de/new-post.md' });
  expect(changes).toContainEqual({ status: 'A', path: 'public/images/a.svg' });
});

import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { escapeForLog } from '../../src/lib/checks/diagnostic';
import {
  changedPosts,
  CONTRIBUTOR_DIRS,
  maintainerChanges,
  markdownCell,
  nameStatusArguments,
  parseNameStatus,
  prSummaryMarkdown,
  verdictMarkdown,
} from '../../src/lib/authoring/pr-summary';
import type { Diagnostic } from '../../src/lib/checks/diagnostic';
import { fixturePath, PROJECT_ROOT } from '../helpers/paths';

/** What `git diff -z --name-status` prints for changes written one a line, fields tab-separated. */
const z = (lines: string): string =>
  lines
    .split('\n')
    .filter((line) => line !== '')
    .flatMap((line) => line.split('\t'))
    .map((field) => `${field}\0`)
    .join('');

describe('parseNameStatus', () => {
  test('reads plain and rename entries, dropping the similarity score', () => {
    expect(parseNameStatus('M\0README.md\0R087\0content/posts/de/a.md\0content/posts/de/b.md\0')).toEqual([
      { status: 'M', path: 'README.md' },
      { status: 'R', path: 'content/posts/de/b.md', from: 'content/posts/de/a.md' },
    ]);
  });

  test('keeps names with newlines, tabs, quotes and other letters as they are', () => {
    expect(parseNameStatus('A\0a\nb\tc "d" ü.md\0C100\0x\0y|z`\0')).toEqual([
      { status: 'A', path: 'a\nb\tc "d" ü.md' },
      { status: 'C', path: 'y|z`', from: 'x' },
    ]);
  });

  test.each([
    ['', []],
    ['D\0gone.md\0', [{ status: 'D', path: 'gone.md' }]],
  ])('%j', (output, expected) => {
    expect(parseNameStatus(output)).toEqual(expected);
  });

  test.each([
    ['the line format of git without -z', 'M\tREADME.md\n'],
    ['a rename without its new path', 'R100\0a.md\0'],
    ['a status without a path', 'M\0'],
  ])('refuses %s', (_name, output) => {
    expect(() => parseNameStatus(output)).toThrow(/not the output of git diff -z --name-status/);
  });

  test('reads what git itself prints for unusual names, which git would quote without -z', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'kubecon-recap-pr-summary-'));
    try {
      const git = (...args: string[]) =>
        execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
          cwd: repo,
          encoding: 'utf8',
        });
      const write = async (path: string, content: string) => {
        await mkdir(dirname(join(repo, path)), { recursive: true });
        await writeFile(join(repo, path), content);
      };
      git('init', '-q', '-b', 'main');
      await write('content/posts/de/old.md', 'a\n'.repeat(20));
      await write('src/x.ts', 'b\n'.repeat(20));
      git('add', '-A');
      git('commit', '-q', '-m', 'base');
      git('checkout', '-q', '-b', 'pr');
      const hostile = ['public/a\n::warning::b.svg', 'src/ü "q"\tx|y.ts', 'src/\\`z`.ts'];
      for (const path of hostile) await write(path, `${path}\n`);
      git('mv', 'src/x.ts', 'src/y [z](evil).ts');
      git('rm', '-q', 'content/posts/de/old.md');
      git('add', '-A');
      git('commit', '-q', '-m', 'pr');
      const changes = parseNameStatus(git(...nameStatusArguments(git('merge-base', 'main', 'HEAD').trim(), 'HEAD')));
      expect(changes.sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual([
        { status: 'D', path: 'content/posts/de/old.md' },
        { status: 'A', path: 'public/a\n::warning::b.svg' },
        { status: 'A', path: 'src/\\`z`.ts' },
        { status: 'R', path: 'src/y [z](evil).ts', from: 'src/x.ts' },
        { status: 'A', path: 'src/ü "q"\tx|y.ts' },
      ]);
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });
});

describe('changedPosts', () => {
  test.each([
    ['A\tcontent/posts/de/x.md\nA\tcontent/posts/en/x.md', [{ slug: 'x', change: 'added', locales: ['de', 'en'] }]],
    ['M\tcontent/posts/en/x.md', [{ slug: 'x', change: 'modified', locales: ['en'] }]],
    ['D\tcontent/posts/de/x.md', [{ slug: 'x', change: 'deleted', locales: ['de'] }]],
    ['A\tcontent/posts/en/x.md\nM\tcontent/posts/de/x.md', [{ slug: 'x', change: 'modified', locales: ['de', 'en'] }]],
    ['R100\tcontent/posts/de/x.md\tcontent/posts/de/y.md', [{ slug: 'y', change: 'renamed', from: 'x', locales: ['de'] }]],
    ['R100\tcontent/posts/de/x.md\tcontent/posts/de/x.mdx', [{ slug: 'x', change: 'modified', locales: ['de'] }]],
    ['R100\tcontent/posts/de/x.md\tdrafts/x.md', [{ slug: 'x', change: 'deleted', locales: ['de'] }]],
    ['R100\tdrafts/x.md\tcontent/posts/de/x.md', [{ slug: 'x', change: 'added', locales: ['de'] }]],
    ['M\tsrc/site.ts\nA\ttests/fixtures/valid/content/posts/de/x.md\nA\tcontent/posts/fr/x.md\nA\tcontent/posts/de/a/b.md', []],
  ])('%j', (nameStatus, expected) => {
    expect(changedPosts(parseNameStatus(z(nameStatus)))).toEqual(expected);
  });
});

describe('maintainerChanges', () => {
  test.each([
    ['A\tcontent/posts/de/x.md\nA\tcontent/posts/images/x.png\nA\tpublic/images/x/y.svg', ['public/images/x/y.svg']],
    ['M\t.github/workflows/ci.yml', ['.github/workflows/ci.yml']],
    ['A\tsrc/components/mdx/Embed.astro\nM\tsrc/lib/mdx-components.ts', ['src/components/mdx/Embed.astro', 'src/lib/mdx-components.ts']],
    ['M\tpublic/_headers\nA\tpublic/index.html\nT\tpublic/favicon.svg', ['public/_headers', 'public/index.html', 'public/favicon.svg']],
    [
      'M\t.ci/run\nM\tpackage.json\nM\tpackage-lock.json\nD\tastro.config.ts',
      ['.ci/run', 'package.json', 'package-lock.json', 'astro.config.ts'],
    ],
    ['R100\tsrc/a.svg\tpublic/images/a.svg\nR100\tcontent/posts/de/x.md\tdrafts/x.md', ['public/images/a.svg', 'drafts/x.md']],
    ['A\tContent/posts/de/x.md\nA\tcontent/posts-x.png\nA\tcontent/x.md', ['Content/posts/de/x.md', 'content/posts-x.png', 'content/x.md']],
  ])('%j', (nameStatus, paths) => {
    expect(maintainerChanges(parseNameStatus(z(nameStatus))).map((change) => change.path)).toEqual(paths);
  });
});

describe('markdownCell', () => {
  test.each([
    ['src/site.ts', '`src/site.ts`'],
    ['.github/workflows/ci.yml', '`.github/workflows/ci.yml`'],
    ['a|b', '`a\\|b`'],
    ['a`b`', '`` a`b` ``'],
    ['``', '``` `` ```'],
    [' a ', '`  a  `'],
    ['<img src=x>', '`<img src=x>`'],
    ['[a](https://evil)', '`[a](https://evil)`'],
    ['a & b', '`a & b`'],
    ['a\n::warning::x', '`a\\u000a::warning::x`'],
    ['a\\|b', '`a\\u005c\\|b`'],
    ['x\u202e', '`x\\u202e`'],
  ])('%j → %j', (name, cell) => {
    expect(markdownCell(name)).toBe(cell);
  });
});

/** How a file name reads in the summary: backslashes and control characters as visible escapes. */
const visible = (name: string): string => escapeForLog(name.replaceAll('\\', '\\u005c'));

const markdownTree = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown);

describe('prSummaryMarkdown', () => {
  test('turns the fixture pull request into the job summary of fixture "pr-summary"', async () => {
    const dir = fixturePath('pr-summary');
    const nameStatus = z(await readFile(join(dir, 'name-status.txt'), 'utf8'));
    const expected = await readFile(join(dir, 'summary.md'), 'utf8');
    expect(`${prSummaryMarkdown(parseNameStatus(nameStatus))}\n`).toBe(expected);
  });

  test('lists both languages of every changed post, then every other file except images, for a maintainer', async () => {
    const nameStatus = z(await readFile(join(fixturePath('pr-summary'), 'name-status.txt'), 'utf8'));
    const markdown = prSummaryMarkdown(parseNameStatus(nameStatus));
    const [posts = '', others = ''] = markdown.split("## Files that need a maintainer's review");
    for (const slug of ['dagger-module', 'kcp', 'rendered-manifests-pipeline', 'sboms']) {
      expect(posts).toContain(`| \`/de/posts/${slug}/\` | \`/en/posts/${slug}/\` |`);
    }
    expect(posts).toContain('~~`/de/posts/old-notes/`~~ (gone)');
    expect(posts).toContain('renamed from `rm-pipeline`');
    expect(posts).not.toMatch(/ci\.yml|ui\.ts|gamma|README|_headers|Embed/);
    expect(markdown).not.toContain('/posts/rm-pipeline/');
    for (const file of [
      '.ci/run',
      '.github/workflows/ci.yml',
      'package.json',
      'public/_headers',
      'src/components/mdx/Embed.astro',
      'src/lib/mdx-components.ts',
      'src/i18n/ui.ts',
      'README.md',
    ]) {
      expect(others).toContain(`| \`${file}\` |`);
    }
    expect(others).toContain('| `public/images/rendered-manifests/pipeline.svg` | renamed from `src/assets/pipeline.svg` |');
    expect(others).not.toMatch(/\| `content\/posts\/|dagger-module\.png/);
  });

  test.each([
    ['A\tcontent/posts/images/x.png', 'This pull request changes no post.', false],
    ['', 'This pull request changes no post.', false],
    [
      'M\t.github/workflows/ci.yml',
      "This pull request changes no post, but it changes other files: they need a maintainer's review (below).",
      true,
    ],
    [
      'A\tpublic/index.html\nA\tpublic/images/x.png',
      "This pull request changes no post, but it changes other files: they need a maintainer's review (below).",
      true,
    ],
  ])('without a post (%j) says so, and whether other files need a maintainer', (nameStatus, sentence, listsFiles) => {
    const markdown = prSummaryMarkdown(parseNameStatus(z(nameStatus)));
    expect(markdown.split('\n')).toContain(sentence);
    expect(markdown.includes("## Files that need a maintainer's review")).toBe(listsFiles);
  });

  test('a crafted file name can neither break the tables, nor add a link, image, HTML or line, nor start a workflow command', () => {
    const hostile = [
      '.github/workflows/x\n::warning::safe to merge.yml',
      'x\r\n| injected | row |',
      'src/a|b.ts',
      'src/a\\|b.ts',
      'src/`code`.ts',
      'src/<img src=x onerror=alert(1)>.ts',
      'src/[a](https://evil.example).ts',
      '![p](https://evil.example/p.png)',
      'www.evil.example',
      'reviewer@evil.example',
      '&lt;script&gt; &amp;',
      '**bold** _em_ ~~strike~~ # h',
      '\u202egnp.exe',
      'trailing\\',
    ];
    const changes = [
      ...hostile.map((path) => ({ status: 'A', path })),
      { status: 'R', path: 'src/c|d<b>.ts', from: 'src/a`b\n::error::x' },
      { status: 'A', path: 'content/posts/de/x|y <b>[l](evil)`.md' },
    ];
    const markdown = prSummaryMarkdown(changes);
    const tree = markdownTree(markdown);
    const types = new Set<string>();
    visit(tree, (node) => {
      types.add(node.type);
    });
    for (const type of [
      'link',
      'image',
      'html',
      'emphasis',
      'strong',
      'delete',
      'linkReference',
      'imageReference',
      'definition',
      'footnoteReference',
    ]) {
      expect(types, type).not.toContain(type);
    }
    expect(tree.children.filter((node) => node.type === 'heading').length).toBe(2);
    const [postTable, fileTable] = tree.children.filter((node): node is Table => node.type === 'table');
    expect(postTable?.children.length).toBe(2);
    expect(postTable?.children.every((row) => row.children.length === 5)).toBe(true);
    expect(toString(postTable?.children[1]?.children[0])).toBe('x|y <b>[l](evil)`');
    expect(toString(postTable?.children[1]?.children[3])).toBe('/de/posts/x|y <b>[l](evil)`/');
    expect(fileTable?.children.every((row) => row.children.length === 2)).toBe(true);
    expect(fileTable?.children.slice(1).map((row) => toString(row.children[0]))).toEqual([...hostile, 'src/c|d<b>.ts'].map(visible));
    expect(toString(fileTable?.children.at(-1)?.children[1])).toBe(`renamed from ${visible('src/a`b\n::error::x')}`);
    // Every line is one the summary writes itself: no file name starts one.
    for (const line of markdown.split('\n'))
      expect(line).toMatch(/^(?:## .*|\| .* \||This pull request .*|Screenshots of these pages .*|\d+ page\(s\) .*)?$/);
  });
});

describe('verdictMarkdown', () => {
  const commits = { codeCommit: 'a'.repeat(40), head: 'b'.repeat(40), mergeBase: 'c'.repeat(40) };

  test('names the code that judged, the commit judged and the one compared with, and says when the checks pass', () => {
    const markdown = verdictMarkdown({ ...commits, diagnostics: [], changes: [{ status: 'A', path: 'content/posts/de/x.md' }] });
    expect(markdown).toContain(
      'The content checks of `aaaaaaaaaaaa` read `content/` and `public/` of `bbbbbbbbbbbb` as data, and compared the addresses they publish with `cccccccccccc`',
    );
    expect(markdown).toContain('**The content checks pass.**');
    expect(markdown).toContain('| `x` | added | de |');
    expect(markdown).not.toContain("## Files that need a maintainer's review");
  });

  test('lists every finding in a table whose cells a post cannot leave', () => {
    const diagnostics: Diagnostic[] = [
      {
        severity: 'error',
        file: 'content/posts/en/x|y.md',
        line: 7,
        subject: 'topics.0',
        message: '"a\n| b | c |\n::error::x" is not a topic',
        fix: 'use one of the topics',
      },
      { severity: 'warning', file: 'content/posts/de/x.md', message: '`code` <b>[l](https://evil.example)</b>', fix: 'f' },
    ];
    const markdown = verdictMarkdown({ ...commits, diagnostics, changes: [] });
    expect(markdown).toContain("**1 error(s), 1 warning(s)**, each a line of this job's log and an annotation of this run:");
    const tree = markdownTree(markdown);
    const [findings] = tree.children.filter((node): node is Table => node.type === 'table');
    expect(findings?.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([
      ['File', 'Line', 'Finding'],
      ['content/posts/en/x|y.md', '7', 'error topics.0: "a\\u000a| b | c |\\u000a::error::x" is not a topic. Fix: use one of the topics'],
      ['content/posts/de/x.md', '', 'warning `code` <b>[l](https://evil.example)</b>. Fix: f'],
    ]);
    const types = new Set<string>();
    if (findings) visit(findings, (node) => void types.add(node.type));
    for (const type of ['link', 'html', 'emphasis', 'strong']) expect(types, type).not.toContain(type);
  });
});

/** The rules of .github/CODEOWNERS: a pattern and its owners per line. */
async function codeOwnersRules(): Promise<string[][]> {
  return (await readFile(join(PROJECT_ROOT, '.github/CODEOWNERS'), 'utf8'))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.split(/\s+/));
}

/** The owners GitHub gives a path: those of the last line that matches it ("*" or "/folder/"). */
function ownersOf(rules: readonly string[][], path: string): string[] {
  let owners: string[] = [];
  for (const [pattern = '', ...names] of rules) {
    if (pattern !== '*' && !/^\/[^*?]+\/$/.test(pattern)) throw new Error(`ownersOf does not read the pattern ${pattern}`);
    if (pattern === '*' || path.startsWith(pattern.slice(1))) owners = names;
  }
  return owners;
}

describe('.github/CODEOWNERS', () => {
  test('owns every path for the maintainers except exactly the folders a post may change alone', async () => {
    const rules = await codeOwnersRules();
    expect(rules[0]).toEqual(['*', '@puzzle/cicd']);
    // Later lines win: these, without an owner, leave the posts and their images to the checks.
    expect(rules.slice(1)).toEqual(CONTRIBUTOR_DIRS.map((dir) => [`/${dir}`]));
  });

  test('leaves the workflows, the problem matcher, the gate’s code and the list of removed addresses to a maintainer', async () => {
    const rules = await codeOwnersRules();
    for (const path of [
      '.github/workflows/ci.yml',
      '.github/workflows/pr-verdict.yml',
      '.github/content-check-matcher.json',
      '.github/CODEOWNERS',
      '.ci/run',
      'src/cli/pr-verdict.ts',
      'src/lib/checks/run.ts',
      'src/lib/authoring/pr-summary.ts',
      'package.json',
      'package-lock.json',
      'content/gone.txt',
      'content/posts.md',
      'public/_headers',
    ]) {
      expect(ownersOf(rules, path), path).toEqual(['@puzzle/cicd']);
    }
    for (const path of ['content/posts/de/new-post.md', 'content/posts/images/new-post-diagram.png'])
      expect(ownersOf(rules, path), path).toEqual([]);
  });
});

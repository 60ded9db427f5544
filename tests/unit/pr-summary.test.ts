import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { parseNameStatus } from '../../src/lib/authoring/git-commits';
import {
  changedPosts,
  CONTRIBUTOR_DIRS,
  maintainerChanges,
  markdownCell,
  prSummaryMarkdown,
  verdictMarkdown,
} from '../../src/lib/authoring/pr-summary';
import { escapeForLog, type Diagnostic } from '../../src/lib/checks/diagnostic';
import { fixturePath, PROJECT_ROOT } from '../helpers/paths';

/** The changes of `git diff -z --name-status` output written one a line, fields tab-separated. */
const changesOf = (lines: string) => parseNameStatus(lines.trim() === '' ? '' : `${lines.trim().replace(/[\t\n]/g, '\0')}\0`);

/** The Markdown tree GitHub renders a summary into. */
const markdownTree = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown);

/** The kinds of markup a file name or a finding must never become. */
const MARKUP = new Set('link image html emphasis strong delete linkReference imageReference definition footnoteReference'.split(' '));

/** The markup in a tree, by kind. */
function markupIn(tree: Root | Table): string[] {
  const found: string[] = [];
  visit(tree, (node) => void (MARKUP.has(node.type) && found.push(node.type)));
  return found;
}

test.each([
  ['A\tcontent/posts/de/x.md\nA\tcontent/posts/en/x.md', [{ slug: 'x', change: 'added', locales: ['de', 'en'] }]],
  ['M\tcontent/posts/en/x.md', [{ slug: 'x', change: 'changed', locales: ['en'] }]],
  ['D\tcontent/posts/de/x.md', [{ slug: 'x', change: 'deleted', locales: ['de'] }]],
  ['A\tcontent/posts/en/x.md\nM\tcontent/posts/de/x.md', [{ slug: 'x', change: 'changed', locales: ['de', 'en'] }]],
  ['R100\tcontent/posts/de/x.md\tcontent/posts/de/y.md', [{ slug: 'y', change: 'renamed', from: 'x', locales: ['de'] }]],
  ['R100\tcontent/posts/de/x.md\tcontent/posts/de/x.mdx', [{ slug: 'x', change: 'changed', locales: ['de'] }]],
  ['R100\tcontent/posts/de/x.md\tdrafts/x.md', [{ slug: 'x', change: 'deleted', locales: ['de'] }]],
  ['R100\tdrafts/x.md\tcontent/posts/de/x.md', [{ slug: 'x', change: 'added', locales: ['de'] }]],
  ['M\tsrc/site.ts\nA\ttests/fixtures/valid/content/posts/de/x.md\nA\tcontent/posts/fr/x.md\nA\tcontent/posts/de/a/b.md', []],
])('changedPosts(%j)', (nameStatus, expected) => {
  expect(changedPosts(changesOf(nameStatus))).toEqual(expected);
});

test.each([
  ['A\tcontent/posts/de/x.md\nA\tcontent/posts/images/x.png\nA\tpublic/images/x/y.svg', ['public/images/x/y.svg']],
  [
    'M\t.ci/run\nM\tpackage.json\nD\tastro.config.ts\nT\tpublic/favicon.svg',
    ['.ci/run', 'package.json', 'astro.config.ts', 'public/favicon.svg'],
  ],
  ['R100\tsrc/a.svg\tpublic/images/a.svg\nR100\tcontent/posts/de/x.md\tdrafts/x.md', ['public/images/a.svg', 'drafts/x.md']],
  [
    'A\tContent/posts/de/x.md\nA\tcontent/posts-x.png\nM\tcontent/gone.txt',
    ['Content/posts/de/x.md', 'content/posts-x.png', 'content/gone.txt'],
  ],
])('maintainerChanges(%j)', (nameStatus, paths) => {
  expect(maintainerChanges(changesOf(nameStatus)).map((change) => change.path)).toEqual(paths);
});

test.each([
  ['src/site.ts', '`src/site.ts`'],
  ['a|b', '`a\\|b`'],
  ['a`b`', '`` a`b` ``'],
  ['``', '` `` `'],
  [' a ', '`  a  `'],
  ['[a](https://evil)', '`[a](https://evil)`'],
  ['a\n::warning::x', '`a\\u000a::warning::x`'],
  ['a\\|b', '`a\\u005c\\|b`'],
  ['x\u202e', '`x\\u202e`'],
])('markdownCell(%j) is %j', (name, cell) => {
  expect(markdownCell(name)).toBe(cell);
});

describe('prSummaryMarkdown', () => {
  test.each([
    ['A\tcontent/posts/images/x.png', 'This pull request changes no post.', false],
    [
      'A\tpublic/index.html',
      "This pull request changes no post, but it changes other files: they need a maintainer's review (below).",
      true,
    ],
  ])('without a post (%j) says so, and whether other files need a maintainer', (nameStatus, sentence, listsFiles) => {
    const markdown = prSummaryMarkdown(changesOf(nameStatus));
    expect(markdown.split('\n')).toContain(sentence);
    expect(markdown.includes("## Files that need a maintainer's review")).toBe(listsFiles);
  });

  test('a crafted file name can neither break the tables, nor add markup or a line, nor start a workflow command', () => {
    const hostile = [
      '.github/workflows/x\n::warning::safe to merge.yml',
      'x\r\n| injected | row |',
      'src/a\\|b.ts',
      'src/<img src=x onerror=alert(1)>`code`.ts',
      '![p](https://evil.example/p.png) [a](https://evil.example)',
      'www.evil.example reviewer@evil.example',
      '&lt;script&gt; **bold** _em_ ~~strike~~ # h',
      '\u202egnp.exe',
      'trailing\\',
    ];
    const post = 'content/posts/de/x|y <b>[l](evil)`.md';
    const changes = [...hostile.map((path) => ({ status: 'A', path })), { status: 'R', path: 'src/c|d.ts', from: 'src/a`b\n::error::x' }];
    const markdown = prSummaryMarkdown([...changes, { status: 'A', path: post }]);
    const tree = markdownTree(markdown);
    expect(markupIn(tree)).toEqual([]);
    expect(tree.children.filter((node) => node.type === 'heading')).toHaveLength(2);
    const [posts, files] = tree.children.filter((node): node is Table => node.type === 'table');
    const cells = (table: Table | undefined) => table?.children.slice(1).map((row) => row.children.map((cell) => toString(cell)));
    /** How a file name reads in the summary: backslashes and control characters as visible escapes. */
    const visible = (name: string): string => escapeForLog(name.replaceAll('\\', '\\u005c'));
    expect(cells(posts)).toEqual([['x|y <b>[l](evil)`', 'added', 'de', '/de/posts/x|y <b>[l](evil)`/', '/en/posts/x|y <b>[l](evil)`/']]);
    expect(cells(files)).toEqual([
      ...hostile.map((path) => [visible(path), 'added']),
      ['src/c|d.ts', `renamed from ${visible('src/a`b\n::error::x')}`],
    ]);
    // Every line is one the summary writes itself: no file name starts one.
    for (const line of markdown.split('\n'))
      expect(line).toMatch(/^(?:## .*|\| .* \||This pull request .*|Screenshots of these pages .*|\d+ page\(s\) .*)?$/);
  });
});

describe('verdictMarkdown', () => {
  const commits = { codeCommit: 'a'.repeat(40), head: 'b'.repeat(40), mergeBase: 'c'.repeat(40) };
  const diagnostics: Diagnostic[] = [
    {
      severity: 'error',
      file: 'content/posts/en/k|x.md',
      line: 7,
      subject: 'topics.0',
      message: '"a\n| b |\n::error::x" is no topic',
      fix: 'f',
    },
    { severity: 'warning', file: 'content/posts/de/kcp.md', message: '`code` <b>[l](https://evil.example)</b>', fix: 'g' },
  ];

  test('turns the fixture pull request and two findings into the job summary of fixture "pr-summary", whose cells no finding leaves', async () => {
    const dir = fixturePath('pr-summary');
    const markdown = verdictMarkdown({ ...commits, diagnostics, changes: changesOf(await readFile(join(dir, 'name-status.txt'), 'utf8')) });
    expect(`${markdown}\n`).toBe(await readFile(join(dir, 'verdict.md'), 'utf8'));
    const tables = markdownTree(markdown).children.filter((node): node is Table => node.type === 'table');
    // The only markup in a table is the summary's own: the struck-through pages of the deleted post.
    expect(tables.flatMap(markupIn)).toEqual(['delete', 'delete']);
    const cellsPerRow = tables.map((table) => table.children.map((row) => row.children.length));
    expect(cellsPerRow).toEqual([[3, 3, 3], Array(6).fill(5), Array(11).fill(2)]);
  });

  test('says when the checks pass', () => {
    expect(verdictMarkdown({ ...commits, diagnostics: [], changes: [] })).toContain('\n**The content checks pass.**\n');
  });
});

test('.github/CODEOWNERS owns every path for the maintainers except exactly the folders a post may change alone', async () => {
  const rules = (await readFile(join(PROJECT_ROOT, '.github/CODEOWNERS'), 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.trim().split(/\s+/));
  // Later lines win: these, without an owner, leave the posts and their images to the checks.
  expect(rules).toEqual([['*', '@puzzle/cicd'], ...CONTRIBUTOR_DIRS.map((dir) => [`/${dir}`])]);
});

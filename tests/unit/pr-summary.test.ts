import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { changedPosts, parseNameStatus, prSummaryMarkdown } from '../../src/lib/pr-summary';
import { fixturePath } from '../helpers/paths';

describe('parseNameStatus', () => {
  test('reads plain and rename lines, dropping the similarity score', () => {
    expect(parseNameStatus('M\tREADME.md\nR087\tcontent/posts/de/a.md\tcontent/posts/de/b.md\n\n')).toEqual([
      { status: 'M', path: 'README.md' },
      { status: 'R', path: 'content/posts/de/b.md', from: 'content/posts/de/a.md' },
    ]);
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
    expect(changedPosts(parseNameStatus(nameStatus))).toEqual(expected);
  });
});

describe('prSummaryMarkdown', () => {
  test('turns the fixture pull request into the job summary of fixture "pr-summary"', async () => {
    const dir = fixturePath('pr-summary');
    const nameStatus = await readFile(join(dir, 'name-status.txt'), 'utf8');
    const expected = await readFile(join(dir, 'summary.md'), 'utf8');
    expect(`${prSummaryMarkdown(parseNameStatus(nameStatus), 'http://127.0.0.1:4321')}\n`).toBe(expected);
  });

  test('lists both languages of every changed post and ignores files that are not posts', async () => {
    const nameStatus = await readFile(join(fixturePath('pr-summary'), 'name-status.txt'), 'utf8');
    const markdown = prSummaryMarkdown(parseNameStatus(nameStatus), 'http://127.0.0.1:4321');
    for (const slug of ['dagger-module', 'kcp', 'rendered-manifests-pipeline', 'sboms']) {
      expect(markdown).toContain(`| \`/de/posts/${slug}/\` | \`/en/posts/${slug}/\` |`);
    }
    expect(markdown).toContain('~~`/de/posts/old-notes/`~~ (gone)');
    expect(markdown).toContain('renamed from `rm-pipeline`');
    expect(markdown).not.toMatch(/ci\.yml|ui\.ts|gamma|README/);
    expect(markdown).not.toContain('/posts/rm-pipeline/');
  });

  test('says so when no post changed', () => {
    expect(prSummaryMarkdown(parseNameStatus('M\tsrc/site.ts'), 'http://127.0.0.1:4321')).toContain('This pull request changes no post.');
  });
});

import { existsSync } from 'node:fs';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { npmRun } from '../helpers/astro-build';
import { hasBrowser } from '../helpers/browser';
import { projectRepository, type ProjectRepository } from '../helpers/project-repository';

// A pull request that adds a follow-up in both languages, previewed as its author and its
// reviewer would: `npm run pr:preview -- main` in the pull request's checkout.

const post = (title: string) => `---
type: "follow-up"
followUpOf: "alpha"
title: "${title}"
description: "A follow-up that a pull request adds to the fixture, long enough for the schema."
pubDate: 2024-05-01
topics: ["kubernetes"]
---
A new follow-up of Alpha.

## What is new {#what-is-new}

Plenty.
`;

/** The width a PNG file declares in its header (bytes 16–19 of the IHDR chunk). */
async function pngWidth(file: string): Promise<number> {
  const handle = await open(file);
  try {
    const { buffer } = await handle.read(Buffer.alloc(24), 0, 24, 0);
    return buffer.readUInt32BE(16);
  } finally {
    await handle.close();
  }
}

describe.runIf(hasBrowser())('npm run pr:preview on a pull request that adds a post', () => {
  let repo: ProjectRepository;
  let work = '';
  let out = '';
  let result = { exitCode: 1, output: '' };
  let summary = '';

  beforeAll(async () => {
    repo = await projectRepository('kubecon-recap-preview');
    work = await mkdtemp(join(tmpdir(), 'kubecon-recap-preview-out-'));
    out = join(work, 'preview');
    await repo.write('content/posts/de/alpha-extra.md', post('Alpha, noch einmal'));
    await repo.write('content/posts/en/alpha-extra.md', post('Alpha, once more'));
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'A follow-up of Alpha');
    result = await npmRun(repo.root, 'pr:preview', { GITHUB_STEP_SUMMARY: join(work, 'summary.md') }, ['main', '--out', out]);
    summary = await readFile(join(work, 'summary.md'), 'utf8').catch(() => '');
  }, 240_000);
  afterAll(async () => {
    await repo?.remove();
    await rm(work, { recursive: true, force: true });
  });

  test('names its folder on the last line, with the built site in it', () => {
    expect(result.exitCode, result.output).toBe(0);
    expect(result.output.trimEnd().split('\n').at(-1)).toBe(out);
    expect(existsSync(join(out, 'site/en/posts/alpha-extra/index.html'))).toBe(true);
  });

  test('takes the new post in both languages at phone and desktop width, and the pages that list it', async () => {
    for (const locale of ['de', 'en']) {
      for (const [viewport, width] of [
        ['phone', 390],
        ['desktop', 1280],
      ] as const) {
        const file = `screenshots/${locale}-posts-alpha-extra-${viewport}.png`;
        expect(await pngWidth(join(out, file)), file).toBe(width);
        expect(summary).toContain(`\`${file}\``);
      }
      expect(summary).toContain(`| \`/${locale}/posts/alpha-extra/\` | new | \`screenshots/${locale}-posts-alpha-extra-phone.png\` |`);
      for (const listing of [`/${locale}/posts/alpha/`, `/${locale}/posts/recap/`, `/${locale}/`, `/${locale}/talks/`]) {
        expect(summary).toContain(`| \`${listing}\` | lists a changed post |`);
      }
    }
    expect(summary).toContain('`npx serve site`');
    expect(summary).toContain('`npm run preview`');
    const index = await readFile(join(out, 'index.html'), 'utf8');
    expect(index).toContain('src="screenshots/en-posts-alpha-extra-desktop.png"');
    expect(await readFile(join(out, 'summary.md'), 'utf8')).toBe(summary);
  });

  test('and the verdict on the same pull request names no file for a maintainer', async () => {
    const summaryFile = join(work, 'verdict.md');
    const { exitCode, output } = await npmRun(repo.root, 'pr:verdict', { GITHUB_STEP_SUMMARY: summaryFile }, ['main']);
    expect(exitCode, output).toBe(0);
    expect(output).toContain('content check: 11 post files, 0 error(s)');
    const verdict = await readFile(summaryFile, 'utf8');
    expect(verdict).toContain('| `alpha-extra` | added | de, en |');
    expect(verdict).not.toContain("Files that need a maintainer's review");
  }, 60_000);
});

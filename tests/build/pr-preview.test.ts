import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { npmRun } from '../helpers/astro-build';
import { hasBrowser } from '../helpers/browser';
import { followUpOfAlpha, projectRepository, type ProjectRepository } from '../helpers/project-repository';

// A pull request that adds a follow-up in both languages, previewed as its author and its
// reviewer would: `npm run pr:preview -- main` in the pull request's checkout.

const BODY = 'A new follow-up of Alpha.\n\n## What is new {#what-is-new}\n\nPlenty.';

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
    await repo.write('content/posts/de/alpha-extra.md', followUpOfAlpha('Alpha, noch einmal', BODY));
    await repo.write('content/posts/en/alpha-extra.md', followUpOfAlpha('Alpha, once more', BODY));
    repo.git('add', '-A');
    repo.git('commit', '-q', '-m', 'A follow-up of Alpha');
    result = await npmRun(repo.root, 'pr:preview', { GITHUB_STEP_SUMMARY: join(work, 'summary.md') }, ['main', '--out', out]);
    summary = await readFile(join(work, 'summary.md'), 'utf8').catch(() => '');
  }, 240_000);
  afterAll(async () => {
    await repo?.remove();
    await rm(work, { recursive: true, force: true });
  });

  test('names its folder on the last line, with the built site, and takes the new post at phone and desktop width, and the pages that list it', async () => {
    expect(result.exitCode, result.output).toBe(0);
    expect(result.output.trimEnd().split('\n').at(-1)).toBe(out);
    expect(existsSync(join(out, 'site/en/posts/alpha-extra/index.html'))).toBe(true);
    for (const locale of ['de', 'en']) {
      for (const [viewport, width] of Object.entries({ phone: 390, desktop: 1280 })) {
        const file = `screenshots/${locale}-posts-alpha-extra-${viewport}.png`;
        expect((await sharp(join(out, file)).metadata()).width, file).toBe(width);
      }
      expect(summary).toContain(
        `| \`/${locale}/posts/alpha-extra/\` | new | \`screenshots/${locale}-posts-alpha-extra-phone.png\` | \`screenshots/${locale}-posts-alpha-extra-desktop.png\` |`,
      );
      for (const listing of [`/${locale}/posts/alpha/`, `/${locale}/posts/recap/`, `/${locale}/`, `/${locale}/talks/`])
        expect(summary).toContain(`| \`${listing}\` | lists a changed post |`);
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

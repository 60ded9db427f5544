import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { npmRun } from '../helpers/astro-build';
import { hasBrowser } from '../helpers/browser';
import { followUpOfAlpha, projectRepository } from '../helpers/project-repository';

// A pull request that adds a follow-up in both languages, previewed as its author and its
// reviewer would: `npm run pr:preview -- main` in the pull request's checkout.

const BODY = 'A new follow-up of Alpha.\n\n## What is new {#what-is-new}\n\nPlenty.';

test.runIf(hasBrowser())(
  'npm run pr:preview on a pull request that adds a post names its folder on the last line, with the built site, and takes the new post at phone and desktop width, and the pages that list it',
  async () => {
    const repo = await projectRepository('kubecon-recap-preview');
    const work = await mkdtemp(join(tmpdir(), 'kubecon-recap-preview-out-'));
    try {
      const out = join(work, 'preview');
      await repo.write('content/posts/de/alpha-extra.md', followUpOfAlpha('Alpha, noch einmal', BODY));
      await repo.write('content/posts/en/alpha-extra.md', followUpOfAlpha('Alpha, once more', BODY));
      repo.git('add', '-A');
      repo.git('commit', '-q', '-m', 'A follow-up of Alpha');
      const result = await npmRun(repo.root, 'pr:preview', { GITHUB_STEP_SUMMARY: join(work, 'summary.md') }, ['main', '--out', out]);
      expect(result.exitCode, result.output).toBe(0);
      expect(result.output.trimEnd().split('\n').at(-1)).toBe(out);
      expect(existsSync(join(out, 'site/en/posts/alpha-extra/index.html'))).toBe(true);
      const summary = await readFile(join(work, 'summary.md'), 'utf8');
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
      expect(await readFile(join(out, 'index.html'), 'utf8')).toContain('src="screenshots/en-posts-alpha-extra-desktop.png"');
      expect(await readFile(join(out, 'summary.md'), 'utf8')).toBe(summary);
    } finally {
      await repo.remove();
      await rm(work, { recursive: true, force: true });
    }
  },
  240_000,
);

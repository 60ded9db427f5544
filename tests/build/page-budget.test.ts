import { describe, expect, inject, test } from 'vitest';
import { weighPage } from '../../bench/page-weight';
import { readDistPages } from '../helpers/dist';

/** The budget for our own JavaScript on a post page, gzip, all scripts together. */
const POST_SCRIPT_BUDGET = 2048;

describe('page weight', () => {
  test('every post page loads at most 2 KB (gzip) of JavaScript', async () => {
    const distDir = inject('distDir');
    const posts = (await readDistPages(distDir)).filter((page) => /^\/(de|en)\/posts\/[^/]+\/$/.test(page.path));
    expect(posts.length).toBeGreaterThan(10);
    for (const { path } of posts) {
      const { js } = await weighPage(distDir, path);
      expect(js.gzip, `${path}: ${js.gzip} B gzip of JavaScript`).toBeLessThanOrEqual(POST_SCRIPT_BUDGET);
    }
  });
});

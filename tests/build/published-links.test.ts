import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { npmRun } from '../helpers/astro-build';
import { pageAt, readDistPages } from '../helpers/dist';
import { renamedSite, type RenamedSite } from '../helpers/renamed-site';

// A published link keeps working when the post declares what became of it: the old id of a
// renamed heading stays on its section, a renamed post's old address redirects. Whether a
// pull request declared every address it takes away is the verdict's job
// (tests/unit/published-links.test.ts, tests/build/pr-verdict.test.ts).

let site: RenamedSite;
beforeAll(async () => {
  site = await renamedSite();
}, 60_000);
afterAll(async () => site.remove());

describe('npm run build with an alias, a redirect and a removed post declared', () => {
  test('keeps the old id on its section and the old post address as a redirect page', async () => {
    const { exitCode, output } = await npmRun(site.root, 'build');
    expect(exitCode, output).toBe(0);
    const pages = await readDistPages(join(site.root, 'dist'), { withRedirects: true });
    for (const locale of ['de', 'en']) {
      const alpha = pageAt(pages, `/${locale}/posts/alpha/`);
      expect(alpha.querySelector('#how-it-works')?.parentNode?.getAttribute('id')).toBe('steps');
      const redirect = pageAt(pages, `/${locale}/posts/beta/`);
      expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0;url=/${locale}/posts/gamma/`);
      expect(redirect.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`/${locale}/posts/gamma/$`));
    }
    const sitemap = await readFile(join(site.root, 'dist/sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/de/posts/gamma/');
    expect(sitemap).not.toContain('/posts/beta/');
    expect(sitemap).not.toContain('alpha-deep-dive');
  }, 180_000);
});

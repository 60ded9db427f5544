import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { pageAt, readDistPages } from '../helpers/dist';

// A published link keeps working when the post declares what became of it: the old id of a
// renamed heading stays on its section, a renamed post's old address redirects. Whether a
// pull request declared every address it takes away is the verdict's job
// (tests/unit/published-links.test.ts, tests/build/pr-verdict.test.ts).

describe('npm run build with an alias, a redirect and a removed post declared', () => {
  test('keeps the old id on its section and the old post address as a redirect page', async () => {
    const { dist } = inject('sites').renamed;
    const pages = await readDistPages(dist, { withRedirects: true });
    for (const locale of ['de', 'en']) {
      const alpha = pageAt(pages, `/${locale}/posts/alpha/`);
      expect(alpha.querySelector('#how-it-works')?.parentNode?.getAttribute('id')).toBe('steps');
      const redirect = pageAt(pages, `/${locale}/posts/beta/`);
      expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0;url=/${locale}/posts/gamma/`);
      expect(redirect.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`/${locale}/posts/gamma/$`));
    }
    const sitemap = await readFile(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/de/posts/gamma/');
    expect(sitemap).not.toContain('/posts/beta/');
    expect(sitemap).not.toContain('alpha-deep-dive');
  });
});

import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import type { FileChange } from '../../src/lib/authoring/pr-summary';
import { pageFileName, previewPages, type PreviewPost } from '../../src/lib/preview/preview-pages';
import { previewIndexHtml, previewMarkdown } from '../../src/lib/preview/preview-report';

const POSTS: PreviewPost[] = [
  { slug: 'recap', type: 'recap', images: [] },
  { slug: 'kcp', type: 'highlight', images: ['content/posts/images/kcp-api.png'] },
  { slug: 'kcp-hands-on', type: 'follow-up', followUpOf: 'kcp', images: [] },
  { slug: 'dagger', type: 'highlight', images: [] },
];

/** The recap, the home page and the talk index in one language. */
const listings = (locale: string, change: string) =>
  [`/${locale}/posts/recap/`, `/${locale}/`, `/${locale}/talks/`].map((path) => [path, change]);

const pagesOf = (changes: FileChange[]) => previewPages(changes, POSTS).map((page) => [page.path, page.change]);

test.each([
  ['/de/posts/kcp/', 'de-posts-kcp'],
  ['/', 'root'],
  ['/en/search/?q=sbom', 'en-search'],
  ['/en/posts/recap/#kcp', 'en-posts-recap'],
])('pageFileName(%s) is %s', (path, name) => {
  expect(pageFileName(path)).toBe(name);
});

describe('previewPages', () => {
  test('a new follow-up: its pages in both languages, its highlight, the recap, the home page and the talk index', () => {
    const added = ['de', 'en'].map((locale) => ({ status: 'A', path: `content/posts/${locale}/kcp-hands-on.md` }));
    expect(pagesOf(added)).toEqual([
      ['/de/posts/kcp-hands-on/', 'new'],
      ['/en/posts/kcp-hands-on/', 'new'],
      ...['de', 'en'].flatMap((locale) => [[`/${locale}/posts/kcp/`, 'lists a changed post'], ...listings(locale, 'lists a changed post')]),
    ]);
  });

  test('a changed, a deleted and a renamed post (its old address removed), and a post whose image changed', () => {
    const pages = pagesOf([
      { status: 'M', path: 'content/posts/en/dagger.md' },
      { status: 'D', path: 'content/posts/de/old.md' },
      { status: 'R', from: 'content/posts/de/recap.md', path: 'content/posts/de/recap-2024.md' },
      { status: 'M', path: 'content/posts/images/kcp-api.png' },
    ]);
    expect(pages.slice(0, 10)).toEqual(
      [
        ['dagger', 'changed'],
        ['old', 'removed'],
        ['recap-2024', 'new'],
        ['recap', 'removed'],
        ['kcp', 'changed'],
      ].flatMap(([slug, change]) => ['de', 'en'].map((locale) => [`/${locale}/posts/${slug}/`, change])),
    );
  });

  test('code or styles without a post: the listing pages as samples; anything else: no page', () => {
    expect(pagesOf([{ status: 'M', path: 'src/styles/post.css' }])).toEqual(
      ['de', 'en'].flatMap((locale) => listings(locale, 'shows changed code')),
    );
    expect(pagesOf([{ status: 'M', path: 'README.md' }])).toEqual([]);
  });
});

test('the preview’s summary and index page name every page with its change and screenshots, and keep an address as text', () => {
  const [page] = previewPages([{ status: 'A', path: 'content/posts/de/a|b<img src=x onerror=alert(1)>`c.md' }], POSTS);
  const markdown = previewMarkdown(page ? [page] : []);
  expect(markdown).toContain('| Page | Change | phone (390 px) | desktop (1280 px) |');
  expect(markdown).toContain(
    '| ``/de/posts/a\\|b<img src=x onerror=alert(1)>`c/`` | new | ``screenshots/de-posts-a\\|b<img src=x onerror=alert(1)>`c-phone.png`` |',
  );
  expect(previewMarkdown([])).toContain('This pull request changes no page of the site.');
  const html = parse(previewIndexHtml(page ? [page] : []));
  expect(html.querySelectorAll('img').map((image) => image.getAttribute('src'))).toEqual(
    ['phone', 'desktop'].map((width) => `screenshots/de-posts-a|b<img src=x onerror=alert(1)>\`c-${width}.png`),
  );
  expect(html.querySelectorAll('[onerror]')).toEqual([]);
  expect(html.querySelector('h2 code')?.textContent).toBe('/de/posts/a|b<img src=x onerror=alert(1)>`c/');
});

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

const LISTINGS = (change: string) =>
  ['de', 'en'].flatMap((locale) => [
    [`/${locale}/posts/recap/`, change],
    [`/${locale}/`, change],
    [`/${locale}/talks/`, change],
  ]);

const pagesOf = (changes: FileChange[]) => previewPages(changes, POSTS).map((page) => [page.path, page.change]);

describe('pageFileName', () => {
  test.each([
    ['/de/posts/kcp/', 'de-posts-kcp'],
    ['/en/', 'en'],
    ['/', 'root'],
    ['/en/search/?q=sbom', 'en-search'],
    ['/en/posts/recap/#kcp', 'en-posts-recap'],
  ])('%s → %s', (path, name) => {
    expect(pageFileName(path)).toBe(name);
  });
});

describe('previewPages', () => {
  test('a new follow-up: its pages in both languages, its highlight, the recap, the home page and the talk index', () => {
    expect(
      pagesOf([
        { status: 'A', path: 'content/posts/de/kcp-hands-on.md' },
        { status: 'A', path: 'content/posts/en/kcp-hands-on.md' },
      ]),
    ).toEqual([
      ['/de/posts/kcp-hands-on/', 'new'],
      ['/en/posts/kcp-hands-on/', 'new'],
      ['/de/posts/kcp/', 'lists a changed post'],
      ...LISTINGS('lists a changed post').slice(0, 3),
      ['/en/posts/kcp/', 'lists a changed post'],
      ...LISTINGS('lists a changed post').slice(3),
    ]);
  });

  test('a changed, a deleted and a renamed post; the old address of a rename is removed', () => {
    const pages = pagesOf([
      { status: 'M', path: 'content/posts/en/dagger.md' },
      { status: 'D', path: 'content/posts/de/old.md' },
      { status: 'D', path: 'content/posts/en/old.md' },
      { status: 'R', from: 'content/posts/de/kcp.md', path: 'content/posts/de/kcp-api.md' },
    ]);
    expect(pages.slice(0, 8)).toEqual([
      ['/de/posts/dagger/', 'changed'],
      ['/en/posts/dagger/', 'changed'],
      ['/de/posts/kcp-api/', 'new'],
      ['/en/posts/kcp-api/', 'new'],
      ['/de/posts/kcp/', 'removed'],
      ['/en/posts/kcp/', 'removed'],
      ['/de/posts/old/', 'removed'],
      ['/en/posts/old/', 'removed'],
    ]);
  });

  test('a changed image changes the posts that show it', () => {
    expect(pagesOf([{ status: 'M', path: 'content/posts/images/kcp-api.png' }]).slice(0, 2)).toEqual([
      ['/de/posts/kcp/', 'changed'],
      ['/en/posts/kcp/', 'changed'],
    ]);
  });

  test('code or styles without a post: the listing pages as samples; anything else: no page', () => {
    expect(pagesOf([{ status: 'M', path: 'src/styles/post.css' }])).toEqual(LISTINGS('shows changed code'));
    expect(
      pagesOf([
        { status: 'M', path: 'README.md' },
        { status: 'A', path: 'tests/unit/x.test.ts' },
      ]),
    ).toEqual([]);
  });
});

describe('the preview’s summary and index page', () => {
  const hostile = previewPages([{ status: 'A', path: 'content/posts/de/a|b<img src=x onerror=alert(1)>`c.md' }], POSTS);

  test('name every page with its change and the file of each width', () => {
    const [first] = previewPages([{ status: 'A', path: 'content/posts/de/kcp-hands-on.md' }], POSTS);
    const markdown = previewMarkdown(first ? [first] : []);
    expect(markdown).toContain('| Page | Change | phone (390 px) | desktop (1280 px) |');
    expect(markdown).toContain(
      '| `/de/posts/kcp-hands-on/` | new | `screenshots/de-posts-kcp-hands-on-phone.png` | `screenshots/de-posts-kcp-hands-on-desktop.png` |',
    );
    expect(previewMarkdown([])).toContain('This pull request changes no page of the site.');
  });

  test('keep an address from a file name as text', () => {
    expect(previewMarkdown(hostile)).toContain('| ``/de/posts/a\\|b<img src=x onerror=alert(1)>`c/`` | new |');
    const page = parse(previewIndexHtml(hostile));
    expect(
      page
        .querySelectorAll('img')
        .map((image) => image.getAttribute('src'))
        .slice(0, 2),
    ).toEqual(['phone', 'desktop'].map((width) => `screenshots/de-posts-a|b<img src=x onerror=alert(1)>\`c-${width}.png`));
    expect(page.querySelectorAll('[onerror]')).toEqual([]);
    expect(page.querySelector('h2 code')?.textContent).toBe('/de/posts/a|b<img src=x onerror=alert(1)>`c/');
  });
});

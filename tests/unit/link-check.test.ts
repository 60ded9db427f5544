import { describe, expect, test } from 'vitest';
import { findLinkProblems, pathFromBuiltFile, resolveInternalHref } from '../../src/lib/checks/link-check';

const SITE = 'https://example.org';

test.each([
  ['index.html', '/'],
  ['en/posts/kcp/index.html', '/en/posts/kcp/'],
  ['404.html', '/404.html'],
])('pathFromBuiltFile serves %s at %s', (file, path) => {
  expect(pathFromBuiltFile(file)).toBe(path);
});

describe('resolveInternalHref', () => {
  test('resolves fragments, root paths and absolute same-site URLs', () => {
    expect(resolveInternalHref('#kcp', '/de/posts/x/', SITE)).toEqual({ path: '/de/posts/x/', fragment: 'kcp' });
    expect(resolveInternalHref('/en/', '/de/', SITE)).toEqual({ path: '/en/', fragment: '' });
    expect(resolveInternalHref('https://example.org/de/posts/x/#a', '/', SITE)).toEqual({ path: '/de/posts/x/', fragment: 'a' });
  });

  test('ignores links that leave the site', () => {
    expect(resolveInternalHref('https://kcp.io', '/', SITE)).toBeUndefined();
    expect(resolveInternalHref('mailto:team@example.org', '/', SITE)).toBeUndefined();
  });
});

describe('findLinkProblems', () => {
  const page = (path: string, ids: string[], hrefs: string[]) => ({ path, file: `dist${path}index.html`, ids, hrefs });

  test('accepts links to existing pages, anchors and assets', () => {
    const pages = [page('/de/', ['content'], ['/de/posts/x/#kcp', '/favicon.svg', '#content']), page('/de/posts/x/', ['kcp'], ['/de/'])];
    expect(findLinkProblems(pages, new Set(['/favicon.svg']), SITE)).toEqual([]);
  });

  test('names the file and the link for a missing page, a missing anchor and a duplicate id', () => {
    const pages = [page('/de/', ['a', 'a'], ['/de/posts/missing/', '/de/#nope'])];
    expect(findLinkProblems(pages, new Set(), SITE).map((problem) => `${problem.file}: ${problem.message}`)).toEqual([
      'dist/de/index.html: the id "a" is used twice on /de/: ids must be unique on a page',
      'dist/de/index.html: the link "/de/posts/missing/" leads to /de/posts/missing/, which the build did not produce: fix the link or add the page',
      'dist/de/index.html: the link "/de/#nope" points to #nope, which /de/ does not have: use one of that page\'s heading or talk ids',
    ]);
  });
});

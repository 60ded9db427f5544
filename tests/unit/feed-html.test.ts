import { describe, expect, test } from 'vitest';
import { absoluteFeedUrl, feedHtml } from '../../src/lib/feed/feed-html';

const page = new URL('https://example.org/en/posts/kcp/');
const clean = (html: string) => feedHtml(html, page);

describe('feedHtml', () => {
  test.each([
    ['a script', '<p>Hi</p><script>alert(1)</script>', '<p>Hi</p>'],
    ['an event handler', '<img src="/images/a.png" alt="A" onerror="alert(1)">', '<img src="https://example.org/images/a.png" alt="A">'],
    ['a javascript: link', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['a javascript: link hidden by entities', '<a href="java&#x09;script&colon;alert(1)">x</a>', '<a>x</a>'],
    ['a data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x">', '<img alt="x">'],
    ['a style attribute', '<p style="position:fixed">x</p>', '<p>x</p>'],
    ['a style element', '<style>body{display:none}</style><p>x</p>', '<p>x</p>'],
    ['an iframe', '<p>a</p><iframe src="https://evil.example/"></iframe>', '<p>a</p>'],
    ['an SVG with a script', '<svg><script>alert(1)</script><text>drawn</text></svg><p>x</p>', '<p>x</p>'],
    ['a form and its fields', '<form action="https://evil.example/"><input name="q"><p>x</p></form>', '<p>x</p>'],
    ['an object', '<object data="https://evil.example/x.swf"></object><p>x</p>', '<p>x</p>'],
    ['a comment', '<p>x<!-- secret --></p>', '<p>x</p>'],
    ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/"><p>x</p>', '<p>x</p>'],
    ['a base element', '<base href="https://evil.example/"><a href="/en/">x</a>', '<a href="https://example.org/en/">x</a>'],
    ['class and id attributes', '<p class="x" id="why">x</p>', '<p>x</p>'],
  ])('removes %s', (_, html, expected) => {
    expect(clean(html)).toBe(expected);
  });

  test.each([
    ['a fragment', '<a href="#why">x</a>', '<a href="https://example.org/en/posts/kcp/#why">x</a>'],
    ['a site path', '<a href="/de/posts/kcp/#warum">x</a>', '<a href="https://example.org/de/posts/kcp/#warum">x</a>'],
    ['a path relative to the post', '<a href="../dagger/">x</a>', '<a href="https://example.org/en/posts/dagger/">x</a>'],
    ['an image path', '<img src="/images/tree.png" alt="A tree">', '<img src="https://example.org/images/tree.png" alt="A tree">'],
    ['an address elsewhere', '<a href="https://kcp.io">x</a>', '<a href="https://kcp.io/">x</a>'],
    ['a mail address', '<a href="mailto:a@example.org">x</a>', '<a href="mailto:a@example.org">x</a>'],
  ])('makes %s absolute', (_, html, expected) => {
    expect(clean(html)).toBe(expected);
  });

  test('drops heading permalinks, buttons, hidden and screen-reader-only chrome, keeping the heading', () => {
    const html =
      '<div class="heading-wrapper level-h2"><h2 id="why">Why</h2><a class="heading-link" href="#why">' +
      '<span class="visually-hidden">Link to section: Why</span><span aria-hidden="true">#</span></a></div>' +
      '<p>Text<span aria-hidden="true"> →</span></p><button type="button">Copy</button><p hidden>later</p>';
    expect(clean(html)).toBe('<h2>Why</h2><p>Text</p>');
  });

  test('keeps code with its language class, tables, lists, quotes and footnote references', () => {
    const html =
      '<pre class="language-yaml" data-language="yaml"><code class="language-yaml"><span class="token key">a</span>: 1</code></pre>' +
      '<table><thead><tr><th align="left">A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>' +
      '<ol start="3"><li>three</li></ol><blockquote><p>quote</p></blockquote>' +
      '<p>Claim<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup></p>' +
      '<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2><ol><li id="user-content-fn-1">' +
      '<p>Source. <a href="#user-content-fnref-1" data-footnote-backref aria-label="Back to reference 1">↩</a></p></li></ol></section>';
    expect(clean(html)).toBe(
      '<pre><code class="language-yaml">a: 1</code></pre>' +
        '<table><thead><tr><th align="left">A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>' +
        '<ol start="3"><li>three</li></ol><blockquote><p>quote</p></blockquote>' +
        '<p>Claim<sup><a href="https://example.org/en/posts/kcp/#user-content-fn-1">1</a></sup></p>' +
        '<section><h2>Footnotes</h2><ol><li><p>Source. </p></li></ol></section>',
    );
  });

  test('appends the given elements after the body, cleaned the same way', () => {
    const appended = [
      { type: 'element' as const, tagName: 'p', properties: { onClick: 'x()' }, children: [{ type: 'text' as const, value: 'Closing' }] },
    ];
    expect(feedHtml('<p>Body</p>', page, appended)).toBe('<p>Body</p><p>Closing</p>');
  });
});

test.each([
  ['#why', 'https://example.org/en/posts/kcp/#why'],
  ['/en/', 'https://example.org/en/'],
  ['https://kcp.io/', 'https://kcp.io/'],
  ['javascript:alert(1)', undefined],
  ['vbscript:x', undefined],
  ['data:text/html,x', undefined],
  ['http://[bad', undefined],
])('absoluteFeedUrl %s → %s', (value, expected) => {
  expect(absoluteFeedUrl(value, page)).toBe(expected);
});

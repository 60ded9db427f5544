import { expect, it } from 'vitest';
import { idsAndLinksOf } from '../../src/lib/checks/built-page';

const PAGE = `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/a.css"><LINK rel="alternate" HREF="/de/"></head>
<body><header id="top"><a href="/en/">Home</a><a>no target</a><a href="">empty</a></header>
<main id="main"><h2 id="kcp">kcp <a href="#kcp" aria-hidden="true">#</a></h2>
<p>Text <img src="/images/x.png" alt="x"> <IMG SRC="/Y.PNG" alt="y"> <span id="inner"><a href="https://kcp.io">kcp</a></span></p>
<svg><use href="#icon"></use></svg><area href="/not-checked/"><script>const s = '<a href="/in-script/">';</script></main></body></html>`;

it('idsAndLinksOf finds every id and every a/link href and img src, in document order', () => {
  expect(idsAndLinksOf(PAGE)).toEqual({
    ids: ['top', 'main', 'kcp', 'inner'],
    hrefs: ['/a.css', '/de/', '/en/', '#kcp', '/images/x.png', '/Y.PNG', 'https://kcp.io'],
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** Bytes a page transfers for its first render, by kind, raw and gzip. */
export interface PageWeight {
  path: string;
  html: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
  js: { raw: number; gzip: number };
  /** Requests needed to render: the HTML plus stylesheets, scripts and images it loads. */
  requests: number;
  /** Requests that block the first render (stylesheets and classic scripts in the head). */
  renderBlocking: string[];
}

const sizes = (text: string | Buffer) => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });

/** Weighs one built page the way a browser would load it: inline and linked CSS and JS. */
export async function weighPage(distDir: string, path: string): Promise<PageWeight> {
  const file = path.endsWith('/') ? join(distDir, path, 'index.html') : join(distDir, path);
  const html = await readFile(file, 'utf8');
  const document = parse(html);
  let css = '';
  let js = '';
  let requests = 1;
  const renderBlocking: string[] = [];
  for (const style of document.querySelectorAll('style')) css += style.text;
  for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
    const href = link.getAttribute('href') ?? '';
    css += await readFile(join(distDir, href), 'utf8');
    requests += 1;
    renderBlocking.push(href);
  }
  for (const script of document.querySelectorAll('script')) {
    const type = script.getAttribute('type') ?? '';
    if (type === 'application/ld+json') continue;
    const src = script.getAttribute('src');
    if (src) {
      js += await readFile(join(distDir, src), 'utf8');
      requests += 1;
      const isBlocking = type !== 'module' && !script.hasAttribute('async') && !script.hasAttribute('defer');
      if (isBlocking) renderBlocking.push(src);
    } else {
      js += script.text;
    }
  }
  requests += document.querySelectorAll('img[src]').length;
  return { path, html: sizes(html), css: sizes(css), js: sizes(js), requests, renderBlocking };
}

import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { pathFromBuiltFile } from '../../src/lib/checks/link-check';

/** One built HTML page, parsed. */
export interface DistPage {
  /** The URL path the page serves, e.g. `/en/posts/kcp/`. */
  path: string;
  document: HTMLElement;
}

/** Every file under a built site, as site paths (`/de/rss.xml`). */
export async function listDistFiles(distDir: string): Promise<string[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(distDir, join(entry.parentPath, entry.name)).replaceAll('\\', '/')}`)
    .sort();
}

/**
 * Every HTML page of a built site, parsed once. Redirect pages (a moved page's or renamed post's
 * former address, a bare meta refresh that Astro writes) only with `withRedirects`.
 */
export async function readDistPages(distDir: string, { withRedirects = false } = {}): Promise<DistPage[]> {
  const files = (await listDistFiles(distDir)).filter((file) => file.endsWith('.html'));
  const pages = await Promise.all(
    files.map(async (file) => ({
      path: pathFromBuiltFile(file.slice(1)),
      document: parse(await readFile(join(distDir, file), 'utf8')),
    })),
  );
  return withRedirects ? pages : pages.filter((page) => !page.document.querySelector('meta[http-equiv="refresh"]'));
}

/** The page at `path`, or a failure that names it. */
export function pageAt(pages: readonly DistPage[], path: string): HTMLElement {
  const page = pages.find((candidate) => candidate.path === path);
  if (!page) throw new Error(`the build has no page at ${path}; it has: ${pages.map((p) => p.path).join(', ')}`);
  return page.document;
}

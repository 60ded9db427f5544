import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { idsAndLinksOf } from '../lib/checks/built-page';
import { findLinkProblems, pathFromBuiltFile, type BuiltPage } from '../lib/checks/link-check';
import { authorError, logLine } from '../lib/checks/diagnostic';
import { searchIndexWritten } from './search-index';
import { DEPLOY_FILES } from '../site';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function readBuiltPage(root: string, file: string): Promise<BuiltPage> {
  const relativeFile = relative(root, file);
  // structuredClone copies the strings: the parser's are slices that would keep each page's
  // whole text alive (360 MB held at 2000 pages, measured).
  return structuredClone({
    path: pathFromBuiltFile(relativeFile),
    file: `dist/${relativeFile}`,
    ...idsAndLinksOf(await readFile(file, 'utf8')),
  });
}

// Reading every page at once held all of their text and trees in memory together: 400 MiB
// more than the rest of a 2000-page build at its peak. Parsing is the cost, not the disk:
// two at a time was faster than eight and kept 120 MiB less garbage (measured at 2000 pages).
const PAGES_READ_AT_ONCE = 2;

/** The ids and links of the built pages, in the order of `files`. */
async function readBuiltPages(root: string, files: readonly string[]): Promise<BuiltPage[]> {
  const pages: BuiltPage[] = new Array(files.length);
  let next = 0;
  const reader = async () => {
    for (let index = next++; index < files.length; index = next++) {
      pages[index] = await readBuiltPage(root, files[index] as string);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PAGES_READ_AT_ONCE, files.length) }, reader));
  return pages;
}

/**
 * Fails the build before any page when the content checks find an error, and after it on a broken
 * internal link or anchor or a duplicate id, so a broken page is never published.
 */
export function siteGuard(): AstroIntegration {
  let site = 'http://127.0.0.1:4321';
  return {
    name: 'site-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let problems: string[];
        let pageCount = 0;
        try {
          // The pages are read while Pagefind indexes them in its own process; the files are
          // listed once its index is written, since pages link to it.
          const htmlFiles = (await listFiles(root)).filter((file) => file.endsWith('.html'));
          const pages = await readBuiltPages(root, htmlFiles);
          pageCount = pages.length;
          await searchIndexWritten();
          const files = await listFiles(root);
          const assets = new Set([...files.map((file) => `/${relative(root, file).replaceAll('\\', '/')}`), ...DEPLOY_FILES]);
          problems = findLinkProblems(pages, assets, site).map((problem) => `${problem.file} error ${problem.message}`);
        } catch (error) {
          problems = [
            `dist error the link guard could not read the built site (${String((error as Error).message ?? error)}); nothing may be published from it`,
          ];
        }
        if (problems.length > 0) {
          for (const problem of problems) console.error(logLine(problem));
          // Nothing half-checked may be uploaded by a later step: the output goes.
          await rm(root, { recursive: true, force: true });
          throw authorError(
            `The built site has ${problems.length} problem(s), listed above; the output folder ${root} was removed so that it cannot be published.`,
          );
        }
        logger.info(`checked ${pageCount} pages: every internal link and anchor resolves`);
      },
    },
  };
}

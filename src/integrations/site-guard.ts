import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Diagnostic } from '../lib/checks/content-checks';
import { idsAndLinksOf } from '../lib/checks/built-page';
import { findLinkProblems, pathFromBuiltFile, type BuiltPage } from '../lib/checks/link-check';
import { logLine, reportLines } from '../lib/checks/diagnostic';
import { runContentChecks } from '../lib/checks/run';
import { searchIndexWritten } from './search-index';

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
 * An error for Astro to print as our message alone: the diagnostics above it already say
 * where and what, and a stack trace into this file would only bury them.
 */
function authorError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}

/** The checks' lines in the dev server's log: as warnings when any is an error. */
function logDevReport(diagnostics: readonly Diagnostic[], lines: readonly string[], logger: AstroIntegrationLogger): void {
  const errors = diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  for (const line of lines) {
    if (errors) logger.warn(line);
    else logger.info(line);
  }
}

/** Stops the build on any error, printing every finding as `npm run check` does. */
function failOnErrors(diagnostics: readonly Diagnostic[], fileCount: number): void {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  if (errors === 0) return;
  // Plain lines on stderr, one per finding, exactly as `npm run check` prints them.
  for (const line of reportLines(diagnostics, fileCount)) console.error(line);
  throw authorError(`The content has ${errors} error(s), listed above; nothing was built. Fix them, then run npm run check.`);
}

/**
 * Fails the build before any page is rendered when the content checks find an error (the
 * same checks as `npm run check`), and after it when the output has a broken internal link or anchor, or an id used twice,
 * so that a broken page is never published.
 */
export function siteGuard(): AstroIntegration {
  let site = 'http://127.0.0.1:4321';
  let projectRoot = process.cwd();
  return {
    name: 'site-guard',
    hooks: {
      // The first hook, before Astro's content sync reads a single file: the checks read the
      // content as the sync will (same files, same YAML parser, same Markdown pipeline), so a
      // post Astro would crash on or publish broken is refused here with the author's line.
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        projectRoot = fileURLToPath(config.root);
        const started = performance.now();
        const { diagnostics, fileCount } = await runContentChecks(projectRoot, { cache: true });
        const lines = reportLines(diagnostics, fileCount);
        // Dev reports findings as warnings: the author is in the middle of writing.
        if (command === 'dev') {
          logDevReport(diagnostics, lines, logger);
          return;
        }
        failOnErrors(diagnostics, fileCount);
        for (const line of lines) logger.info(line);
        logger.info(`content checks took ${Math.round(performance.now() - started)} ms`);
      },
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // The pages are read while Pagefind indexes them in its own process; the files are
        // listed once its index is written, since pages link to it.
        const htmlFiles = (await listFiles(root)).filter((file) => file.endsWith('.html'));
        const pages = await readBuiltPages(root, htmlFiles);
        await searchIndexWritten();
        const files = await listFiles(root);
        const assets = new Set(files.map((file) => `/${relative(root, file).replaceAll('\\', '/')}`));
        const problems = findLinkProblems(pages, assets, site);
        if (problems.length > 0) {
          for (const problem of problems) console.error(logLine(`${problem.file} error ${problem.message}`));
          // Nothing half-checked may be uploaded by a later step: the output goes.
          await rm(root, { recursive: true, force: true });
          throw authorError(
            `The built site has ${problems.length} broken link(s) or id(s), listed above; the output folder ${root} was removed so that it cannot be published.`,
          );
        }
        logger.info(`checked ${pages.length} pages: every internal link and anchor resolves`);
      },
    },
  };
}

import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { findLinkProblems, pathFromBuiltFile, type BuiltPage } from '../lib/link-check';
import { reportLines, runContentChecks } from '../lib/run-content-checks';
import { searchIndexWritten } from './search-index';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function readBuiltPage(root: string, file: string): Promise<BuiltPage> {
  const document = parse(await readFile(file, 'utf8'));
  const relativeFile = relative(root, file);
  return {
    path: pathFromBuiltFile(relativeFile),
    file: `dist/${relativeFile}`,
    ids: document.querySelectorAll('[id]').map((element) => element.id),
    hrefs: document
      .querySelectorAll('a[href], link[href], img[src]')
      .map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '')
      .filter((href) => href !== ''),
  };
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

/**
 * Fails the build before it starts when the content checks find an error (the same checks as
 * `npm run check`), and after it when the output has a broken internal link or anchor, or an id used twice,
 * so that a broken page is never published.
 */
export function siteGuard(): AstroIntegration {
  let site = 'http://127.0.0.1:4321';
  return {
    name: 'site-guard',
    hooks: {
      // The first hook of a build, before Astro's content sync validates the front matter
      // with its own, less helpful errors (a stack trace and a location of ":0:0").
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { diagnostics, fileCount } = await runContentChecks(fileURLToPath(config.root));
        const lines = reportLines(diagnostics, fileCount);
        const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
        if (command === 'dev') {
          for (const line of lines) (errors > 0 ? logger.warn(line) : logger.info(line));
          return;
        }
        if (errors > 0) {
          // Plain lines on stderr, one per finding, exactly as `npm run check` prints them.
          for (const line of lines) console.error(line);
          throw authorError(`The content has ${errors} error(s), listed above; nothing was built. Fix them, then run npm run check.`);
        }
        for (const line of lines) logger.info(line);
      },
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // The pages are read while Pagefind indexes them in its own process; the files are
        // listed once its index is written, since pages link to it.
        const htmlFiles = (await listFiles(root)).filter((file) => file.endsWith('.html'));
        const pages = await Promise.all(htmlFiles.map((file) => readBuiltPage(root, file)));
        await searchIndexWritten();
        const files = await listFiles(root);
        const assets = new Set(files.map((file) => `/${relative(root, file).replaceAll('\\', '/')}`));
        // Copies of the project build without the SBOM on purpose (src/integrations/sbom.ts);
        // a post's link to it is still right for the real site.
        if (process.env.KUBECON_RECAP_SBOM === 'off') assets.add('/sbom.cdx.json');
        const problems = findLinkProblems(pages, assets, site);
        if (problems.length > 0) {
          for (const problem of problems) console.error(`${problem.file} error ${problem.message}`);
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

import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { findLinkProblems, pathFromBuiltFile, type BuiltPage } from '../lib/link-check';
import { reportLines, runContentChecks } from '../lib/run-content-checks';

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
 * Fails the build before it starts when the content checks find an error (the same checks as
 * `npm run check`), and after it when the output has a broken internal link or anchor, or an id used twice,
 * so that a broken page is never published.
 */
export function siteGuard(): AstroIntegration {
  let site = 'http://127.0.0.1:4321';
  let root = process.cwd();
  return {
    name: 'site-guard',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? site;
        root = fileURLToPath(config.root);
      },
      'astro:build:start': async ({ logger }) => {
        const { diagnostics, fileCount } = await runContentChecks(root);
        const lines = reportLines(diagnostics, fileCount);
        if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) {
          throw new Error(`The content has errors; nothing was built:\n${lines.join('\n')}`);
        }
        for (const line of lines) logger.info(line);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await listFiles(root);
        const htmlFiles = files.filter((file) => file.endsWith('.html'));
        const assets = new Set(files.map((file) => `/${relative(root, file).replaceAll('\\', '/')}`));
        // Copies of the project build without the SBOM on purpose (src/integrations/sbom.ts);
        // a post's link to it is still right for the real site.
        if (process.env.KUBECON_RECAP_SBOM === 'off') assets.add('/sbom.cdx.json');
        const pages = await Promise.all(htmlFiles.map((file) => readBuiltPage(root, file)));
        const problems = findLinkProblems(pages, assets, site);
        if (problems.length > 0) {
          const list = problems.map((problem) => `  ${problem.file}: ${problem.message}`).join('\n');
          throw new Error(`The built site has ${problems.length} broken link(s) or id(s):\n${list}`);
        }
        logger.info(`checked ${pages.length} pages: every internal link and anchor resolves`);
      },
    },
  };
}

import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { close, createIndex } from 'pagefind';

let written: Promise<void> = Promise.resolve();

/**
 * Settles when this build's search index is in dist/pagefind (rejects with Pagefind's error).
 * The site guard checks pages meanwhile and waits here only before it lists the files.
 */
export function searchIndexWritten(): Promise<void> {
  return written;
}

async function writeIndex(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index dist/: ${added.errors.join('; ')}`);
  const result = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (result.errors.length > 0) throw new Error(`Pagefind could not write its index: ${result.errors.join('; ')}`);
  await close();
  logger.info(`indexed ${added.page_count} pages for search`);
}

/**
 * Builds the Pagefind index (one per `<html lang>`, of `data-pagefind-body` regions) into
 * dist/pagefind. The hook only starts it: the site guard awaits searchIndexWritten(), so a
 * Pagefind failure still fails the build.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        written = writeIndex(fileURLToPath(dir), logger);
        // Reported by the guard's await; without this, Node would also call it unhandled
        // if the guard failed first on a broken link.
        written.catch(() => undefined);
      },
    },
  };
}

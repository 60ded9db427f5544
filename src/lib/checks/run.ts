import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PUBLISHED_LINKS_FILE } from './published-links';
import type { Diagnostic } from './diagnostic';
import { checkPostImages } from './post-images';
import { checkAcrossPosts, checkFrontMatter, sortDiagnostics } from './content-checks';
import { readPostFiles } from '../content/read-posts';
import { renderBodies } from './render-bodies';
import { checkShareCardGlyphs } from './share-card-glyphs';
import { checkTranslationDrift } from './translation-checks';

/**
 * Every finding on the content under `root`, read as the build will read it: the files Astro's
 * loader would find (and every other file under content/, refused), their front matter as
 * Astro's parser reads it, their bodies rendered by the site's Markdown pipeline (when the
 * front matter passed), and the images beside them. `cache`
 * keeps the bodies' reports in `.astro/cache/` (see `openReportCache`), as `npm run check` does.
 */
export async function runContentChecks(
  root: string,
  { today, cache = false }: { today?: Date; cache?: boolean } = {},
): Promise<{ diagnostics: Diagnostic[]; fileCount: number }> {
  const { files, images, refused } = await readPostFiles(root);
  const diagnostics: Diagnostic[] = [...refused, ...(await checkPostImages(root, images))];
  const parsed = checkFrontMatter(files, today ?? new Date(), diagnostics);
  const reports = await renderBodies(root, parsed, cache);
  const record = await readFile(join(root, PUBLISHED_LINKS_FILE), 'utf8').catch(() => undefined);
  diagnostics.push(
    ...checkAcrossPosts(files, parsed, reports, { images: new Set(images), record }),
    ...checkTranslationDrift(files),
    ...checkShareCardGlyphs(files),
  );
  return { diagnostics: sortDiagnostics(diagnostics), fileCount: files.length };
}

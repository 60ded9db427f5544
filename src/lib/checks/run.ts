import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkRemovedAddresses, publishedLinks } from './published-links';
import type { Diagnostic } from './diagnostic';
import { checkPostImages } from './post-images';
import { checkAcrossPosts, checkFrontMatter, publishedFilesOf, sortDiagnostics } from './content-checks';
import { readPostFiles } from '../content/read-posts';
import { GONE_FILE } from '../content/content-paths';
import { renderBodies } from './render-bodies';
import { checkShareCardGlyphs } from '../share-card/glyph-check';
import { checkTranslationDrift } from './translation-checks';

/**
 * Every address the site under `root` publishes for its posts (pages, section ids, talk
 * index anchors), with the file that publishes it, read as the checks read the posts.
 */
export async function readPublishedLinks(root: string): Promise<Map<string, string>> {
  const { files } = await readPostFiles(root);
  const parsed = checkFrontMatter(files, new Date(), []);
  return publishedLinks(publishedFilesOf(parsed, await renderBodies(root, parsed, false)));
}

/**
 * Every finding on the content under `root`, read as the build will read it: the files Astro's
 * loader would find (and every other file under content/, refused), their front matter as
 * Astro's parser reads it, their bodies rendered by the site's Markdown pipeline (when the
 * front matter passed), and the images beside them. `cache` keeps the bodies' reports in
 * `.astro/cache/` (see `openReportCache`), as `npm run check` does. With `publishedBefore` (the
 * addresses of the site this content replaces, see `readPublishedLinks`), every address it
 * takes away needs a redirect, an alias or a line in GONE_FILE.
 */
export async function runContentChecks(
  root: string,
  { today, cache = false, publishedBefore }: { today?: Date; cache?: boolean; publishedBefore?: ReadonlyMap<string, string> } = {},
): Promise<{ diagnostics: Diagnostic[]; fileCount: number }> {
  const { files, images, refused } = await readPostFiles(root);
  const diagnostics: Diagnostic[] = [...refused, ...(await checkPostImages(root, images))];
  const parsed = checkFrontMatter(files, today ?? new Date(), diagnostics);
  const reports = await renderBodies(root, parsed, cache);
  if (publishedBefore !== undefined) {
    const gone = await readFile(join(root, GONE_FILE), 'utf8').catch(() => undefined);
    diagnostics.push(...checkRemovedAddresses(publishedBefore, publishedFilesOf(parsed, reports), gone));
  }
  diagnostics.push(
    ...checkAcrossPosts(files, parsed, reports, { images: new Set(images) }),
    ...checkTranslationDrift(files),
    ...checkShareCardGlyphs(files),
  );
  return { diagnostics: sortDiagnostics(diagnostics), fileCount: files.length };
}

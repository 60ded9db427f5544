import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GONE_FILE } from '../content/content-paths';
import { readPostFiles } from '../content/read-posts';
import type { Diagnostic } from './diagnostic';
import { gateContent, gatePosts } from './gate';
import { postSetOf, sortDiagnostics } from './post-set';
import { checkRemovedAddresses, publishedFilesOf, publishedLinks } from './published-links';
import { renderBodies } from './render-bodies';
import { checkPostSet } from './rules';

/**
 * Every address the site under `root` publishes for its posts (pages, section ids, talk
 * index anchors), with the file that publishes it, read as the checks read the posts.
 */
export async function readPublishedLinks(root: string): Promise<Map<string, string>> {
  const { files, images } = await readPostFiles(root);
  const parsed = gatePosts(files, new Date(), []);
  return publishedLinks(publishedFilesOf(postSetOf(files, parsed, await renderBodies(root, parsed, false), images).posts));
}

/**
 * Every finding on the content under `root`, read as the build reads it: files, front matter,
 * bodies through the site's pipeline, images. `cache` keeps body reports (`openReportCache`);
 * with `publishedBefore` (`readPublishedLinks`), each address taken away needs a redirect, an
 * alias or a line in GONE_FILE.
 */
export async function runContentChecks(
  root: string,
  { today, cache = false, publishedBefore }: { today?: Date; cache?: boolean; publishedBefore?: ReadonlyMap<string, string> } = {},
): Promise<{ diagnostics: Diagnostic[]; fileCount: number }> {
  const { files, images, parsed, diagnostics } = await gateContent(root, today ?? new Date());
  const set = postSetOf(files, parsed, await renderBodies(root, parsed, cache), images);
  if (publishedBefore !== undefined) {
    const gone = await readFile(join(root, GONE_FILE), 'utf8').catch(() => undefined);
    diagnostics.push(...checkRemovedAddresses(publishedBefore, publishedFilesOf(set.posts), gone));
  }
  diagnostics.push(...checkPostSet(set));
  return { diagnostics: sortDiagnostics(diagnostics), fileCount: files.length };
}

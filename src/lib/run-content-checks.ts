import { join } from 'node:path';
import { checkContent, checkFrontMatter } from './content-checks';
import type { Diagnostic } from './checks/diagnostic';
import { readPostFiles } from './read-posts';
import { sharedFactsFor } from './shared-facts';
import { checkShareCardGlyphs } from './share-card-glyphs';
import { checkTranslationDrift } from './translation-checks';

function misplacedFiles(misplaced: readonly string[]): Diagnostic[] {
  return misplaced.map((file) => ({
    severity: 'error',
    file,
    message: 'is not a post file at content/posts/<de|en>/<slug>.md or .mdx',
    fix: 'move it into content/posts/de/ or content/posts/en/ with a .md or .mdx name, or delete it',
  }));
}

/**
 * The findings for the posts under `root`, misplaced files included. With `sharedFacts`, the
 * bodies Astro's content sync already parsed in this process are not parsed again.
 */
export async function runContentChecks(
  root: string,
  { sharedFacts = false } = {},
): Promise<{ diagnostics: Diagnostic[]; fileCount: number; sharedCount: number }> {
  const { files, misplaced } = await readPostFiles(root);
  let sharedCount = 0;
  const options = sharedFacts
    ? {
        sharedFacts: (file: { path: string }, body: string, bodyLine: number) => {
          const facts = sharedFactsFor(join(root, file.path), body, bodyLine);
          if (facts) sharedCount += 1;
          return facts;
        },
      }
    : {};
  const diagnostics = [...misplacedFiles(misplaced), ...checkContent(files, options), ...checkTranslationDrift(files), ...checkShareCardGlyphs(files)];
  return { diagnostics, fileCount: files.length, sharedCount };
}

/** What must hold before Astro's content sync reads the posts under `root` (see `checkFrontMatter`). */
export async function runFrontMatterChecks(root: string): Promise<{ diagnostics: Diagnostic[]; fileCount: number }> {
  const { files, misplaced } = await readPostFiles(root);
  return { diagnostics: [...misplacedFiles(misplaced), ...checkFrontMatter(files)], fileCount: files.length };
}

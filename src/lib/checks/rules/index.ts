import type { Diagnostic } from '../diagnostic';
import type { Check, PostSet } from '../post-set';
import { checkPublishedLinks, publishedFilesOf } from '../published-links';
import { checkBodyFindings } from './body-findings';
import { checkHeadingStructure } from './headings';
import { checkHighlights } from './highlights';
import { checkImagePaths, checkLinks } from './links';
import { checkRecapIds, checkRecaps } from './recap';
import { checkShareCardGlyphs } from './share-card-glyphs';
import { checkSlugs } from './slugs';
import { checkTranslationDrift } from './translation-drift';
import { checkTranslations } from './translations';

/**
 * Every check across the posts, after the gate (src/lib/checks/front-matter.ts) and the
 * rendering whose reports they read. A new check is a file in this folder, listed here
 * (CONTRIBUTING.md, "Adding a check").
 */
const CHECKS: readonly Check[] = [
  checkSlugs,
  checkTranslations,
  checkTranslationDrift,
  checkHighlights,
  checkRecaps,
  checkRecapIds,
  checkBodyFindings,
  checkHeadingStructure,
  checkLinks,
  checkImagePaths,
  checkShareCardGlyphs,
  ({ posts }) => checkPublishedLinks(publishedFilesOf(posts)),
];

/** The findings of every check on a set of posts. */
export function checkPostSet(set: PostSet): Diagnostic[] {
  return CHECKS.flatMap((check) => check(set));
}

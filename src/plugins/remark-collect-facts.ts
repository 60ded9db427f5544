import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { recordSharedFacts } from '../lib/shared-facts';

/**
 * Hands the content checks the facts of every Markdown post as Astro's own content sync
 * parsed it, so a build parses each file once (see src/lib/shared-facts.ts). Runs after the
 * explicit heading ids, where the checks' own parser reads the tree; records nothing unless
 * a build asked for it.
 */
export function remarkCollectFacts() {
  return (tree: Root, file: VFile) => {
    recordSharedFacts(file.path, String(file.value), tree);
  };
}

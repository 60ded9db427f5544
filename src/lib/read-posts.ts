import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { SourceFile } from './content-checks';
import { parsePostPath, POSTS_DIR } from './content-paths';

/**
 * Reads every post file under `<root>/content/posts`. Files that are not at
 * `<locale>/<slug>.md(x)` are returned in `misplaced`, so that nothing is silently skipped.
 */
export async function readPostFiles(root: string): Promise<{ files: SourceFile[]; misplaced: string[] }> {
  const dir = join(root, POSTS_DIR);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files: SourceFile[] = [];
  const misplaced: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const absolute = join(entry.parentPath, entry.name);
    const path = relative(root, absolute).replaceAll('\\', '/');
    const ref = parsePostPath(path);
    if (ref && path.split('/').length === 4) {
      files.push({ path, ...ref, source: await readFile(absolute, 'utf8') });
    } else {
      misplaced.push(path);
    }
  }
  return { files: files.sort((a, b) => a.path.localeCompare(b.path)), misplaced };
}

import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BodyReport } from '../markdown/body-report';

// The code that turns a body into its report: the site's Markdown plugins and what they read
// (UI strings, ids, the readers of the trees), and every package installed (Astro's processor,
// remark, rehype, the MDX compiler).
const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PIPELINE_SOURCES = ['src/plugins', 'src/lib/markdown', 'src/lib/content', 'src/i18n'];

/**
 * A hash of everything that decides how a body renders besides the body itself: the report
 * cache and Astro's content store (src/integrations/content-store-version.ts) are keyed by it.
 */
export async function markdownPipelineVersion(): Promise<string> {
  const hash = createHash('sha256');
  // What npm installed (its hidden lockfile), which is what runs; a copy of the project links it.
  hash.update(await readFile(join(PROJECT_ROOT, 'node_modules', '.package-lock.json')).catch(() => 'no installed packages'));
  for (const folder of PIPELINE_SOURCES) {
    const entries = await readdir(join(PROJECT_ROOT, folder), { recursive: true, withFileTypes: true });
    const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
    for (const path of files.sort()) hash.update(path.slice(PROJECT_ROOT.length)).update(await readFile(path));
  }
  return hash.digest('hex');
}

/**
 * The reports of bodies rendered before, keyed by their file's whole text and path (the front
 * matter and the place decide the rendering too) and the pipeline's version, as ESLint's
 * `--cache` keys its results: a second run renders only what changed. The file lives in
 * `<root>/.astro/cache/` beside Astro's own cache (CI starts without it: a pull request cannot
 * bring one). Entries not asked for in a run are dropped when it is saved.
 */
export async function openReportCache(root: string) {
  const file = join(root, '.astro', 'cache', 'content-check-reports.json');
  const version = await markdownPipelineVersion();
  const stored: { version?: string; entries?: Record<string, BodyReport> } = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as object)
    .catch(() => ({}));
  const previous = stored.version === version ? (stored.entries ?? {}) : {};
  const entries: Record<string, BodyReport> = {};
  const keyOf = ({ path, source }: { path: string; source: string }) => createHash('sha256').update(`${path}\0${source}`).digest('hex');
  return {
    get(file: { path: string; source: string }): BodyReport | undefined {
      const id = keyOf(file);
      const report = previous[id];
      if (report) entries[id] = report;
      return report;
    },
    set(file: { path: string; source: string }, report: BodyReport): void {
      entries[keyOf(file)] = report;
    },
    async save(): Promise<void> {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify({ version, entries }));
    },
  };
}

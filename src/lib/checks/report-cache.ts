import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BodyReport } from '../markdown/body-report';
import { markdownPipelineVersion } from '../markdown/pipeline-version';

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

import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { BodyReport } from '../markdown/body-report';
import { markdownPipelineVersion } from '../markdown/pipeline-version';

/**
 * The reports of bodies rendered before, keyed like ESLint's `--cache` by file text, path and
 * pipeline version, in `<root>/.astro/cache/` (CI starts without one). Saving drops entries the
 * run did not ask for.
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

import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The code that turns a body into its report: the site's Markdown plugins and what they read
// (UI strings, ids, the readers of the trees), and every package installed (Astro's processor,
// remark, rehype, the MDX compiler).
const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PIPELINE_SOURCES = ['src/plugins', 'src/lib/markdown', 'src/lib/content', 'src/i18n'];

let version: Promise<string> | undefined;

/**
 * A hash of everything that decides how a body renders besides the body itself, worked out once
 * per process: the checks' report cache is keyed by it, and so is Astro's content store, whose
 * key (the config's JSON) holds it as the report plugin's option (src/plugins/site-markdown.ts).
 */
export function markdownPipelineVersion(): Promise<string> {
  version ??= hashPipeline();
  return version;
}

async function hashPipeline(): Promise<string> {
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

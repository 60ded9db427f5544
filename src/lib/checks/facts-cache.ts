import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MarkdownFacts } from '../markdown/markdown-facts';

// The code that turns a body into facts: the site's Markdown plugins, the readers of the trees,
// and every package installed (Astro's processor, remark, rehype, the MDX compiler).
const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHECKER_SOURCES = ['src/plugins', 'src/lib/markdown'];

/**
 * A hash of everything that decides how a body renders besides the body itself: the facts
 * cache and Astro's content store (src/integrations/content-store-version.ts) are keyed by it.
 */
export async function markdownPipelineVersion(): Promise<string> {
  const hash = createHash('sha256');
  // What npm installed (its hidden lockfile), which is what runs; a copy of the project links it.
  hash.update(await readFile(join(PROJECT_ROOT, 'node_modules', '.package-lock.json')).catch(() => 'no installed packages'));
  for (const folder of CHECKER_SOURCES) {
    for (const name of (await readdir(join(PROJECT_ROOT, folder))).sort()) {
      hash.update(name).update(await readFile(join(PROJECT_ROOT, folder, name)));
    }
  }
  return hash.digest('hex');
}

/** What the rendering of one body is keyed by: its text, where it starts and its format. */
export interface BodyKey {
  body: string;
  firstLine: number;
  format: 'md' | 'mdx';
}

/**
 * The facts of bodies rendered before, keyed by their content and the checker's version, as
 * ESLint's `--cache` keys its results: a second run renders only what changed. The file lives
 * in `<root>/.astro/cache/` beside Astro's own cache (CI starts without it: a pull request
 * cannot bring one). Entries not asked for in a run are dropped when it is saved.
 */
export async function openFactsCache(root: string) {
  const file = join(root, '.astro', 'cache', 'content-check-facts.json');
  const version = await markdownPipelineVersion();
  const stored: { version?: string; entries?: Record<string, MarkdownFacts> } = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as object)
    .catch(() => ({}));
  const previous = stored.version === version ? (stored.entries ?? {}) : {};
  const entries: Record<string, MarkdownFacts> = {};
  const keyOf = ({ body, firstLine, format }: BodyKey) => createHash('sha256').update(`${format}\0${firstLine}\0${body}`).digest('hex');
  return {
    get(key: BodyKey): MarkdownFacts | undefined {
      const id = keyOf(key);
      const facts = previous[id];
      if (facts) entries[id] = facts;
      return facts;
    },
    set(key: BodyKey, facts: MarkdownFacts): void {
      entries[keyOf(key)] = facts;
    },
    async save(): Promise<void> {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify({ version, entries }));
    },
  };
}

import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markdownPipelineVersion } from '../lib/checks/report-cache';

/**
 * Empties Astro's content store when the Markdown pipeline changed (our plugins, the readers
 * of the trees, an installed package). Astro keys the store by the config's JSON, which holds
 * no plugin code, so an edited plugin would otherwise leave every post's old HTML in place.
 */
export function contentStoreVersion(): AstroIntegration {
  return {
    name: 'content-store-version',
    hooks: {
      'astro:config:setup': async ({ config }) => {
        const cacheDir = fileURLToPath(config.cacheDir);
        const stamp = join(cacheDir, 'markdown-pipeline-version');
        const version = await markdownPipelineVersion();
        if ((await readFile(stamp, 'utf8').catch(() => '')) === version) return;
        await rm(join(cacheDir, 'data-store.json'), { force: true });
        await mkdir(cacheDir, { recursive: true });
        await writeFile(stamp, version);
      },
    },
  };
}

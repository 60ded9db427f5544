import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { contentStoreVersion } from '../../src/integrations/content-store-version';

/** Runs the integration's one hook on a cache folder, as Astro would at the start of a build. */
async function setUp(cacheDir: string): Promise<void> {
  const hook = contentStoreVersion().hooks['astro:config:setup'];
  await (hook as (options: unknown) => Promise<void>)({ config: { cacheDir: pathToFileURL(`${cacheDir}/`) } });
}

const storeIn = (cacheDir: string) =>
  readFile(join(cacheDir, 'data-store.json'), 'utf8').then(
    (text) => text,
    () => undefined,
  );

describe('contentStoreVersion', () => {
  test('empties a content store written by another Markdown pipeline, and keeps one written by this', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'kubecon-recap-cache-'));
    await writeFile(join(cacheDir, 'markdown-pipeline-version'), 'an older pipeline');
    await writeFile(join(cacheDir, 'data-store.json'), 'old HTML');
    await setUp(cacheDir);
    expect(await storeIn(cacheDir)).toBeUndefined();

    await writeFile(join(cacheDir, 'data-store.json'), 'HTML of this pipeline');
    await setUp(cacheDir);
    expect(await storeIn(cacheDir)).toBe('HTML of this pipeline');
  });
});

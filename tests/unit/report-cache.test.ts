import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/lib/checks/diagnostic';
import { runContentChecks } from '../../src/lib/checks/run';
import { fixturePath } from '../helpers/paths';

const roots: string[] = [];
afterAll(async () => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

async function copyOfValidFixture(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'kubecon-recap-cache-'));
  roots.push(root);
  await cp(join(fixturePath('valid'), 'content'), join(root, 'content'), { recursive: true });
  return root;
}

const errorsOf = async (root: string) =>
  (await runContentChecks(root, { cache: true })).diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);

describe('runContentChecks with its report cache', () => {
  test('gives the findings of a fresh run, and renders a changed body again', async () => {
    const root = await copyOfValidFixture();
    expect(await errorsOf(root)).toEqual([]);
    const cacheFile = join(root, '.astro/cache/content-check-reports.json');
    expect(Object.keys(JSON.parse(await readFile(cacheFile, 'utf8')).entries).length).toBeGreaterThan(0);
    expect(await errorsOf(root), 'second run, from the cache').toEqual([]);
    const post = join(root, 'content/posts/en/alpha.md');
    await writeFile(post, `${await readFile(post, 'utf8')}\n[click](javascript:alert(1))\n`);
    expect((await errorsOf(root)).join('\n')).toContain(
      'error attribute href="javascript:alert(1)" on <a>: is not an address a post may link to',
    );
  });

  test('trusts no entry written by another version of the checker', async () => {
    const root = await copyOfValidFixture();
    const post = join(root, 'content/posts/en/alpha.md');
    await writeFile(post, `${await readFile(post, 'utf8')}\n[click](javascript:alert(1))\n`);
    await errorsOf(root);
    // Rewrite every entry to claim its body has no findings: what a planted cache file would say.
    const cacheFile = join(root, '.astro/cache/content-check-reports.json');
    const stored = JSON.parse(await readFile(cacheFile, 'utf8')) as { version: string; entries: Record<string, { findings: unknown[] }> };
    const clean = Object.fromEntries(Object.entries(stored.entries).map(([key, report]) => [key, { ...report, findings: [] }]));
    await writeFile(cacheFile, JSON.stringify({ version: stored.version, entries: clean }));
    expect((await errorsOf(root)).join('\n'), 'the same version is trusted').not.toContain('javascript:');
    await writeFile(cacheFile, JSON.stringify({ version: 'another checker', entries: clean }));
    expect((await errorsOf(root)).join('\n')).toContain(
      'error attribute href="javascript:alert(1)" on <a>: is not an address a post may link to',
    );
  });
});

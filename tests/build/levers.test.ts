import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { astroBuild, projectWithContent } from '../helpers/astro-build';
import { listDistFiles } from '../helpers/dist';
import { PROJECT_ROOT } from '../helpers/paths';
import { decodePng, expectVisuallySame } from '../helpers/png-decode';

// Issue 11's build-speed levers must not change what readers get. The real site is built a
// second time with every lever off (KUBECON_RECAP_LEVERS=off: Astro's remark-smartypants, the
// checks' own parse of every post, each share card drawn in one pass) and compared with the
// build all other tests use, which has them on.
const distDir = inject('distDir');
let plainDir = '';
let plainRoot = '';

beforeAll(async () => {
  // A copy, so that Astro's content cache of the real project cannot stand in for a render.
  plainRoot = await projectWithContent(join(PROJECT_ROOT, 'content'));
  plainDir = await mkdtemp(join(tmpdir(), 'kubecon-recap-dist-plain-'));
  const build = await astroBuild(plainRoot, plainDir, { KUBECON_RECAP_LEVERS: 'off', KUBECON_RECAP_SBOM: 'off' });
  if (build.exitCode !== 0) throw new Error(`the build with the levers off failed:\n${build.output}`);
}, 300_000);

afterAll(async () => {
  await Promise.all([plainDir, plainRoot].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
});

// The copy builds without the SBOM (its node_modules is a link, see src/cli/project-copy.ts).
const sameEitherWay = (file: string) => file !== '/sbom.cdx.json';

describe('the site built with and without the build-speed levers', () => {
  it('has the same files', async () => {
    expect((await listDistFiles(plainDir)).filter(sameEitherWay)).toEqual((await listDistFiles(distDir)).filter(sameEitherWay));
  });

  it('has byte for byte the same pages, feeds, sitemap and search index', async () => {
    const files = (await listDistFiles(distDir)).filter((file) => sameEitherWay(file) && !file.endsWith('.png'));
    const differing: string[] = [];
    for (const file of files) {
      const [withLevers, without] = await Promise.all([readFile(join(distDir, file)), readFile(join(plainDir, file))]);
      if (!withLevers.equals(without)) differing.push(file);
    }
    expect(differing).toEqual([]);
    // The comparison means something: it covered every page of the site.
    expect(files.filter((file) => file.endsWith('.html')).length).toBeGreaterThan(50);
  });

  it('has share cards that look the same (at most a few anti-aliased pixels apart)', async () => {
    const cards = (await listDistFiles(distDir)).filter((file) => file.endsWith('/share.png'));
    expect(cards.length).toBeGreaterThan(10);
    for (const card of cards) {
      const [withLevers, without] = await Promise.all([readFile(join(distDir, card)), readFile(join(plainDir, card))]);
      const a = decodePng(withLevers);
      const b = decodePng(without);
      expect([a.width, a.height], card).toEqual([b.width, b.height]);
      expectVisuallySame(a.rgba, b.rgba, card);
    }
  });
});

/**
 * `npm run bench`: build speed, memory and page weight of the site, and Lighthouse scores.
 * Writes bench/REPORT.md and bench/report.json. Synthetic posts are generated in temporary
 * copies of the project, never in content/.
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from '../src/lib/preview/chromium';
import { copyProject } from '../src/cli/project-copy';
import { serveDirectory } from '../src/lib/preview/static-server';
import { LOCALES } from '../src/i18n/locales';
import { runLighthouse } from './lighthouse';
import { timeDevFirstPage } from './dev-first-page';
import { loadAverage, measure, median, type Measurement } from './measure';
import { starterCopy } from './peer-starter';
import { weighPage } from './page-weight';
import { buildPhases, renderReport, type BenchReport, type CorpusFigures, type StarterFigures } from './report';
import { syntheticPost, syntheticSlug } from './synthetic-posts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const scratch: string[] = [];

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `kubecon-recap-bench-${prefix}-`));
  scratch.push(dir);
  return dir;
}

/** A copy of the project with the real or a synthetic content/ and its own cache. */
async function projectCopy(content: 'real' | number): Promise<string> {
  const root = await copyProject(ROOT, `kubecon-recap-bench-site-${content}`);
  scratch.push(root);
  if (content === 'real') {
    await cp(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  } else {
    for (const locale of LOCALES) {
      await mkdir(join(root, 'content/posts', locale), { recursive: true });
      for (let index = 0; index < content; index += 1) {
        await writeFile(join(root, 'content/posts', locale, `${syntheticSlug(index)}.md`), syntheticPost(index, locale));
      }
    }
  }
  // The same site with Astro 7's default Markdown engine, to price our unified pipeline.
  await writeFile(
    join(root, 'astro.config.satteri.ts'),
    "import config from './astro.config';\nexport default { ...config, markdown: { ...config.markdown, processor: undefined } };\n",
  );
  return root;
}

async function countPages(distDir: string): Promise<number> {
  const entries = await readdir(distDir, { recursive: true });
  return entries.filter((entry) => String(entry).endsWith('.html')).length;
}

/** One cold build: no dist/ and no caches (Astro's, the share images', the SBOM's). */
async function coldBuild(root: string, config = 'astro.config.ts'): Promise<Measurement & { pages: number; load: string }> {
  await rm(join(root, 'dist'), { recursive: true, force: true });
  await rm(join(root, '.astro'), { recursive: true, force: true });
  const load = await loadAverage();
  const result = await measure(process.execPath, [ASTRO, 'build', '--config', config], root);
  return { ...result, load, pages: await countPages(join(root, 'dist')) };
}

/** A cold build but for the share cards, which the build before drew: what the cards cost is the difference. */
async function buildWithCardsCached(root: string): Promise<Measurement & { load: string }> {
  const cards = join(root, '.astro/cache/share-images');
  const kept = join(root, 'share-images-kept');
  await rename(cards, kept);
  await rm(join(root, 'dist'), { recursive: true, force: true });
  await rm(join(root, '.astro'), { recursive: true, force: true });
  await mkdir(join(root, '.astro/cache'), { recursive: true });
  await rename(kept, cards);
  const load = await loadAverage();
  return { ...(await measure(process.execPath, [ASTRO, 'build'], root)), load };
}

/** A second build: no dist/, every cache of the build before kept. */
async function warmBuild(root: string, config = 'astro.config.ts'): Promise<Measurement & { load: string }> {
  await rm(join(root, 'dist'), { recursive: true, force: true });
  const load = await loadAverage();
  return { ...(await measure(process.execPath, [ASTRO, 'build', '--config', config], root)), load };
}

/** The Astro blog starter on the same corpus, measured like ours, or undefined without it. */
async function benchStarter(
  perLocale: number,
  ours: readonly (Measurement & { pages: number; load: string })[],
): Promise<StarterFigures | undefined> {
  const root = await starterCopy(ROOT, perLocale);
  if (!root) {
    console.log('skipping the Astro blog starter: ../shared/peers/astro-blog-starter is absent');
    return undefined;
  }
  scratch.push(root);
  const builds = [];
  // Interleaved with ours would be fairer still; one after the other keeps each build's
  // load average beside it, so a busy machine shows.
  for (let run = 0; run < RUNS; run += 1) builds.push(await coldBuild(root, 'astro.config.bench.mjs'));
  const wallMs = median(builds.map((build) => build.wallMs));
  const pages = builds[0]?.pages ?? 0;
  const warm = await warmBuild(root, 'astro.config.bench.mjs');
  await writeFile(
    join(root, 'src/content/blog', `en-${syntheticSlug(0)}.md`),
    `${await readFile(join(root, 'src/content/blog', `en-${syntheticSlug(0)}.md`), 'utf8')}\nOne more edited sentence.\n`,
  );
  const rebuild = await measure(process.execPath, [ASTRO, 'build', '--config', 'astro.config.bench.mjs'], root);
  const devFirstPageMs = await timeDevFirstPage(root, `/blog/en-${syntheticSlug(1)}/`, 4399, 'astro.config.bench.mjs');
  console.log(
    `starter N=${perLocale}/locale: ${pages} pages, ${Math.round(wallMs)} ms cold, ${(wallMs / pages).toFixed(2)} ms/page (ours: ${Math.round(median(ours.map((build) => build.wallMs)))} ms)`,
  );
  return {
    pages,
    coldBuildMs: builds.map((build) => Math.round(build.wallMs)),
    loads: builds.map((build) => build.load),
    medianColdBuildMs: Math.round(wallMs),
    msPerPage: wallMs / pages,
    peakRssMiB: Math.max(...builds.map((build) => build.peakRssMiB)),
    rebuildAfterEditMs: Math.round(rebuild.wallMs),
    devFirstPageMs: Math.round(devFirstPageMs),
    warmBuildMs: Math.round(warm.wallMs),
    warmLoad: warm.load,
  };
}

async function benchCorpus(perLocale: number): Promise<CorpusFigures> {
  const root = await projectCopy(perLocale);
  const builds = [];
  for (let run = 0; run < RUNS; run += 1) builds.push(await coldBuild(root));
  const pages = builds[0]?.pages ?? 0;
  const wallMs = median(builds.map((build) => build.wallMs));
  const cardsCached = await buildWithCardsCached(root);
  const warm = await warmBuild(root);
  // A rebuild after editing one post: caches warm, one file changed.
  const edited = join(root, 'content/posts/en', `${syntheticSlug(0)}.md`);
  await writeFile(edited, `${syntheticPost(0, 'en')}\nOne more edited sentence.\n`);
  const rebuildLoad = await loadAverage();
  const rebuild = await measure(process.execPath, [ASTRO, 'build'], root);
  const devFirstPageMs = await timeDevFirstPage(root, `/en/posts/${syntheticSlug(1)}/`, 4398);
  const starter = await benchStarter(perLocale, builds);
  const satteri = [];
  for (let run = 0; run < RUNS; run += 1) satteri.push(await coldBuild(root, 'astro.config.satteri.ts'));
  const satteriMs = median(satteri.map((build) => build.wallMs));
  console.log(
    `N=${perLocale}/locale: ${pages} pages, ${Math.round(wallMs)} ms cold (median of ${RUNS}), ${(wallMs / pages).toFixed(2)} ms/page`,
  );
  return {
    postsPerLocale: perLocale,
    pages,
    coldBuildMs: builds.map((build) => Math.round(build.wallMs)),
    loads: builds.map((build) => build.load),
    medianColdBuildMs: Math.round(wallMs),
    msPerPage: wallMs / pages,
    cpuMsPerPage: median(builds.map((build) => build.cpuMs)) / pages,
    peakRssMiB: Math.max(...builds.map((build) => build.peakRssMiB)),
    rebuildAfterEditMs: Math.round(rebuild.wallMs),
    rebuildLoad,
    warmBuildMs: Math.round(warm.wallMs),
    warmLoad: warm.load,
    cardsCachedBuildMs: Math.round(cardsCached.wallMs),
    cardsCachedLoad: cardsCached.load,
    devFirstPageMs: Math.round(devFirstPageMs),
    starter,
    satteriMedianColdBuildMs: Math.round(satteriMs),
    satteriMsPerPage: satteriMs / (satteri[0]?.pages ?? pages),
    phases: buildPhases(builds.at(-1)?.output ?? ''),
  };
}

async function benchInstall(): Promise<number> {
  const dir = await tempDir('install');
  for (const file of ['package.json', 'package-lock.json', '.nvmrc']) await cp(join(ROOT, file), join(dir, file));
  const result = await measure('npm', ['install', '--no-audit', '--no-fund'], dir);
  return Math.round(result.wallMs);
}

async function benchRealSite(): Promise<BenchReport['realSite']> {
  const root = await projectCopy('real');
  const build = await coldBuild(root);
  // The starter's own small site, built cold right after ours: what Astro's start alone costs here.
  const starterRoot = await starterCopy(ROOT, 'own');
  if (starterRoot) scratch.push(starterRoot);
  const starter = starterRoot ? await coldBuild(starterRoot, 'astro.config.bench.mjs') : undefined;
  const dist = join(root, 'dist');
  const paths = ['/en/', '/en/posts/kubecon-2024-paris/', '/en/posts/dagger/'];
  const weights = await Promise.all(paths.map((path) => weighPage(dist, path)));
  const server = await serveDirectory(dist);
  try {
    const lighthouse = await runLighthouse(server.url, paths, CHROMIUM_PATH, RUNS);
    return {
      weights,
      lighthouse,
      buildMs: Math.round(build.wallMs),
      pages: build.pages,
      load: build.load,
      ...(starter && { starter: { buildMs: Math.round(starter.wallMs), pages: starter.pages, load: starter.load } }),
    };
  } finally {
    await server.close();
  }
}

try {
  const started = new Date();
  console.log('measuring the real site (build, page weight, Lighthouse)…');
  const realSite = await benchRealSite();
  const corpora: CorpusFigures[] = [];
  for (const size of SIZES) {
    console.log(`building ${size} synthetic posts per locale, ${RUNS}× cold, then with Sätteri…`);
    corpora.push(await benchCorpus(size));
  }
  console.log('timing npm install on a warm cache…');
  const installMs = await benchInstall();
  const report: BenchReport = {
    date: started.toISOString(),
    machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', node: process.version },
    runs: RUNS,
    realSite,
    corpora,
    installMs,
  };
  await writeFile(join(ROOT, 'bench/report.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(ROOT, 'bench/REPORT.md'), renderReport(report));
  console.log('wrote bench/REPORT.md and bench/report.json');
} finally {
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
}

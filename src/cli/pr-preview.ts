/**
 * `npm run pr:preview -- <base> [--out <folder>]`: builds the working tree and screenshots, at
 * phone and desktop width, each page the branch adds, changes or removes since `base`. The
 * folder (default .astro/pr-preview, printed last) gets `screenshots/`, `index.html`,
 * `summary.md` (also $GITHUB_STEP_SUMMARY) and the site in `site/`. It runs this checkout's
 * code, so CI runs it only in a job with read access (.github/workflows/ci.yml).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, posix, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { changesBetween, mergeBaseOf } from '../lib/authoring/git-commits';
import { logLine } from '../lib/checks/diagnostic';
import { gatePosts } from '../lib/checks/gate';
import { renderBodies } from '../lib/checks/render-bodies';
import { readPostFiles } from '../lib/content/read-posts';
import { CHROMIUM_PATH } from '../lib/preview/chromium';
import { previewPages, type PreviewPost } from '../lib/preview/preview-pages';
import { PREVIEW_VIEWPORTS, previewIndexHtml, previewMarkdown, screenshotFile } from '../lib/preview/preview-report';
import { takeScreenshots } from '../lib/preview/screenshots';

const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
const [base] = positionals;
if (base === undefined || positionals.length > 1) {
  console.error('pr:preview: name the base, e.g. npm run pr:preview -- origin/main [--out <folder>]');
  process.exit(2);
}
const root = process.cwd();
const out = resolve(values.out ?? '.astro/pr-preview');
const site = join(out, 'site');

/** Builds, finds the pages, takes them and writes the folder; exit code 1 when the site does not build. */
async function preview(base: string): Promise<number> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);
  const changes = changesBetween(root, mergeBaseOf(root, base, 'HEAD'));
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  if (spawnSync('astro', ['build', '--outDir', site], { stdio: 'inherit' }).status !== 0) {
    console.error('pr:preview: the site does not build (see above), so there is nothing to show');
    return 1;
  }
  const { files } = await readPostFiles(root);
  const parsed = gatePosts(files, new Date(), []);
  const reports = await renderBodies(root, parsed, true);
  const posts: PreviewPost[] = parsed.map((file) => ({
    slug: file.slug,
    type: file.data.type,
    followUpOf: file.data.type === 'follow-up' ? file.data.followUpOf : undefined,
    images: reports.get(file.path)?.facts.images.map((image) => posix.normalize(posix.join(posix.dirname(file.path), image.src))) ?? [],
  }));
  const pages = previewPages(changes, posts);
  const shots = pages.flatMap((page) =>
    PREVIEW_VIEWPORTS.map((viewport) => ({
      path: page.path,
      viewport,
      colorScheme: 'light' as const,
      file: join(out, screenshotFile(page, viewport)),
    })),
  );
  await takeScreenshots(site, shots, { fullPage: true });
  const markdown = previewMarkdown(pages);
  await writeFile(join(out, 'index.html'), previewIndexHtml(pages));
  await writeFile(join(out, 'summary.md'), `${markdown}\n`);
  if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, `${markdown}\n`);
  for (const page of pages) {
    console.log(logLine(`${page.path} ${page.change}: ${PREVIEW_VIEWPORTS.map((viewport) => screenshotFile(page, viewport)).join(', ')}`));
  }
  console.log(`pr:preview: ${pages.length} page(s), ${pages.length * PREVIEW_VIEWPORTS.length} screenshot(s); open index.html in:`);
  console.log(out);
  return 0;
}

process.exitCode = await preview(base).catch((error: unknown) => {
  console.error(logLine(`pr:preview: ${error instanceof Error ? error.message : String(error)}`));
  return 2;
});

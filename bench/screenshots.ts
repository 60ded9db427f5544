/**
 * `npx tsx bench/screenshots.ts <prefix> [outDir]`: screenshots of the built site (dist/) at
 * 1280 and 390 px, light and dark, for the README and for looking at what we build.
 */
import { join } from 'node:path';
import { pageFileName } from '../src/lib/preview/preview-pages';
import { takeScreenshots, type Shot } from '../src/lib/preview/screenshots';

const prefix = process.argv[2] ?? 'after';
const outDir = process.argv[3] ?? '.github/screenshots';
/** The pages the README shows: the recap, its follow-up, the talk index and a search. */
const DEFAULT_PAGES = ['/en/posts/kubecon-2024-paris/', '/en/posts/rendered-manifests-hands-on/', '/en/talks/', '/en/search/?q=sbom'];
const pages = process.env.SCREENSHOT_PAGES?.split(',') ?? DEFAULT_PAGES;
const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'mobile', width: 390, height: 844 },
];

const shots: Shot[] = pages.flatMap((path) =>
  viewports.flatMap((viewport) =>
    (['light', 'dark'] as const).map((colorScheme) => ({
      path,
      viewport,
      colorScheme,
      file: join(outDir, `${prefix}-${pages.length > 1 ? `${pageFileName(path)}-` : ''}${viewport.name}-${colorScheme}.png`),
    })),
  ),
);
await takeScreenshots('dist', shots, { fullPage: process.env.FULL_PAGE === '1' });
for (const shot of shots) console.log(shot.file);

/**
 * `npx tsx bench/screenshots.ts <prefix> [outDir]`: screenshots of the built site (dist/) at
 * 1280 and 390 px, light and dark, for the README and for looking at what we build.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/helpers/chromium';
import { serveDirectory } from '../tests/helpers/serve';

const prefix = process.argv[2] ?? 'after';
const outDir = process.argv[3] ?? '.github/screenshots';
/** The pages the README shows: the recap, its follow-up, the talk index and a search. */
const DEFAULT_PAGES = ['/en/posts/kubecon-2024-paris/', '/en/posts/rendered-manifests-hands-on/', '/en/talks/', '/en/search/?q=sbom'];
const pages = process.env.SCREENSHOT_PAGES?.split(',') ?? DEFAULT_PAGES;
const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'mobile', width: 390, height: 844 },
] as const;

await mkdir(outDir, { recursive: true });
const server = await serveDirectory('dist');
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  for (const path of pages) {
    const name =
      path
        .replace(/[?#].*/, '')
        .replace(/^\/|\/$/g, '')
        .replaceAll('/', '-') || 'root';
    for (const viewport of viewports) {
      for (const colorScheme of ['light', 'dark'] as const) {
        // Reduced motion: a deep link lands at once instead of mid-way through a smooth scroll.
        const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1, reducedMotion: 'reduce' });
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        // Search results arrive after Pagefind has loaded; the status line says when ("Searching…" until then).
        if (path.includes('/search/?'))
          await page.waitForFunction(() => {
            const status = document.querySelector<HTMLElement>('[data-search-status]');
            return status?.textContent !== '' && status?.textContent !== status?.dataset.searching;
          });
        const file = join(outDir, `${prefix}-${pages.length > 1 ? `${name}-` : ''}${viewport.name}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE === '1' });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

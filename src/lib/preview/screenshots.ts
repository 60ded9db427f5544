import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { serveDirectory } from './static-server';

/** A browser window, named for the files its screenshots go to. */
export interface Viewport {
  name: string;
  width: number;
  height: number;
}

/** One screenshot: a page of the site at one window size and colour scheme, into one file. */
export interface Shot {
  /** A root-relative address, e.g. `/en/posts/kcp/`. */
  path: string;
  viewport: Viewport;
  colorScheme: 'light' | 'dark';
  file: string;
}

/** Waits until a page shows what a reader would see: a redirect followed, search results in. */
async function settle(page: Page, path: string): Promise<void> {
  // A renamed post's old address is a redirect page (meta refresh): show where it leads.
  if ((await page.locator('meta[http-equiv="refresh" i]').count()) > 0) {
    await page.waitForURL((url) => `${url.pathname}${url.search}` !== path);
    await page.waitForLoadState('load');
  }
  // Search results arrive after Pagefind has loaded; the status line says when ("Searching…" until then).
  if (path.includes('/search/?')) {
    await page.waitForFunction(() => {
      const status = document.querySelector<HTMLElement>('[data-search-status]');
      return status?.textContent !== '' && status?.textContent !== status?.dataset.searching;
    });
  }
}

/**
 * Screenshots the built site in `siteDir`, served on 127.0.0.1, in Chromium with reduced motion
 * (a deep link lands at once, not mid-scroll); one window per size and colour scheme.
 */
export async function takeScreenshots(siteDir: string, shots: readonly Shot[], { fullPage = false } = {}): Promise<void> {
  const windows = Map.groupBy(shots, (shot) => `${shot.viewport.width}x${shot.viewport.height} ${shot.colorScheme}`);
  const server = await serveDirectory(siteDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const group of windows.values()) {
      const { viewport, colorScheme } = group[0] as Shot;
      const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1, reducedMotion: 'reduce' });
      try {
        const page = await context.newPage();
        for (const shot of group) {
          await page.goto(`${server.url}${shot.path}`, { waitUntil: 'load' });
          await settle(page, shot.path);
          await mkdir(dirname(shot.file), { recursive: true });
          await page.screenshot({ path: shot.file, fullPage });
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

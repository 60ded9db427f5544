import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/lib/preview/chromium';
import { serveDirectory, type StaticServer } from '../../src/lib/preview/static-server';

/** Debian's Chromium, or the one CHROMIUM_PATH names; undefined when neither exists. */
function findChromium(): string | undefined {
  return existsSync(CHROMIUM_PATH) ? CHROMIUM_PATH : undefined;
}

/**
 * Whether browser tests can run here. Without Chromium they are skipped with one line of
 * reason, except in CI, where a missing browser is a failure.
 */
export function hasBrowser(): boolean {
  if (findChromium()) return true;
  const reason = `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI) throw new Error(`CI is set, so browser tests must run, but there is ${reason}`);
  console.warn(`browser tests skipped: ${reason}`);
  return false;
}

/** What a visit may set on the shared page; everything else is Playwright's default (1280×720, light, motion allowed). */
interface VisitOptions {
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  javaScriptEnabled?: boolean;
}

/** A browser and the built site served on 127.0.0.1, for the tests of one file. */
export interface SiteSession {
  browser: Browser;
  server: StaticServer;
  /** A fresh context (own cookies, storage, permissions) with one page at `path`, closed after the test. */
  open: (path: string, options?: BrowserContextOptions) => Promise<{ page: Page; context: BrowserContext }>;
  /**
   * The file's shared page (one with and one without JavaScript), freshly loaded at `path` with
   * the window and media asked for: for a test that only reads and clicks, which leaves no
   * storage, permission, listener or clock behind. A new page costs a renderer process; a load does not.
   */
  visit: (path: string, options?: VisitOptions) => Promise<Page>;
}

/**
 * Starts Chromium and a server for the built site before the file's tests, and stops both
 * after. `distDir` names another built site (read once the file's own setup has built it).
 */
export function useSiteSession(distDir: () => string = () => inject('distDir')): SiteSession {
  const session = {} as SiteSession;
  const contexts: BrowserContext[] = [];
  const shared = new Map<boolean, Page>();
  beforeAll(async () => {
    session.server = await serveDirectory(distDir());
    const executablePath = findChromium();
    session.browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
    const newPage = async (options: BrowserContextOptions) =>
      (await session.browser.newContext({ baseURL: session.server.url, ...options })).newPage();
    session.open = async (path, options = {}) => {
      const page = await newPage(options);
      contexts.push(page.context());
      await page.goto(path);
      return { page, context: page.context() };
    };
    session.visit = async (
      path,
      { viewport = { width: 1280, height: 720 }, colorScheme = 'light', reducedMotion = 'no-preference', javaScriptEnabled = true } = {},
    ) => {
      const page = shared.get(javaScriptEnabled) ?? (await newPage({ javaScriptEnabled }));
      shared.set(javaScriptEnabled, page);
      await page.setViewportSize(viewport);
      await page.emulateMedia({ media: null, colorScheme, reducedMotion });
      // By way of a blank page, so that a link to a fragment of the page already there loads it anew.
      await page.goto('about:blank');
      await page.goto(path);
      return page;
    };
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/**
 * Whether the element's top edge comes into the viewport. Smooth scrolling may still be
 * moving it, so this waits until the browser reports it there rather than reading it once;
 * false if it never arrives within 10 s. (Polled from the test, not with requestAnimationFrame
 * in the page: a page opened without JavaScript runs no frame callbacks.)
 */
export async function isInViewport(page: Page, selector: string): Promise<boolean> {
  const inView = () =>
    page.locator(selector).evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
  try {
    await expect.poll(inView, { timeout: 10_000 }).toBe(true);
    return true;
  } catch {
    return false;
  }
}

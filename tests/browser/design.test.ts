import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, useSiteSession } from '../helpers/browser';
import { THEME_STORAGE_KEY } from '../../src/lib/browser/theme';

const RECAP = 'kubecon-2024-paris';
// The page background of each scheme, from src/styles/tokens.css.
const LIGHT_BG = 'rgb(250, 249, 246)';
const DARK_BG = 'rgb(16, 19, 24)';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

describe.runIf(hasBrowser())('the design’s reader features in Chromium', () => {
  const session = useSiteSession();

  test('copies a section’s address from its permalink, shows that beside it and announces it', async () => {
    const { page, context } = await session.open(`/en/posts/${RECAP}/`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // The note's timer runs on a fake clock: the test moves time on instead of waiting for it.
    await page.clock.install();
    const heading = page.locator('section:has(#sboms) > .heading-wrapper');
    const feedback = heading.locator('.copy-feedback');
    expect(await feedback.count()).toBe(0);
    await heading.getByRole('link', { name: /^Link to section: SBOMs/ }).click();
    // The permalink still leads to its section…
    await page.waitForURL(`**/en/posts/${RECAP}/#sboms`);
    // …and copied its address, said so beside it and to screen readers.
    const expected = `${session.server.url}/en/posts/${RECAP}/#sboms`;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect.poll(() => feedback.textContent()).toBe('Copied');
    expect(await feedback.getAttribute('aria-hidden')).toBe('true');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).textContent()).toBe(`Link copied: ${expected}`);
    // The note goes away by itself, so the heading returns to rest.
    await page.clock.runFor(2_000);
    expect(await feedback.isVisible()).toBe(true);
    await page.clock.runFor(1_000);
    await expect.poll(() => feedback.count()).toBe(0);
  });

  test('leads along the recap’s reading order with labelled previous/next links', async () => {
    const { page } = await session.open('/de/posts/kcp/');
    const pager = page.getByRole('navigation', { name: 'Weiterlesen' });
    expect(await pager.getByRole('link').allTextContents()).toEqual([
      expect.stringMatching(/Zum Rückblick\s*Sieben Highlights aus Paris/),
      expect.stringMatching(/Nächstes Highlight.*(?:[\n\r\u2028\u2029]\s*)?Kubeflow: von Bash-Skripten/),
    ]);
    await pager.getByRole('link', { name: /Nächstes Highlight/ }).click();
    await page.waitForURL('**/de/posts/kubeflow/');
    await page
      .getByRole('navigation', { name: 'Weiterlesen' })
      .getByRole('link', { name: /Vorheriges Highlight/ })
      .click();
    await page.waitForURL('**/de/posts/kcp/');

    const { page: english } = await session.open('/en/posts/rendered-manifests/');
    const next = english.getByRole('navigation', { name: 'Keep reading' }).getByRole('link', { name: /Next follow-up/ });
    expect(await next.getAttribute('href')).toBe('/en/posts/rendered-manifests-hands-on/');
  });

  test('remembers the chosen theme across a reload and a navigation, by keyboard too', async () => {
    const { page } = await session.open('/en/', { colorScheme: 'light' });
    expect(await background(page)).toBe(LIGHT_BG);
    const group = page.getByRole('group', { name: 'Colour scheme' });
    expect(await group.getByRole('radio', { name: 'System' }).isChecked()).toBe(true);
    await group.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => background(page)).toBe(DARK_BG);
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).toBe('dark');

    await page.reload();
    expect(await background(page)).toBe(DARK_BG);
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);

    await page.getByRole('link', { name: 'Seven highlights from Paris: our KubeCon Europe 2024' }).click();
    await page.waitForURL(`**/en/posts/${RECAP}/`);
    expect(await background(page)).toBe(DARK_BG);

    // A radio group: arrow keys move the choice (dark → system wraps around), Space is not needed.
    await page.getByRole('radio', { name: 'Dark' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? 'system')).toBe('system');
    expect(await page.evaluate((key) => localStorage.getItem(key), THEME_STORAGE_KEY)).toBeNull();
    expect(await background(page)).toBe(LIGHT_BG);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => background(page)).toBe(DARK_BG);
  });

  test('applies a stored theme before first paint: no flash of the system theme', async () => {
    const { page, context } = await session.open('/404.html', { colorScheme: 'light' });
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await context.addInitScript((key) => {
      localStorage.setItem(key, 'dark');
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(event.violatedDirective),
      );
      // The moment <body> is created, <head> (styles and the theme script) is parsed and
      // nothing has been painted: record what the first frame would show.
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        observer.disconnect();
        (window as unknown as { firstBackground: string }).firstBackground = getComputedStyle(document.documentElement).backgroundColor;
      }).observe(document, { childList: true, subtree: true });
    }, THEME_STORAGE_KEY);
    for (const path of ['/en/', `/de/posts/${RECAP}/`, '/en/search/']) {
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      expect(await page.evaluate(() => (window as unknown as { firstBackground?: string }).firstBackground), path).toBe(DARK_BG);
    }
    expect(violations).toEqual([]);
  });

  test('without JavaScript follows the system theme and shows no theme control', async () => {
    for (const [colorScheme, expected] of [
      ['dark', DARK_BG],
      ['light', LIGHT_BG],
    ] as const) {
      const { page } = await session.open(`/en/posts/${RECAP}/`, { javaScriptEnabled: false, colorScheme });
      expect(await background(page)).toBe(expected);
      expect(await page.locator('[data-theme-switch]').isVisible()).toBe(false);
      expect(await page.getByRole('radio').count()).toBe(0);
    }
  });
});

import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hasBrowser, useSiteSession } from '../helpers/browser';

/** The visible count once the search for the page's ?q= has answered ("Searching…" until then). */
async function countOf(page: Page): Promise<string> {
  const answer = () =>
    page.locator('[data-search-status]').evaluate((status) => {
      const text = status.textContent ?? '';
      return text === (status as HTMLElement).dataset.searching ? '' : text;
    });
  await expect.poll(answer, { timeout: 15_000 }).not.toBe('');
  return answer();
}

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.runIf(hasBrowser())('search in Chromium', () => {
  const session = useSiteSession();

  test.each([
    ['/en/search/?q=jupyterlab', '1 post found', 1],
    ['/de/search/?q=jupyterlab', '1 Beitrag gefunden', 1],
    ['/en/search/?q=kcp', '2 posts found', 2],
    ['/de/search/?q=kcp', '2 Beiträge gefunden', 2],
  ])('%s shows the count “%s”, singular or plural, and as many cards', async (path, expected, cards) => {
    const { page } = await session.open(path);
    expect(await countOf(page)).toBe(expected);
    expect(await page.locator('[data-search-status]').isVisible()).toBe(true);
    expect(await page.locator('.search-results > li.post-card').count()).toBe(cards);
    expect(await page.locator('[data-search-empty]').isHidden()).toBe(true);
  });

  test.each(['xqzzy', 'asdf', 'blorf'])('a made-up word (%s) finds nothing and says where to go instead', async (word) => {
    const { page } = await session.open(`/en/search/?q=${word}`);
    expect(await countOf(page)).toBe('No posts found');
    expect(await page.locator('.search-results > li').count()).toBe(0);
    const empty = page.locator('[data-search-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '/en/',
      '/en/talks/',
    ]);
  });

  test('on a phone, says it is searching at once and holds the results’ place: layout shift ≤ 0.05', async () => {
    const context = await session.browser.newContext({ baseURL: session.server.url, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    // Recorded by the page from its first moment: every status text it showed, and every layout shift.
    await page.addInitScript(() => {
      const record = window as unknown as { statuses: string[]; shift: number };
      record.statuses = [];
      record.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!entry.hadRecentInput) record.shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      new MutationObserver(() => {
        const text = document.querySelector('[data-search-status]')?.textContent ?? '';
        if (text !== '' && text !== record.statuses.at(-1)) record.statuses.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto('/en/search/?q=sbom');
    expect(await countOf(page)).not.toBe('');
    await expect.poll(() => page.locator('.search-results > li').count()).toBeGreaterThan(0);
    // A frame after the results: any shift they caused has been reported by then.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const { statuses, shift } = await page.evaluate(() => {
      const record = window as unknown as { statuses: string[]; shift: number };
      return { statuses: record.statuses, shift: record.shift };
    });
    expect(statuses[0]).toBe('Searching…');
    expect(statuses.at(-1)).toMatch(/^\d+ posts? found$/);
    expect(shift).toBeLessThanOrEqual(0.05);
    await context.close();
  });

  test('marks only the words that matched, never the punctuation around them', async () => {
    const { page } = await session.open('/en/search/?q=dagger');
    await countOf(page);
    const marks = await page.locator('.search-excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(3);
    for (const mark of marks) expect(mark).toMatch(/^[\p{L}\p{N}](?:.*[\p{L}\p{N}])?$/u);
    expect(marks.map((mark) => mark.toLowerCase())).toContain('dagger');
  });

  test('shows each result as a card with its kind and date', async () => {
    const { page } = await session.open('/de/search/?q=kcp');
    await countOf(page);
    const cards = await page.locator('.search-results > li').evaluateAll((items) =>
      items.map((item) => ({
        kind: item.querySelector('.chip-kind')?.textContent,
        datetime: item.querySelector('time')?.getAttribute('datetime'),
        date: item.querySelector('time')?.textContent,
        href: item.querySelector('h2 a')?.getAttribute('href'),
      })),
    );
    expect(cards).toEqual([
      { kind: 'Highlight', datetime: '2024-04-08', date: '8. April 2024', href: '/de/posts/kcp/' },
      { kind: 'Rückblick', datetime: '2024-04-08', date: '8. April 2024', href: '/de/posts/kubecon-2024-paris/' },
    ]);
  });

  test('quotes only prose in excerpts, with “…” where the text is cut', async () => {
    const { page } = await session.open('/en/search/?q=dagger');
    await countOf(page);
    const excerpts = await page.locator('.search-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) {
      expect(excerpt).toMatch(/^…/);
      expect(excerpt).toMatch(/…$/);
      for (const label of [
        'Project website',
        'Hosted by',
        'About the session',
        'Speakers',
        'On this page',
        'Copy link',
        'min read',
        'Follow-ups',
      ])
        expect(excerpt).not.toContain(label);
    }
  });

  test('still finds a post by its session’s people, which are metadata, not excerpt text', async () => {
    const { page } = await session.open('/en/search/?q=maintainers');
    await countOf(page);
    expect(await page.locator('.search-results h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toContain(
      '/en/posts/dagger/',
    );
    expect(await page.locator('.search-results').textContent()).not.toContain('the Dagger maintainers Project website');
  });

  test('works by keyboard: type, Enter, then Tab reaches the results in order', async () => {
    const { page } = await session.open('/de/search/');
    await page.getByRole('searchbox', { name: 'Suchbegriff' }).focus();
    await page.keyboard.type('kcp');
    await page.keyboard.press('Enter');
    expect(await countOf(page)).toBe('2 Beiträge gefunden');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Suchen');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/de/posts/kcp/');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/de/posts/kcp/');
  });

  test('a new search replaces the nothing-found state with results', async () => {
    const { page } = await session.open('/en/search/?q=xqzzy');
    expect(await countOf(page)).toBe('No posts found');
    const field = page.getByRole('searchbox', { name: 'Search term' });
    await field.fill('jupyterlab');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe('1 post found');
    expect(await page.locator('[data-search-empty]').isHidden()).toBe(true);
    await field.fill('');
    await expect.poll(() => page.locator('.search-results > li').count()).toBe(0);
    expect(await page.locator('[data-search-empty]').isHidden()).toBe(true);
  });

  test.each(['light', 'dark'] as const)('axe finds nothing on results and on nothing-found in the %s scheme', async (colorScheme) => {
    for (const path of ['/en/search/?q=dagger', '/de/search/?q=xqzzy']) {
      // axe is injected as an inline script, which the site's own CSP (rightly) forbids.
      const { page } = await session.open(path, { colorScheme, bypassCSP: true });
      await countOf(page);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const { axe } = window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string }[] }> } };
        const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
        return result.violations.map((violation) => violation.id);
      });
      expect(violations, path).toEqual([]);
    }
  });
});

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
  await expect.poll(answer).not.toBe('');
  return answer();
}

const hrefs = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.runIf(hasBrowser())('search in Chromium', () => {
  const session = useSiteSession();

  test.each([
    ['/en/search/?q=jupyterlab', '1 post found', 1],
    ['/de/search/?q=jupyterlab', '1 Beitrag gefunden', 1],
    ['/en/search/?q=kcp', '2 posts found', 2],
    ['/de/search/?q=kcp', '2 Beiträge gefunden', 2],
  ])('%s shows the count “%s”, singular or plural, and as many cards', async (path, expected, cards) => {
    const page = await session.visit(path);
    expect(await countOf(page)).toBe(expected);
    expect(await page.locator('[data-search-status]').isVisible()).toBe(true);
    expect(await page.locator('.search-results > li.post-card').count()).toBe(cards);
    expect(await page.locator('[data-search-empty]').isHidden()).toBe(true);
  });

  test('a made-up word finds nothing and says where to go instead; a new search replaces that with results', async () => {
    const page = await session.visit('/en/search/?q=xqzzy');
    const field = page.getByRole('searchbox', { name: 'Search term' });
    const empty = page.locator('[data-search-empty]');
    for (const word of ['xqzzy', 'asdf', 'blorf']) {
      await field.fill(word);
      await expect.poll(() => page.locator('[data-search-status]').textContent(), { message: word }).toBe('No posts found');
      expect(await page.locator('.search-results > li').count()).toBe(0);
      expect(await empty.isVisible()).toBe(true);
      expect(await hrefs(page, '[data-search-empty] a')).toEqual(['/en/', '/en/talks/']);
    }
    await field.fill('jupyterlab');
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toBe('1 post found');
    expect(await empty.isHidden()).toBe(true);
    await field.fill('');
    await expect.poll(() => page.locator('.search-results > li').count()).toBe(0);
    expect(await empty.isHidden()).toBe(true);
  });

  test('on a phone, says it is searching at once and holds the results’ place: layout shift ≤ 0.05', async () => {
    const { page } = await session.open('about:blank', { viewport: { width: 390, height: 844 } });
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
      const { statuses, shift } = window as unknown as { statuses: string[]; shift: number };
      return { statuses, shift };
    });
    expect(statuses[0]).toBe('Searching…');
    expect(statuses.at(-1)).toMatch(/^\d+ posts? found$/);
    expect(shift).toBeLessThanOrEqual(0.05);
  });

  test('marks only the words that matched, never the punctuation around them', async () => {
    const page = await session.visit('/en/search/?q=dagger');
    await countOf(page);
    const marks = await page.locator('.search-excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(3);
    for (const mark of marks) expect(mark).toMatch(/^[\p{L}\p{N}](?:.*[\p{L}\p{N}])?$/u);
    expect(marks.map((mark) => mark.toLowerCase())).toContain('dagger');
  });

  test('shows each result as a card with its kind and date, in the page’s language only', async () => {
    const page = await session.visit('/de/search/?q=kcp');
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

  test.each(['dagger', 'validation'])(
    'quotes only prose for “%s”, with “…” where an excerpt is cut, and no page furniture',
    async (word) => {
      const page = await session.visit(`/en/search/?q=${word}`);
      await countOf(page);
      const results = (await page.locator('.search-results').textContent()) ?? '';
      expect(results).toMatch(new RegExp(word, 'i'));
      for (const label of ['min read', 'Published', 'Link to section', 'About the session', 'On this page'])
        expect(results).not.toContain(label);
      const excerpts = await page.locator('.search-excerpt').allTextContents();
      expect(excerpts.length).toBeGreaterThan(0);
      for (const excerpt of excerpts) {
        expect(excerpt).toMatch(/^….*…$/s);
        for (const label of ['Project website', 'Hosted by', 'Speakers', 'Copy link', 'Follow-ups']) expect(excerpt).not.toContain(label);
      }
    },
  );

  test('still finds a post by its session’s people, which are metadata, not excerpt text', async () => {
    const page = await session.visit('/en/search/?q=maintainers');
    await countOf(page);
    expect(await hrefs(page, '.search-results h2 a')).toContain('/en/posts/dagger/');
    expect(await page.locator('.search-results').textContent()).not.toContain('the Dagger maintainers Project website');
  });

  test('works by keyboard: type, Enter, then Tab reaches the results in order', async () => {
    const page = await session.visit('/de/search/');
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

  test('keeps the query in ?q=, leads by keyboard to a talk section, and shows the query again after Back', async () => {
    const page = await session.visit('/en/search/');
    const field = page.getByRole('searchbox', { name: 'Search term' });
    await field.focus();
    await page.keyboard.type('kubectl-validate');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/en/search/?q=kubectl-validate');
    expect(await countOf(page)).toMatch(/^\d+ posts found$/);
    const sectionLink = page.locator('.search-results a[href*="#"]').first();
    const href = (await sectionLink.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/en\/posts\/[^/]+\/#[a-z0-9-]+$/);
    await sectionLink.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`);
    expect(await page.locator(`[id="${decodeURIComponent(href.split('#')[1] ?? '')}"]`).count()).toBe(1);
    await page.goBack();
    await page.waitForURL('**/en/search/?q=kubectl-validate');
    expect(await field.inputValue()).toBe('kubectl-validate');
    await expect.poll(() => page.locator('.search-results li').count()).toBeGreaterThan(0);
  });

  test.each(['/en/search/?q=dagger', '/de/search/?q=xqzzy'])('axe finds nothing on %s, in the light and the dark scheme', async (path) => {
    const page = await session.visit(path, { colorScheme: 'light' });
    await countOf(page);
    // Evaluated by DevTools, which the page's CSP allows.
    await page.evaluate(axeSource);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const violations = await page.evaluate(async () => {
        const { axe } = window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string }[] }> } };
        const tags = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];
        return (await axe.run({ runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations.map(
          (violation) => violation.id,
        );
      });
      expect(violations, colorScheme).toEqual([]);
    }
  });
});

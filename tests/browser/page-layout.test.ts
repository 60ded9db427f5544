import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hasBrowser, useSiteSession } from '../helpers/browser';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const RECAP = '/en/posts/kubecon-2024-paris/';

const headerHeight = (page: Page) => page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
const style = (page: Page, selector: string, property: 'hyphens' | 'gridTemplateColumns') =>
  page
    .locator(selector)
    .first()
    .evaluate((element, name) => getComputedStyle(element)[name], property);

/** The boxes and names of the links and controls `selector` shows (the header's row: without the open menu's). */
const visibleControls = (page: Page, selector: string) =>
  page.locator(selector).evaluate((root) =>
    [...root.querySelectorAll('a, button, label')]
      .filter((element) => element.checkVisibility() && (root.matches(':popover-open') || !element.closest(':popover-open')))
      .map((element) => {
        const box = element.getBoundingClientRect();
        const name =
          element.getAttribute('aria-label') ?? element.querySelector('.site-title, .visually-hidden')?.textContent ?? element.textContent;
        return { name: (name ?? '').trim(), x: box.x, y: box.y, width: box.width, height: box.height };
      }),
  );

describe.runIf(hasBrowser())('the layout of posts and lists in Chromium', () => {
  const session = useSiteSession();

  test('gives a phone 44×44 px header controls, with the navigation, language and colour scheme in a menu that Escape closes', async () => {
    const page = await session.visit('/en/talks/', { viewport: PHONE });
    const small = (boxes: { name: string; width: number; height: number }[]) =>
      boxes.filter((box) => box.width < 44 || box.height < 44).map((box) => box.name);
    const row = await visibleControls(page, '.site-header-inner');
    expect(row.map((box) => box.name)).toEqual(['KubeCon Europe 2024 – Recap', 'Search', 'Menu']);
    expect(small(row)).toEqual([]);
    await page.getByRole('button', { name: 'Menu' }).click();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect.poll(() => nav.isVisible()).toBe(true);
    expect(await nav.getByRole('link', { name: 'Sessions' }).getAttribute('aria-current')).toBe('page');
    const items = await visibleControls(page, '#site-menu');
    expect(items.length).toBeGreaterThanOrEqual(6);
    expect(small(items)).toEqual([]);
    // The menu opens below the header and inside the window.
    expect(Math.min(...items.map((item) => item.y))).toBeGreaterThanOrEqual(await headerHeight(page));
    expect(Math.max(...items.map((item) => item.x + item.width))).toBeLessThanOrEqual(PHONE.width);
    await page.keyboard.press('Escape');
    await expect.poll(() => nav.isVisible()).toBe(false);
  });

  test('marks the current page in the navigation, for screen readers and visibly', async () => {
    const page = await session.visit('/en/talks/', { viewport: DESKTOP });
    // The page opens at its top: only a phone's scrolling row of filters brings its current one into view.
    expect(await page.evaluate(() => scrollY)).toBe(0);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.locator('[aria-current]').allTextContents()).toEqual(['Sessions']);
    expect(await nav.locator('[aria-current]').getAttribute('aria-current')).toBe('page');
    const look = (name: string) =>
      nav.getByRole('link', { name }).evaluate((link) => [getComputedStyle(link).borderBottomColor, getComputedStyle(link).fontWeight]);
    expect(await look('Sessions')).not.toEqual(await look('Posts'));
    const topic = await session.visit('/de/talks/gitops/', { viewport: PHONE });
    await topic.getByRole('button', { name: 'Menü' }).click();
    const sessions = topic.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Sessions' });
    expect(await sessions.getAttribute('aria-current')).toBe('true');
    // On a phone the search link is an icon in the header's row whose name is still the word.
    const search = await session.visit('/de/search/', { viewport: PHONE });
    expect(await search.getByRole('link', { name: 'Suche' }).getAttribute('aria-current')).toBe('page');
  });

  test('shows the talk index’s first session on a phone’s first screen, its filters in one row and each card compact', async () => {
    const page = await session.visit('/en/talks/', { viewport: PHONE });
    const filterTops = await page
      .getByRole('navigation', { name: 'Filter by topic' })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(filterTops.length).toBeGreaterThan(5);
    expect(new Set(filterTops).size).toBe(1);
    // The filters scroll inside their row; the page never does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    const first = await page.locator('.talk-index-entry').first().boundingBox();
    expect(first && first.y + first.height, 'the whole first session on the first screen').toBeLessThanOrEqual(PHONE.height);
    // Labels beside their values: a card of four facts takes well under half a screen.
    expect(first?.height).toBeLessThan(PHONE.height / 2);
    const topic = await session.visit('/en/talks/community/', { viewport: PHONE });
    const current = await topic.locator('.talk-filter a[aria-current="page"]').boundingBox();
    expect(current && current.x >= 0 && current.x + current.width <= PHONE.width, 'the topic’s own filter in view').toBe(true);
  });

  test('collapses the table of contents on a phone and shows it beside the text on a desktop', async () => {
    const page = await session.visit('/en/posts/kcp/', { viewport: PHONE });
    const firstEntry = page.locator('.toc a').first();
    expect(await firstEntry.isVisible()).toBe(false);
    await page.locator('.toc summary').click();
    await expect.poll(() => firstEntry.isVisible()).toBe(true);
    const desktop = await session.visit('/en/posts/kcp/', { viewport: DESKTOP });
    const toc = await desktop.getByRole('navigation', { name: 'On this page' }).boundingBox();
    const text = await desktop.locator('.prose').first().boundingBox();
    expect(await desktop.locator('.toc a').first().isVisible()).toBe(true);
    expect(toc && text && toc.x).toBeGreaterThan((text?.x ?? 0) + (text?.width ?? 0));
    expect(toc?.y).toBeLessThan(DESKTOP.height);
  });

  test('marks the section being read in the table of contents, and no section while the reader is in the intro', async () => {
    const page = await session.visit('/en/posts/rendered-manifests-hands-on/');
    const current = () => page.evaluate(() => document.querySelector('.toc nav a:target-current')?.getAttribute('href') ?? null);
    // In the intro, the first section is still ahead: at most the post's beginning is marked.
    await page.evaluate(() => scrollTo(0, (document.querySelector('.prose > p')?.getBoundingClientRect().top ?? 0) + scrollY));
    await expect.poll(current).toBe('#top');
    const target = (await page.locator('.toc nav a').last().getAttribute('href')) ?? '';
    await page.evaluate((id) => document.querySelector(id)?.scrollIntoView({ block: 'start' }), target);
    await expect.poll(current).toBe(target);
  });

  test('keeps a way back to the contents in view at the end of a long post on a phone, which opens them', async () => {
    const page = await session.visit('/en/posts/rendered-manifests-hands-on/', { viewport: PHONE });
    const back = page.getByRole('link', { name: 'Contents' });
    // Not on the first screen, where the contents are in view anyway.
    expect(await back.isVisible()).toBe(false);
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => back.isVisible()).toBe(true);
    const box = await back.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(box && Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    await back.click();
    await page.waitForURL('**/en/posts/rendered-manifests-hands-on/#toc');
    const entry = page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'The render step' });
    await expect.poll(() => entry.isVisible()).toBe(true);
  });

  test('gives the recap its own contents, the seven highlights, beside the text on a desktop', async () => {
    const page = await session.visit(RECAP, { viewport: DESKTOP });
    const entries = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
    expect(await entries.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
      ['top', 'kcp', 'kubeflow', 'dagger', 'rendered-manifests', 'shift-left', 'sboms', 'community'].map((id) => `#${id}`),
    );
    expect(await entries.nth(1).textContent()).toBe(await page.locator('section:has(#kcp) h2').textContent());
    expect(await entries.first().isVisible()).toBe(true);
  });

  test.each([
    [PHONE, 2],
    [DESKTOP, 4],
  ])(
    'at $width px sets the recap’s conference facts in %i columns and all its reading to one measure, in line',
    async (viewport, columns) => {
      const page = await session.visit(RECAP, { viewport });
      expect((await style(page, '.event-facts', 'gridTemplateColumns')).split(' ')).toHaveLength(columns);
      // The first paragraph of the prose, then each card's summary: characters a line and edges.
      const [prose, ...cards] = await page
        .locator('.prose:not(.talk-sections ~ .prose) > p:first-child, .talk-summary')
        .evaluateAll((elements) =>
          elements.map((element) => {
            // Characters on each line, from where the browser set each one; the last line is short.
            const lines = new Map<number, number>();
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (let index = 0; index < (node.textContent ?? '').length; index += 1) {
                const range = document.createRange();
                range.setStart(node, index);
                range.setEnd(node, index + 1);
                const top = Math.round(range.getBoundingClientRect().top);
                lines.set(top, (lines.get(top) ?? 0) + 1);
              }
            }
            const full = [...lines.values()].slice(0, -1);
            const box = element.getBoundingClientRect();
            return { perLine: full.reduce((sum, count) => sum + count, 0) / full.length, left: box.left, right: box.right };
          }),
        );
      expect(cards).toHaveLength(7);
      for (const text of [prose, ...cards]) {
        // About 65–75 characters a line on a desktop; on a phone, the window's width.
        if (viewport === DESKTOP) expect(text?.perLine).toBeGreaterThan(60);
        if (viewport === DESKTOP) expect(text?.perLine).toBeLessThan(78);
        expect(Math.abs((text?.left ?? 0) - (prose?.left ?? 0)), 'left edges').toBeLessThanOrEqual(2);
        expect(Math.abs((text?.right ?? 0) - (prose?.right ?? 0)), 'right edges').toBeLessThanOrEqual(2);
      }
    },
  );

  test('hyphenates German prose wherever it appears, and keeps every arrow with its words', async () => {
    const page = await session.visit('/de/posts/kubecon-2024-paris/');
    const hyphens = await page
      .locator('.prose > p, .talk-summary')
      .evaluateAll((elements) => [...new Set(elements.map((element) => getComputedStyle(element).hyphens))]);
    expect(hyphens).toEqual(['auto']);
    // An arrow is bound to the word beside it by a no-break space: never alone on a line.
    const arrows = await page.locator('.talk-read, .pager-label').allTextContents();
    expect(arrows.length).toBeGreaterThan(7);
    const home = await session.visit('/de/');
    expect(await style(home, '.post-card-description', 'hyphens')).toBe('auto');
    for (const text of arrows) expect(text).toMatch(/\u00a0→|←\u00a0/);
  });

  test('prints posts without the site’s chrome, link addresses spelled out, code under its caption without a copy button', async () => {
    const page = await session.visit(RECAP);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-nav', '.site-controls', '.site-footer', '.toc', '.post-end', '.heading-link']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    const projectLink = page.locator('.talk-actions a[href^="http"]').first();
    const href = await projectLink.getAttribute('href');
    expect(await projectLink.evaluate((link) => getComputedStyle(link, '::after').content)).toBe(`" (${href})"`);
    // Paper is the reading column: the text and the cards take the page's width.
    const widths = await page.evaluate(() => ({
      page: document.querySelector('main')?.clientWidth ?? 0,
      text: [...document.querySelectorAll('.post > .prose, .talk-section')].map((element) => element.getBoundingClientRect().width),
    }));
    expect(widths.text.length).toBeGreaterThan(7);
    for (const width of widths.text) expect(width).toBeGreaterThan(0.9 * widths.page);

    const post = await session.visit('/en/posts/rendered-manifests-hands-on/');
    await post.locator('.code-copy').first().waitFor();
    await post.emulateMedia({ media: 'print' });
    const prose = post.locator('.prose p a[href="https://github.com/puzzle/kubecon-recap"]');
    expect(await prose.evaluate((link) => getComputedStyle(link, '::after').content)).toContain('https://github.com/puzzle/kubecon-recap');
    expect(await post.locator('.code-copy').first().isVisible()).toBe(false);
    expect(await post.locator('.code-title').first().isVisible()).toBe(true);
    // The code starts right below the caption: no row kept free for a button.
    const gap = await post
      .locator('figure.code-block:has(.code-title)')
      .first()
      .evaluate(
        (figure) =>
          (figure.querySelector('pre code')?.getClientRects()[0]?.top ?? 0) -
          (figure.querySelector('figcaption')?.getBoundingClientRect().bottom ?? 0),
      );
    expect(gap).toBeLessThan(24);
  });
});

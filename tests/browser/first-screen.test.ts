import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, useSiteSession } from '../helpers/browser';
import { readDistPages } from '../helpers/dist';
import { THEME_COLORS } from '../../src/site';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 640 };
/** A 390×844 phone at 200 % zoom. */
const ZOOMED = { width: 195, height: 422 };
/** The built pages a reader can open (redirect pages say only where to go, and are left out). */
async function readerPages(): Promise<string[]> {
  return (await readDistPages(inject('distDir'))).map((page) => page.path);
}

const headerHeight = (page: Page) => page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The links, buttons and options the header's row shows, with their accessible text and boxes. */
const visibleHeaderControls = (page: Page): Promise<Box[]> =>
  page.locator('.site-header-inner').evaluate((header) =>
    [...header.querySelectorAll('a, button, label')]
      .filter((element) => element.checkVisibility() && !element.closest(':popover-open'))
      .map((element) => {
        const box = element.getBoundingClientRect();
        const name =
          element.getAttribute('aria-label') ?? element.querySelector('.site-title, .visually-hidden')?.textContent ?? element.textContent;
        return { name: (name ?? '').trim(), x: box.x, y: box.y, width: box.width, height: box.height };
      }),
  );

describe.runIf(hasBrowser())('a post’s first screen, the header and reflow in Chromium', () => {
  const session = useSiteSession();

  test('every post shows its title and the start of its text on a 390×844 phone, in both languages', async () => {
    const posts = (await readerPages()).filter((path) => /^\/(de|en)\/posts\/[^/]+\/$/.test(path));
    expect(posts.length).toBeGreaterThan(10);
    for (const path of posts) {
      const { page, context } = await session.open(path, { viewport: PHONE });
      const firstText = await page
        .locator('.prose > p')
        .first()
        .evaluate((paragraph) => {
          const lineHeight = parseFloat(getComputedStyle(paragraph).lineHeight);
          return { top: paragraph.getBoundingClientRect().top, lineHeight };
        });
      const title = await page.locator('h1').boundingBox();
      expect(title && title.y + title.height, `${path}: title`).toBeLessThan(PHONE.height / 2);
      // At least three lines of the post's own text before the fold.
      expect(firstText.top + 3 * firstText.lineHeight, `${path}: first paragraph at ${firstText.top}px`).toBeLessThanOrEqual(PHONE.height);
      await context.close();
    }
  });

  test('sets the recap’s conference facts in two columns on a phone and four on a desktop', async () => {
    for (const [viewport, columns] of [
      [PHONE, 2],
      [DESKTOP, 4],
    ] as const) {
      const { page, context } = await session.open('/en/posts/kubecon-2024-paris/', { viewport });
      const template = await page.locator('.event-facts').evaluate((facts) => getComputedStyle(facts).gridTemplateColumns);
      expect(template.split(' '), `${viewport.width}px`).toHaveLength(columns);
      await context.close();
    }
  });

  test('keeps the header to one row on a phone, at 320 CSS px and at 200 % zoom (195 CSS px), and to one line of title on a desktop', async () => {
    for (const viewport of [PHONE, NARROW, ZOOMED, DESKTOP]) {
      const heights: number[] = [];
      // A German post and an English list: the header is the same in both languages and on every kind of page.
      for (const path of ['/de/posts/kubecon-2024-paris/', '/en/talks/']) {
        const { page, context } = await session.open(path, { viewport, deviceScaleFactor: viewport === ZOOMED ? 2 : 1 });
        heights.push(await headerHeight(page));
        // One row: every control the header shows shares a centre line.
        const centres = await visibleHeaderControls(page).then((boxes) => boxes.map((box) => box.y + box.height / 2));
        expect(Math.max(...centres) - Math.min(...centres), `${path} at ${viewport.width}px: controls on one row`).toBeLessThan(8);
        if (viewport === DESKTOP) {
          const title = await page.locator('.site-title').evaluate((element) => ({
            height: element.getBoundingClientRect().height,
            lineHeight: parseFloat(getComputedStyle(element).lineHeight),
          }));
          expect(title.height, `${path}: the site's title on one line`).toBeLessThan(1.5 * title.lineHeight);
        } else {
          expect(await page.locator('.site-tagline').isVisible(), 'no subtitle on a phone').toBe(false);
        }
        await context.close();
      }
      expect(Math.max(...heights), `header heights at ${viewport.width}px: ${heights.join(', ')}`).toBe(Math.min(...heights));
      expect(heights[0]).toBeLessThanOrEqual(viewport === DESKTOP ? 80 : 62);
    }
  });

  test('gives a phone 44×44 px header controls, with the navigation, language and colour scheme in a menu', async () => {
    const { page } = await session.open('/en/talks/', { viewport: PHONE });
    const small = (boxes: Box[]) => boxes.filter((box) => box.width < 44 || box.height < 44).map((box) => box.name);
    const row = await visibleHeaderControls(page);
    expect(row.map((box) => box.name)).toEqual(['KubeCon Europe 2024 – Recap', 'Search', 'Menu']);
    expect(small(row)).toEqual([]);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await expect.poll(() => nav.isVisible()).toBe(true);
    expect(await nav.getByRole('link', { name: 'Sessions' }).getAttribute('aria-current')).toBe('page');
    const items = await page.locator('#site-menu').evaluate((menuElement) =>
      [...menuElement.querySelectorAll('a, label')]
        .filter((element) => element.checkVisibility())
        .map((element) => {
          const box = element.getBoundingClientRect();
          return { name: element.textContent?.trim() ?? '', x: box.x, y: box.y, width: box.width, height: box.height };
        }),
    );
    expect(items.length).toBeGreaterThanOrEqual(6);
    expect(small(items)).toEqual([]);
    // The menu opens below the header and inside the window.
    expect(Math.min(...items.map((item) => item.y))).toBeGreaterThanOrEqual(await headerHeight(page));
    expect(Math.max(...items.map((item) => item.x + item.width))).toBeLessThanOrEqual(PHONE.width);
    // Escape closes it again, and the page behind is back to the reader.
    await page.keyboard.press('Escape');
    await expect.poll(() => nav.isVisible()).toBe(false);
  });

  test('shows the start of a post within 1.5 screens at 200 % zoom on a phone (195 CSS px)', async () => {
    for (const path of ['/en/posts/kcp/', '/de/posts/rendered-manifests-hands-on/', '/en/posts/kubecon-2024-paris/']) {
      const { page, context } = await session.open(path, { viewport: ZOOMED, deviceScaleFactor: 2 });
      const top = await page
        .locator('.prose > p')
        .first()
        .evaluate((paragraph) => paragraph.getBoundingClientRect().top);
      expect(top, `${path}: first paragraph at ${top}px`).toBeLessThanOrEqual(1.5 * ZOOMED.height);
      await context.close();
    }
  });

  test('marks the current page in the navigation, for screen readers and visibly', async () => {
    const { page } = await session.open('/en/talks/', { viewport: DESKTOP });
    // The page opens at its top: only a phone's scrolling row of filters brings its current one into view.
    expect(await page.evaluate(() => scrollY)).toBe(0);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    const current = nav.locator('[aria-current]');
    expect(await current.allTextContents()).toEqual(['Sessions']);
    expect(await current.getAttribute('aria-current')).toBe('page');
    const style = (name: string) =>
      nav.getByRole('link', { name }).evaluate((link) => [getComputedStyle(link).borderBottomColor, getComputedStyle(link).fontWeight]);
    expect(await style('Sessions')).not.toEqual(await style('Posts'));

    const { page: topic } = await session.open('/de/talks/gitops/', { viewport: PHONE });
    await topic.getByRole('button', { name: 'Menü' }).click();
    expect(
      await topic.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Sessions' }).getAttribute('aria-current'),
    ).toBe('true');
    // On a phone the search link is an icon in the header's row whose name is still the word.
    const { page: search } = await session.open('/de/search/', { viewport: PHONE });
    expect(await search.getByRole('link', { name: 'Suche' }).getAttribute('aria-current')).toBe('page');
  });

  test('never scrolls sideways at 320 CSS px, nor at 200 % zoom on a 390px phone (195 CSS px), on any page', async () => {
    const paths = await readerPages();
    expect(paths.length).toBeGreaterThan(50);
    for (const width of [320, 195]) {
      const { page, context } = await session.open('/', {
        viewport: { width, height: 700 },
        deviceScaleFactor: width === 195 ? 2 : 1,
        javaScriptEnabled: false,
      });
      for (const path of paths) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width} CSS px scrolls sideways by ${overflow}px`).toBe(0);
      }
      await context.close();
    }
  });

  test('collapses the table of contents on a phone and shows it beside the text on a desktop', async () => {
    const { page } = await session.open('/en/posts/kcp/', { viewport: PHONE });
    const firstEntry = page.locator('.toc a').first();
    expect(await firstEntry.isVisible()).toBe(false);
    await page.locator('.toc summary').click();
    await expect.poll(() => firstEntry.isVisible()).toBe(true);

    const { page: desktop } = await session.open('/en/posts/kcp/', { viewport: DESKTOP });
    const toc = await desktop.getByRole('navigation', { name: 'On this page' }).boundingBox();
    const text = await desktop.locator('.prose').first().boundingBox();
    expect(await desktop.locator('.toc a').first().isVisible()).toBe(true);
    expect(toc && text && toc.x).toBeGreaterThan((text?.x ?? 0) + (text?.width ?? 0));
    expect(toc?.y).toBeLessThan(DESKTOP.height);
  });

  test('shows the talk index’s first session on a phone’s first screen, its filters in one row and each card compact', async () => {
    const { page } = await session.open('/en/talks/', { viewport: PHONE });
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
    const { page: topic } = await session.open('/en/talks/community/', { viewport: PHONE });
    const current = await topic.locator('.talk-filter a[aria-current="page"]').boundingBox();
    expect(current && current.x >= 0 && current.x + current.width <= PHONE.width, 'the topic’s own filter in view').toBe(true);
  });

  test('keeps a way back to the contents in view at the end of a long post on a phone, which opens them', async () => {
    const { page } = await session.open('/en/posts/rendered-manifests-hands-on/', { viewport: PHONE });
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
    await expect
      .poll(() => page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'The render step' }).isVisible())
      .toBe(true);
  });

  test('gives the recap its own contents, the seven highlights, beside the text on a desktop', async () => {
    const { page } = await session.open('/en/posts/kubecon-2024-paris/', { viewport: DESKTOP });
    const entries = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
    expect(await entries.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
      '#top',
      '#kcp',
      '#kubeflow',
      '#dagger',
      '#rendered-manifests',
      '#shift-left',
      '#sboms',
      '#community',
    ]);
    expect(await entries.nth(1).textContent()).toBe(await page.locator('section:has(#kcp) h2').textContent());
    expect(await entries.first().isVisible()).toBe(true);
  });

  test('keeps all reading on the recap to one measure of about 65–75 characters, the cards’ text in line with the prose', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, context } = await session.open('/en/posts/kubecon-2024-paris/', { viewport });
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
        if (viewport === DESKTOP) {
          expect(text?.perLine).toBeGreaterThan(60);
          expect(text?.perLine).toBeLessThan(78);
        }
        // One left edge and one right edge for all the text; on a phone, the window's width.
        expect(Math.abs((text?.left ?? 0) - (prose?.left ?? 0)), `${viewport.width}px: left edges`).toBeLessThanOrEqual(2);
        expect(Math.abs((text?.right ?? 0) - (prose?.right ?? 0)), `${viewport.width}px: right edges`).toBeLessThanOrEqual(2);
      }
      await context.close();
    }
  });

  test('gives the browser’s bar the header’s colour in each scheme', async () => {
    for (const { scheme, value } of THEME_COLORS) {
      const { page, context } = await session.open('/en/', { colorScheme: scheme });
      const meta = await page.locator(`meta[name="theme-color"][media="(prefers-color-scheme: ${scheme})"]`).getAttribute('content');
      expect(meta).toBe(value);
      const header = await page.locator('.site-header').evaluate((element) => getComputedStyle(element).backgroundColor);
      const [r, g, b] = [1, 3, 5].map((index) => parseInt(value.slice(index, index + 2), 16));
      expect(header).toBe(`rgb(${r}, ${g}, ${b})`);
      await context.close();
    }
  });

  test('marks the section a shared link lands on, then lets the tint fade, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await session.open('/en/posts/kubecon-2024-paris/#dagger', { colorScheme });
      const section = page.locator('section:has(#dagger)');
      const colours = () =>
        section.evaluate((element) => ({ now: getComputedStyle(element).backgroundColor, edge: getComputedStyle(element).boxShadow }));
      const restingBackground = await page.locator('section:has(#kcp)').evaluate((element) => getComputedStyle(element).backgroundColor);
      const landed = await colours();
      expect(landed.now, `${colorScheme}: tinted on arrival`).not.toBe(restingBackground);
      await expect.poll(async () => (await colours()).now, { timeout: 10_000 }).toBe(restingBackground);
      expect((await colours()).edge, `${colorScheme}: the edge stays`).toContain('inset');
      await context.close();
    }
  });

  test('prints the post with its project addresses and without the site’s chrome', async () => {
    const { page } = await session.open('/en/posts/kubecon-2024-paris/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-nav', '.site-controls', '.site-footer', '.toc', '.post-end']) {
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
  });

  test('hyphenates German prose wherever it appears, and keeps every arrow with its words', async () => {
    const { page } = await session.open('/de/posts/kubecon-2024-paris/');
    const hyphens = await page
      .locator('.prose > p, .talk-summary')
      .evaluateAll((elements) => [...new Set(elements.map((element) => getComputedStyle(element).hyphens))]);
    expect(hyphens).toEqual(['auto']);
    const { page: home } = await session.open('/de/');
    expect(
      await home
        .locator('.post-card-description')
        .first()
        .evaluate((element) => getComputedStyle(element).hyphens),
    ).toBe('auto');
    // An arrow is bound to the word beside it by a no-break space: never alone on a line.
    const arrows = await page.locator('.talk-read, .pager-label').allTextContents();
    expect(arrows.length).toBeGreaterThan(7);
    for (const text of arrows) expect(text).toMatch(/\u00a0→|←\u00a0/);
  });

  test('gives repeated links on the recap names of their own', async () => {
    const { page } = await session.open('/en/posts/kubecon-2024-paris/');
    const names = await page
      .locator('.talk-actions a')
      .evaluateAll((links) => links.map((link) => (link.textContent ?? '').replace(/\s+/g, ' ').trim()));
    expect(names.filter((name) => name.startsWith('Project website')).length).toBeGreaterThan(1);
    expect(new Set(names).size).toBe(names.length);
  });

  test('answers a missing address in its language with a search and the way to the recap', async () => {
    const { page } = await session.open('/en/posts/no-such-post/');
    expect(await page.locator('h1').allTextContents()).toEqual(['Page not found']);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect
      .poll(() => page.getByRole('link', { name: 'Read the KubeCon recap' }).getAttribute('href'))
      .toBe('/en/posts/kubecon-2024-paris/');
    await page.getByRole('searchbox', { name: 'Search term' }).fill('kcp');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL((url) => url.pathname === '/en/search/' && url.searchParams.get('q') === 'kcp');

    const { page: elsewhere } = await session.open('/nowhere/');
    expect(await elsewhere.locator('h1').count()).toBe(1);
    expect(
      await elsewhere.locator('[data-not-found]').evaluateAll((sections) => sections.map((section) => section.getAttribute('lang'))),
    ).toEqual(['de-CH', 'en']);
  });
});

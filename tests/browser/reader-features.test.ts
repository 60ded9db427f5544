import { describe, expect, test } from 'vitest';
import { hasBrowser, useSiteSession } from '../helpers/browser';

describe.runIf(hasBrowser())('reader features in Chromium', () => {
  const session = useSiteSession();

  test('searches by keyboard and lands on a talk section of the recap', async () => {
    const { page } = await session.open('/en/search/');
    const field = page.getByRole('searchbox', { name: 'Search term' });
    await field.focus();
    await page.keyboard.type('kubectl-validate');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.search-results li').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/\d+ posts found/);
    const sectionLink = page.locator('.search-results a[href*="#"]').first();
    const href = (await sectionLink.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/en\/posts\/[^/]+\/#[a-z0-9-]+$/);
    await sectionLink.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`);
    const id = decodeURIComponent(href.split('#')[1] ?? '');
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
  });

  test('searches only the posts of the page’s language', async () => {
    const { page } = await session.open('/de/search/?q=kcp');
    await expect.poll(() => page.locator('.search-results li').count()).toBeGreaterThan(0);
    const hrefs = await page.locator('.search-results h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const href of hrefs) expect(href).toMatch(/^\/de\//);
  });

  test('marks the section being read in the table of contents, and no section while the reader is in the intro', async () => {
    const { page } = await session.open('/en/posts/rendered-manifests-hands-on/');
    const current = () => page.evaluate(() => document.querySelector('.toc nav a:target-current')?.getAttribute('href') ?? null);
    // In the intro, the first section is still ahead: at most the post's beginning is marked.
    await page.evaluate(() => scrollTo(0, (document.querySelector('.prose > p')?.getBoundingClientRect().top ?? 0) + scrollY));
    await expect.poll(current).toBe('#top');
    const links = page.locator('.toc nav a');
    const last = links.last();
    const target = (await last.getAttribute('href')) ?? '';
    await page.locator(target).scrollIntoViewIfNeeded();
    await page.evaluate((id) => document.querySelector(id)?.scrollIntoView({ block: 'start' }), target);
    await expect.poll(() => page.evaluate(() => document.querySelector('.toc nav a:target-current')?.getAttribute('href'))).toBe(target);
  });

  test.each([320, 768, 1440])('lays out the recap without sideways scrolling at %i px', async (width) => {
    const { page } = await session.open('/de/posts/kubecon-2024-paris/', { viewport: { width, height: 800 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('prints without navigation chrome and with link addresses spelled out', async () => {
    const { page } = await session.open('/en/posts/shift-left/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.heading-link').first().isVisible()).toBe(false);
    const after = await page
      .locator('.prose a[href^="https://github.com/kubernetes-sigs/kubectl-validate"]')
      .first()
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('https://github.com/kubernetes-sigs/kubectl-validate');
  });

  test('follows the reader’s dark colour scheme', async () => {
    const light = await session.open('/en/', { colorScheme: 'light' });
    const dark = await session.open('/en/', { colorScheme: 'dark' });
    const background = (page: typeof light.page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    // The page colours of src/styles/tokens.css: warm paper by day, near-black by night.
    expect(await background(light.page)).toBe('rgb(250, 249, 246)');
    expect(await background(dark.page)).toBe('rgb(16, 19, 24)');
  });
});

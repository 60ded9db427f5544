import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hasBrowser, isInViewport, useSiteSession } from '../helpers/browser';

/** Selects `length` characters of the first text node of the element `selector` finds. */
function selectText(page: Page, selector: string, length: number): Promise<string> {
  return page.locator(selector).evaluate((element, count) => {
    const text = [...element.childNodes].find(
      (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim().length >= count,
    );
    if (!text) throw new Error('no text node long enough');
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, count);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return range.toString();
  }, length);
}

describe.runIf(hasBrowser())('reading details in Chromium', () => {
  const session = useSiteSession();

  test('keeps the search query in ?q= and shows it again after Back from a result', async () => {
    const { page } = await session.open('/en/search/');
    await page.getByRole('searchbox', { name: 'Search term' }).fill('kubectl-validate');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/en/search/?q=kubectl-validate');
    await expect.poll(() => page.locator('.search-results li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.locator('.search-results h2 a').first().click();
    await page.waitForURL('**/en/posts/**');
    await page.goBack();
    await page.waitForURL('**/en/search/?q=kubectl-validate');
    expect(await page.getByRole('searchbox', { name: 'Search term' }).inputValue()).toBe('kubectl-validate');
    await expect.poll(() => page.locator('.search-results li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  test('shows search snippets without dates, reading time or permalink labels', async () => {
    const { page } = await session.open('/en/search/?q=validation');
    await expect.poll(() => page.locator('.search-results li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const text = (await page.locator('.search-results').textContent()) ?? '';
    expect(text).toMatch(/validation/i);
    for (const furniture of ['min read', 'Published', 'Link to section', 'About the session', 'On this page'])
      expect(text).not.toContain(furniture);
  });

  test('lands a deep link from outside at once, without smooth scrolling, and marks the heading', async () => {
    const context = await session.browser.newContext({ baseURL: session.server.url, reducedMotion: 'no-preference' });
    const page = await context.newPage();
    // Recorded by the page itself at its load event: where the target is before any animation could run.
    await page.addInitScript(() => {
      addEventListener('load', () => {
        const target = document.getElementById('offering-apis');
        const margin = target ? parseFloat(getComputedStyle(target).scrollMarginBlockStart) : NaN;
        (window as unknown as { atLoad: unknown }).atLoad = {
          scrollY,
          targetTop: target?.getBoundingClientRect().top,
          margin,
          behavior: getComputedStyle(document.documentElement).scrollBehavior,
        };
      });
    });
    await page.goto('/en/posts/kcp/#offering-apis');
    const atLoad = await page
      .waitForFunction(() => (window as unknown as { atLoad?: unknown }).atLoad)
      .then((handle) => handle.jsonValue());
    const { scrollY, targetTop, margin, behavior } = atLoad as { scrollY: number; targetTop: number; margin: number; behavior: string };
    expect(behavior).toBe('auto');
    expect(scrollY).toBeGreaterThan(0);
    expect(Math.abs(targetTop - margin)).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => scrollY)).toBe(scrollY);
    const marked = await page
      .locator('.heading-wrapper:has(#offering-apis)')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    const unmarked = await page
      .locator('.heading-wrapper:has(#why-it-matters)')
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(marked).not.toBe(unmarked);
    await context.close();
  });

  test('scrolls smoothly only for moves inside the page, and never with reduced motion', async () => {
    const behaviourWhileLinkFocused = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page } = await session.open('/en/posts/rendered-manifests-hands-on/', { reducedMotion });
      await page.locator('.toc nav a').first().focus();
      return page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    };
    expect(await behaviourWhileLinkFocused('no-preference')).toBe('smooth');
    expect(await behaviourWhileLinkFocused('reduce')).toBe('auto');
  });

  test('copies a link to a selected quote, announces it, and the link opens at that passage', async () => {
    const { page, context } = await session.open('/en/posts/kcp/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const quoted = await selectText(page, '.heading-wrapper:has(#offering-apis) + p', 40);
    const button = page.getByRole('button', { name: 'Copy link to this quote' });
    await button.waitFor({ state: 'visible' });
    // The button comes right after the selected block, so Tab from the selection reaches it.
    expect(await button.evaluate((element) => element.previousElementSibling?.matches('.heading-wrapper:has(#offering-apis) + p'))).toBe(
      true,
    );
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link to the quote copied' }).count()).toBe(1);
    expect(await page.locator('.quote-link').textContent()).toBe('Link to the quote copied');
    const url = await page.evaluate(() => navigator.clipboard.readText());
    const words = quoted.trim().split(/\s+/);
    expect(url).toBe(
      `${session.server.url}/en/posts/kcp/#offering-apis:~:text=${encodeURIComponent(words.join(' ')).replaceAll('-', '%2D')}`,
    );

    const reader = await context.newPage();
    await reader.goto(url);
    // Chromium applies the text directive and leaves the section id as the fragment.
    expect(await reader.evaluate(() => location.hash)).toBe('#offering-apis');
    expect(await isInViewport(reader, '.heading-wrapper:has(#offering-apis) + p')).toBe(true);
    // Scrolled to the passage, not left at the top of the page.
    expect(await reader.evaluate(() => scrollY)).toBeGreaterThan(0);
  });

  test('links a quote in the recap to its talk section and hides the button when the selection goes', async () => {
    const { page, context } = await session.open('/en/posts/kubecon-2024-paris/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await selectText(page, 'section:has(#shift-left) > p.talk-summary', 20);
    const button = page.getByRole('button', { name: 'Copy link to this quote' });
    await button.click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/\/en\/posts\/kubecon-2024-paris\/#shift-left:~:text=/);
    // The button keeps focus (and stays) while the selection goes; leaving it hides it.
    await button.focus();
    await page.evaluate(() => getSelection()?.removeAllRanges());
    expect(await button.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await button.waitFor({ state: 'hidden' });
  });

  test('makes the quote button the next Tab stop while text is selected', async () => {
    const { page } = await session.open('/en/posts/kcp/');
    // A click in the text gives <main> the focus, as it does for a reader selecting with the mouse.
    await page.locator('.heading-wrapper:has(#offering-apis) + p').click({ position: { x: 2, y: 8 } });
    await selectText(page, '.heading-wrapper:has(#offering-apis) + p', 30);
    await page.getByRole('button', { name: 'Copy link to this quote' }).waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link to this quote');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    // No keyboard trap: Tab goes on to the next links and never back to the button.
    const next: string[] = [];
    for (let step = 0; step < 3; step += 1) {
      await page.keyboard.press('Tab');
      next.push(await page.evaluate(() => document.activeElement?.className ?? ''));
    }
    expect(next).not.toContain('quote-link');
  });

  test('copies a code block by keyboard and says so on the button and to screen readers', async () => {
    const { page, context } = await session.open('/en/posts/shift-left/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const button = page.locator('.code-copy').first();
    expect(await button.textContent()).toBe('Copy code');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.textContent()).toBe('Code copied');
    expect(await page.getByRole('status').filter({ hasText: 'Code copied' }).count()).toBe(1);
    const code = await page.locator('.code-block pre').first().textContent();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(code?.length).toBeGreaterThan(10);
  });

  test('shows no copy buttons without JavaScript', async () => {
    const { page } = await session.open('/en/posts/shift-left/', { javaScriptEnabled: false });
    expect(await page.locator('pre').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button').count()).toBe(0);
  });

  test('filters the talk index without JavaScript and switches language on a talk anchor', async () => {
    const { page } = await session.open('/de/talks/#dagger', { javaScriptEnabled: false });
    await page
      .getByRole('navigation', { name: 'Nach Thema filtern' })
      .getByRole('link', { name: /^CI\/CD/ })
      .click();
    await page.waitForURL('**/de/talks/ci-cd/');
    expect(await page.locator('.talk-index-entry h2').evaluateAll((headings) => headings.map((heading) => heading.id))).toContain('dagger');
    expect(await page.locator('.talk-index-entry h2').count()).toBeLessThan(7);
    const withScript = await session.open('/de/talks/#dagger');
    expect(await isInViewport(withScript.page, '#dagger')).toBe(true);
    await withScript.page
      .getByRole('navigation', { name: 'Sprache' })
      .getByRole('link', { name: /English/ })
      .click();
    await withScript.page.waitForURL('**/en/talks/#dagger');
    expect(await isInViewport(withScript.page, '#dagger')).toBe(true);
  });

  test('leads the 404 page with the language of the address', async () => {
    const english = await session.open('/en/no-such-page/');
    expect(await english.page.locator('h1').first().textContent()).toContain('Page not found');
    expect(await english.page.locator('html').getAttribute('lang')).toBe('en');
    const german = await session.open('/de/keine-seite/');
    expect(await german.page.locator('h1').first().textContent()).toContain('Seite nicht gefunden');
  });
});

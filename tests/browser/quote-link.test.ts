import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hasBrowser, useSiteSession } from '../helpers/browser';

const PASSAGE = 'This is how we read the promise';

/**
 * Selects, in the paragraph that starts with PASSAGE, from `startOffset` characters in to the
 * end of `endAt` plus `endExtra` characters: the reader's drag may start and end mid-word.
 */
function selectInPassage(page: Page, startOffset: number, endAt: string, endExtra: number): Promise<string> {
  return page.evaluate(
    ({ passage, startOffset, endAt, endExtra }) => {
      const paragraph = [...document.querySelectorAll('.prose p')].find((p) => p.textContent?.startsWith(passage));
      const text = paragraph?.firstChild;
      if (!(text instanceof Text)) throw new Error('passage not found');
      paragraph?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(text, startOffset);
      range.setEnd(text, text.data.indexOf(endAt) + endExtra);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return range.toString();
    },
    { passage: PASSAGE, startOffset, endAt, endExtra },
  );
}

/** Whether the quoted passage is on screen: where Chromium scrolls when a text fragment matched. */
function isPassageInView(page: Page): Promise<boolean> {
  return page.evaluate((passage) => {
    const paragraph = [...document.querySelectorAll('.prose p')].find((p) => p.textContent?.startsWith(passage));
    const box = paragraph?.getBoundingClientRect();
    return box !== undefined && box.top >= 0 && box.bottom <= innerHeight;
  }, PASSAGE);
}

describe.runIf(hasBrowser())('quote links in Chromium', () => {
  const session = useSiteSession();

  test('snaps a selection that starts and ends mid-word to whole words, and the copied link finds the passage', async () => {
    const viewport = { width: 390, height: 500 };
    const { page, context } = await session.open('/en/posts/kcp/', { viewport });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const selected = await selectInPassage(page, 2, 'declarative', 4);
    expect(selected).toMatch(/^is is how .* decl$/);
    const button = page.getByRole('button', { name: 'Copy link to this quote' });
    await button.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()).catch(() => '')).toContain(':~:text=');
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toBe(`${session.server.url}/en/posts/kcp/#offering-apis:~:text=This%20is%20how%20we,gets%20a%20lean%2C%20declarative`);

    // The section id alone would put the heading at the top, with the passage out of view below
    // it: only a matched text fragment brings the passage on screen.
    const reader = await context.newPage();
    await reader.setViewportSize(viewport);
    await reader.goto(url);
    await expect.poll(() => isPassageInView(reader)).toBe(true);
    const unmatched = await context.newPage();
    await unmatched.setViewportSize(viewport);
    await unmatched.goto(`${session.server.url}/en/posts/kcp/#offering-apis:~:text=is%20is%20how`);
    await expect.poll(() => unmatched.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(await isPassageInView(unmatched)).toBe(false);
  });

  test.each([
    [390, 844, 'center'],
    [390, 844, 'end'],
    [1280, 800, 'center'],
  ] as const)(
    'at %i×%i px, with the selection at the %s of the window, the button stays in the window and clear of the selection, the lines around it and a phone’s own menu there',
    async (width, height, block) => {
      const { page } = await session.open('/en/posts/kcp/', { viewport: { width, height } });
      await selectInPassage(page, 8, 'service', 3);
      await page.evaluate((where) => getSelection()?.getRangeAt(0).startContainer.parentElement?.scrollIntoView({ block: where }), block);
      const button = page.getByRole('button', { name: 'Copy link to this quote' });
      await button.waitFor({ state: 'visible' });
      // The selection moved on screen: the button follows on the next selection change.
      await page.evaluate(() => document.dispatchEvent(new Event('selectionchange')));
      const { clearance, inWindow } = await page.evaluate(() => {
        const range = getSelection()?.getRangeAt(0);
        const button = document.querySelector('.quote-link')?.getBoundingClientRect();
        if (!range || !button) throw new Error('no selection or button');
        const selection = range.getBoundingClientRect();
        // A phone's Copy/Share menu opens just above or below the selection: about 56px tall.
        const gap = Math.max(selection.top - button.bottom, button.top - selection.bottom);
        return {
          clearance: gap,
          inWindow: button.top >= 0 && button.bottom <= innerHeight && button.left >= 0 && button.right <= innerWidth,
        };
      });
      expect(inWindow).toBe(true);
      expect(clearance).toBeGreaterThanOrEqual(56);
    },
  );
});

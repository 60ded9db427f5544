import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hasBrowser, useSiteSession } from '../helpers/browser';

const FOLLOW_UP = '/en/posts/rendered-manifests-hands-on/';
const PASSAGE = 'This is how we read the promise';
const CLIPBOARD = ['clipboard-read', 'clipboard-write'];
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/**
 * Selects, in the first text node of the element `selector` finds that holds it, from character
 * `from` to character `to` or to the end of the word part `to` (a reader's drag may start and end
 * mid-word), after scrolling the element to `block` of the window.
 */
function select(page: Page, selector: string, from: number, to: number | string, block: ScrollLogicalPosition = 'center') {
  return page
    .locator(selector)
    .first()
    .evaluate(
      (element, { from, to, block }) => {
        const text = [...element.childNodes].find(
          (node): node is Text => node instanceof Text && (typeof to === 'number' ? node.data.length >= to : node.data.includes(to)),
        );
        if (!text) throw new Error(`no text node reaching ${to}`);
        element.scrollIntoView({ block });
        const range = document.createRange();
        range.setStart(text, from);
        range.setEnd(text, typeof to === 'number' ? to : text.data.indexOf(to) + to.length);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        return range.toString();
      },
      { from, to, block },
    );
}

/** Whether the quoted passage is on screen: where Chromium scrolls when a text fragment matched. */
const isPassageInView = (page: Page) =>
  page.locator(`.prose p:text-matches("^${PASSAGE}")`).evaluate((paragraph) => {
    const box = paragraph.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  });

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe.runIf(hasBrowser())('copying links, quotes and code in Chromium', () => {
  const session = useSiteSession();

  test('copies a section’s address from its permalink, shows that beside it for a while and announces it', async () => {
    const { page } = await session.open('/en/posts/kubecon-2024-paris/', { permissions: CLIPBOARD });
    // The note's timer runs on a paused fake clock: the test moves time on instead of waiting for it.
    await page.clock.install({ time: 0 });
    await page.clock.pauseAt(1000);
    const heading = page.locator('section:has(#sboms) > .heading-wrapper');
    const feedback = heading.locator('.copy-feedback');
    expect(await feedback.count()).toBe(0);
    await heading.getByRole('link', { name: /^Link to section: SBOMs/ }).click();
    // The permalink still leads to its section, and copied its address.
    await page.waitForURL('**/en/posts/kubecon-2024-paris/#sboms');
    const expected = `${session.server.url}/en/posts/kubecon-2024-paris/#sboms`;
    await expect.poll(() => clipboard(page)).toBe(expected);
    await expect.poll(() => feedback.textContent()).toBe('Copied');
    expect(await feedback.getAttribute('aria-hidden')).toBe('true');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).textContent()).toBe(`Link copied: ${expected}`);
    await page.clock.runFor(2_000);
    expect(await feedback.isVisible()).toBe(true);
    await page.clock.runFor(1_000);
    await expect.poll(() => feedback.count()).toBe(0);
  });

  test('snaps a selection to whole words, copies its link by keyboard and announces it, and the link opens at the passage', async () => {
    const viewport = { width: 390, height: 500 };
    const { page, context } = await session.open('/en/posts/kcp/', { viewport, permissions: CLIPBOARD });
    const paragraph = `.prose p:text-matches("^${PASSAGE}")`;
    expect(await select(page, paragraph, 2, 'decl')).toMatch(/^is is how .* decl$/);
    const button = page.getByRole('button', { name: 'Copy link to this quote' });
    await button.waitFor({ state: 'visible' });
    // The button comes right after the selected block, so Tab from the selection reaches it.
    expect(await button.evaluate((element, text) => element.previousElementSibling?.textContent?.startsWith(text), PASSAGE)).toBe(true);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link to the quote copied' }).count()).toBe(1);
    expect(await page.locator('.quote-link').textContent()).toBe('Link to the quote copied');
    const url = await clipboard(page);
    expect(url).toBe(`${session.server.url}/en/posts/kcp/#offering-apis:~:text=This%20is%20how%20we,gets%20a%20lean%2C%20declarative`);
    // The section id alone would put the heading at the top, with the passage out of view below
    // it: only a matched text fragment brings the passage on screen.
    const reader = await context.newPage();
    await reader.setViewportSize(viewport);
    await reader.goto(url);
    // Chromium applies the text directive and leaves the section id as the fragment.
    expect(await reader.evaluate(() => location.hash)).toBe('#offering-apis');
    await expect.poll(() => isPassageInView(reader)).toBe(true);
    const unmatched = await context.newPage();
    await unmatched.setViewportSize(viewport);
    await unmatched.goto(`${session.server.url}/en/posts/kcp/#offering-apis:~:text=is%20is%20how`);
    await expect.poll(() => unmatched.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(await isPassageInView(unmatched)).toBe(false);
  });

  test('makes the quote button the next Tab stop while text is selected, and no keyboard trap', async () => {
    const page = await session.visit('/en/posts/kcp/');
    const paragraph = '.heading-wrapper:has(#offering-apis) + p';
    // A click in the text gives <main> the focus, as it does for a reader selecting with the mouse.
    await page.locator(paragraph).click({ position: { x: 2, y: 8 } });
    await select(page, paragraph, 0, 30);
    await page.getByRole('button', { name: 'Copy link to this quote' }).waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link to this quote');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    const next: string[] = [];
    for (let step = 0; step < 3; step += 1) {
      await page.keyboard.press('Tab');
      next.push(await page.evaluate(() => document.activeElement?.className ?? ''));
    }
    expect(next).not.toContain('quote-link');
  });

  test('links a quote in the recap to its talk section and hides the button once the selection and the focus go', async () => {
    const { page } = await session.open('/en/posts/kubecon-2024-paris/', { permissions: CLIPBOARD });
    await select(page, 'section:has(#shift-left) > p.talk-summary', 0, 20);
    const button = page.getByRole('button', { name: 'Copy link to this quote' });
    await button.click();
    await expect.poll(() => clipboard(page)).toMatch(/\/en\/posts\/kubecon-2024-paris\/#shift-left:~:text=/);
    // The button keeps focus (and stays) while the selection goes; leaving it hides it.
    await button.focus();
    await page.evaluate(() => getSelection()?.removeAllRanges());
    expect(await button.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await button.waitFor({ state: 'hidden' });
  });

  test.each([
    [390, 844, 'center'],
    [390, 844, 'end'],
    [1280, 800, 'center'],
  ] as const)(
    'at %i×%i px, with the selection at the %s of the window, keeps the quote button in the window and clear of the selection and a phone’s own menu there',
    async (width, height, block) => {
      const page = await session.visit('/en/posts/kcp/', { viewport: { width, height } });
      await select(page, `.prose p:text-matches("^${PASSAGE}")`, 8, 'ser', block);
      await page.getByRole('button', { name: 'Copy link to this quote' }).waitFor({ state: 'visible' });
      // The selection moved on screen: the button follows on the next selection change.
      await page.evaluate(() => document.dispatchEvent(new Event('selectionchange')));
      const { gap, inWindow } = await page.evaluate(() => {
        const selection = getSelection()?.getRangeAt(0).getBoundingClientRect();
        const button = document.querySelector('.quote-link')?.getBoundingClientRect();
        if (!selection || !button) throw new Error('no selection or button');
        return {
          gap: Math.max(selection.top - button.bottom, button.top - selection.bottom),
          inWindow: button.top >= 0 && button.bottom <= innerHeight && button.left >= 0 && button.right <= innerWidth,
        };
      });
      expect(inWindow).toBe(true);
      // A phone's Copy/Share menu opens just above or below the selection: about 56px tall.
      expect(gap).toBeGreaterThanOrEqual(56);
    },
  );

  test('names every copy button for its block, and copies that block by keyboard, saying so on the button and to screen readers', async () => {
    const { page } = await session.open(FOLLOW_UP, { permissions: CLIPBOARD });
    const buttons = page.locator('.prose').getByRole('button', { name: /^Copy code/ });
    await buttons.first().waitFor();
    const names = await buttons.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')));
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 3)).toEqual([
      'Copy code (Text, 1 of 9)',
      'Copy code: environments/prod/values.yaml',
      'Copy code: scripts/render.sh',
    ]);
    const button = page.getByRole('button', { name: 'Copy code: scripts/render.sh', exact: true });
    expect(await button.textContent()).toBe('Copy code');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.textContent()).toBe('Code copied');
    expect(await page.getByRole('status').filter({ hasText: 'Code copied' }).count()).toBe(1);
    const code = await page
      .locator('figure.code-block', { has: page.locator('.code-title', { hasText: 'scripts/render.sh' }) })
      .locator('pre')
      .textContent();
    expect(code).toContain('helm template');
    expect(await clipboard(page)).toBe(code);
  });

  test.each([390, 1280])(
    'at %i px, no copy button covers a line of code and the tree’s lines sit close; a phone shows a shadow where a block has more code, a desktop every line whole beside the text',
    async (width) => {
      const page = await session.visit(FOLLOW_UP, { viewport: { width, height: 800 } });
      await page.locator('.code-copy').first().waitFor();
      const toc = await page.locator('.toc').boundingBox();
      const blocks = await page.locator('.prose figure.code-block').evaluateAll((figures) =>
        figures.map((figure) => {
          const pre = figure.querySelector('pre') as HTMLElement;
          const code = pre.querySelector('code') ?? pre;
          const range = document.createRange();
          range.selectNodeContents(code);
          const plain = ({ left, right, top, bottom }: DOMRect) => ({ left, right, top, bottom });
          const button = figure.querySelector('.code-copy')?.getBoundingClientRect();
          const style = getComputedStyle(pre);
          return {
            button: button && plain(button),
            lines: [...range.getClientRects()].filter((rect) => rect.width > 0).map(plain),
            box: plain(figure.getBoundingClientRect()),
            cut: pre.scrollWidth - pre.clientWidth,
            tree: (code.textContent ?? '').includes('├── '),
            fontSize: parseFloat(getComputedStyle(code).fontSize),
            shadows: [style.backgroundImage.match(/radial-gradient/g)?.length, style.backgroundAttachment],
          };
        }),
      );
      expect(blocks).toHaveLength(9);
      for (const { button, lines, box, cut, tree, fontSize, shadows } of blocks) {
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(overlaps(button as Box, line), JSON.stringify({ button, line })).toBe(false);
        const tops = [...new Set(lines.map((line) => Math.round(line.top * 10) / 10))].sort((a, b) => a - b);
        if (tree) expect(tops.length).toBeGreaterThan(30);
        if (tree) for (const [at, top] of tops.slice(1).entries()) expect(top - (tops[at] ?? 0)).toBeLessThanOrEqual(1.5 * fontSize);
        // Shadows fixed to the block's edges, covers that move with the code and hide them at its ends.
        if (cut > 0) expect(shadows).toEqual([2, 'local, local, scroll, scroll, scroll']);
        if (width === 1280) expect([cut <= 0, box.left >= 0, box.right <= (toc?.x ?? 0)], JSON.stringify(box)).toEqual([true, true, true]);
      }
      if (width === 390) expect(blocks.filter((block) => block.cut > 0).length, 'a block scrolls on a phone').toBeGreaterThan(0);
    },
  );

  test.each(['light', 'dark'] as const)(
    'sets inline code as a visible chip in the %s scheme, broken after a slash and never at a hyphen',
    async (colorScheme) => {
      const page = await session.visit(FOLLOW_UP, { viewport: { width: 320, height: 700 }, colorScheme });
      const codes = await page.locator('.prose p > code').evaluateAll((elements) =>
        elements.map((code) => {
          // The code's characters line by line, read from where the browser put each of them.
          const lines = new Map<number, string>();
          const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (let index = 0; index < text.length; index += 1) {
              const range = document.createRange();
              range.setStart(node, index);
              range.setEnd(node, index + 1);
              const top = Math.round(range.getBoundingClientRect().top);
              lines.set(top, (lines.get(top) ?? '') + text[index]);
            }
          }
          const style = getComputedStyle(code);
          return {
            lines: [...lines.values()],
            border: style.borderTopColor,
            width: style.borderTopWidth,
            page: getComputedStyle(document.body).backgroundColor,
          };
        }),
      );
      expect(codes.length).toBeGreaterThan(20);
      const broken = codes.filter((code) => code.lines.length > 1);
      expect(broken.length, 'some code wraps at 320 px').toBeGreaterThan(0);
      // A name too long for any line may still break inside (overflow-wrap), but never at its hyphens.
      for (const { lines } of broken) for (const line of lines.slice(0, -1)) expect(line, lines.join(' | ')).not.toMatch(/-$/);
      expect(broken.some(({ lines }) => lines.slice(0, -1).some((line) => line.endsWith('/')))).toBe(true);
      for (const code of codes) {
        expect(code.width).toBe('1px');
        expect(code.border).not.toBe(code.page);
      }
    },
  );
});

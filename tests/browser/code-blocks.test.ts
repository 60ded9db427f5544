import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hasBrowser, useSiteSession } from '../helpers/browser';

const FOLLOW_UP = 'rendered-manifests-hands-on';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Every copy button's box, with the boxes of the code lines of its block (one per line fragment). */
function buttonsAndLines(page: Page) {
  return page.locator('.prose figure.code-block').evaluateAll((figures) =>
    figures.map((figure) => {
      const button = figure.querySelector('.code-copy');
      const code = figure.querySelector('pre code');
      const range = document.createRange();
      if (code) range.selectNodeContents(code);
      const plain = (rect: DOMRect) => ({ left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom });
      return {
        button: button ? plain(button.getBoundingClientRect()) : undefined,
        lines: [...range.getClientRects()].filter((rect) => rect.width > 0).map(plain),
      };
    }),
  );
}

describe.runIf(hasBrowser())('code blocks in Chromium', () => {
  const session = useSiteSession();

  test.each([390, 1280])('at %i px, no copy button covers a line of code', async (width) => {
    const { page } = await session.open(`/en/posts/${FOLLOW_UP}/`, { viewport: { width, height: 800 } });
    await page.locator('.code-copy').first().waitFor();
    const blocks = await buttonsAndLines(page);
    expect(blocks).toHaveLength(9);
    for (const { button, lines } of blocks) {
      expect(button).toBeDefined();
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(overlaps(button as Box, line), JSON.stringify({ button, line })).toBe(false);
    }
  });

  test('sets the repository tree’s lines no further apart than 1.5 times the font size', async () => {
    const { page } = await session.open(`/en/posts/${FOLLOW_UP}/`);
    const tree = page.locator('.prose pre', { hasText: '├── ' });
    const { fontSize, tops } = await tree.evaluate((pre) => {
      const code = pre.querySelector('code') ?? pre;
      const range = document.createRange();
      range.selectNodeContents(code);
      const lineTops = [...new Set([...range.getClientRects()].map((rect) => Math.round(rect.top * 10) / 10))].sort((a, b) => a - b);
      return { fontSize: parseFloat(getComputedStyle(code).fontSize), tops: lineTops };
    });
    expect(tops.length).toBeGreaterThan(30);
    const pitches = tops.slice(1).map((top, index) => top - (tops[index] ?? 0));
    for (const pitch of pitches) expect(pitch).toBeLessThanOrEqual(1.5 * fontSize);
  });

  test('names every copy button for its block, and copies that block', async () => {
    const { page, context } = await session.open(`/en/posts/${FOLLOW_UP}/`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const buttons = page.locator('.prose').getByRole('button', { name: /^Copy code/ });
    await buttons.first().waitFor();
    const names = await buttons.evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')));
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 3)).toEqual([
      'Copy code (Text, 1 of 9)',
      'Copy code: environments/prod/values.yaml',
      'Copy code: scripts/render.sh',
    ]);
    expect(await buttons.first().textContent()).toBe('Copy code');

    const button = page.getByRole('button', { name: 'Copy code: scripts/render.sh', exact: true });
    await button.click();
    await expect.poll(() => button.textContent()).toBe('Code copied');
    const code = await page
      .locator('figure.code-block', { has: page.locator('.code-title', { hasText: 'scripts/render.sh' }) })
      .locator('pre')
      .textContent();
    expect(code).toContain('helm template');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  });

  test('words the buttons in the post’s language', async () => {
    const { page } = await session.open(`/de/posts/${FOLLOW_UP}/`);
    const button = page.getByRole('button', { name: 'Code kopieren: scripts/check-drift.sh', exact: true });
    await button.waitFor();
    expect(await button.textContent()).toBe('Code kopieren');
    expect(await page.getByRole('button', { name: 'Code kopieren (Shell, 9 von 9)', exact: true }).count()).toBe(1);
  });

  test('prints the caption and the code, without the copy button', async () => {
    const { page } = await session.open(`/en/posts/${FOLLOW_UP}/`);
    await page.locator('.code-copy').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.code-copy').first().isVisible()).toBe(false);
    expect(await page.locator('.code-title').first().isVisible()).toBe(true);
    // The code starts right below the caption: no row kept free for a button.
    const gap = await page
      .locator('figure.code-block')
      .nth(1)
      .evaluate((figure) => {
        const caption = figure.querySelector('figcaption')?.getBoundingClientRect();
        const code = figure.querySelector('pre code')?.getClientRects()[0];
        return (code?.top ?? 0) - (caption?.bottom ?? 0);
      });
    expect(gap).toBeLessThan(24);
  });
});

describe.runIf(hasBrowser())('code that is never cut, in Chromium', () => {
  const session = useSiteSession();

  test('shows every line of the follow-up’s blocks whole at 1280 px, beside the text and clear of the contents', async () => {
    const { page } = await session.open(`/en/posts/${FOLLOW_UP}/`, { viewport: { width: 1280, height: 800 } });
    const toc = await page.locator('.toc').boundingBox();
    const blocks = await page.locator('.prose figure.code-block').evaluateAll((figures) =>
      figures.map((figure) => {
        const pre = figure.querySelector('pre') as HTMLElement;
        const box = figure.getBoundingClientRect();
        return { cut: pre.scrollWidth - pre.clientWidth, left: box.left, right: box.right };
      }),
    );
    expect(blocks).toHaveLength(9);
    for (const block of blocks) {
      expect(block.cut, JSON.stringify(block)).toBeLessThanOrEqual(0);
      expect(block.left).toBeGreaterThanOrEqual(0);
      expect(block.right).toBeLessThanOrEqual(toc?.x ?? 0);
    }
  });

  test('on a phone, marks a block that scrolls with a shadow at the edge where more code is', async () => {
    const { page } = await session.open(`/en/posts/${FOLLOW_UP}/`, { viewport: { width: 390, height: 844 } });
    const blocks = await page.locator('.prose figure.code-block > pre').evaluateAll((pres) =>
      pres.map((pre) => {
        const style = getComputedStyle(pre);
        return { scrolls: pre.scrollWidth > pre.clientWidth, image: style.backgroundImage, attachment: style.backgroundAttachment };
      }),
    );
    const scrolling = blocks.filter((block) => block.scrolls);
    expect(scrolling.length).toBeGreaterThan(0);
    for (const block of scrolling) {
      // Shadows fixed to the block's edges, covers that move with the code and hide them at its ends.
      expect(block.image.match(/radial-gradient/g)).toHaveLength(2);
      expect(block.attachment.split(', ')).toEqual(['local', 'local', 'scroll', 'scroll', 'scroll']);
    }
  });

  test('sets inline code as a visible chip in both schemes, broken after a slash and never at a hyphen', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await session.open(`/en/posts/${FOLLOW_UP}/`, { viewport: { width: 320, height: 700 }, colorScheme });
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
      expect(broken.length, `${colorScheme}: some code wraps at 320 px`).toBeGreaterThan(0);
      // A name too long for any line may still break inside (overflow-wrap), but never at its hyphens.
      for (const { lines } of broken) for (const line of lines.slice(0, -1)) expect(line, lines.join(' | ')).not.toMatch(/-$/);
      expect(broken.some(({ lines }) => lines.slice(0, -1).some((line) => line.endsWith('/')))).toBe(true);
      for (const code of codes) {
        expect(code.width).toBe('1px');
        expect(code.border).not.toBe(code.page);
      }
      await context.close();
    }
  });
});

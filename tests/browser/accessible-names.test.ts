import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { hasBrowser, useSiteSession } from '../helpers/browser';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Axe {
  setup: () => void;
  commons: { text: { accessibleText: (element: Element) => string } };
}

describe.runIf(hasBrowser())('accessible names of repeated controls', () => {
  const session = useSiteSession();

  test.each([
    ['en', 'Copy link', /^Copy link to section: /],
    ['de', 'Link kopieren', /^Link kopieren – Abschnitt: /],
  ])('the recap’s %s copy-link buttons each name their section, starting with the visible text', async (locale, visible, named) => {
    // axe is injected as an inline script, which the site's own CSP (rightly) forbids.
    const { page } = await session.open(`/${locale}/posts/kubecon-2024-paris/`, { bypassCSP: true });
    await page.addScriptTag({ content: axeSource });
    const buttons = await page.locator('button[data-copy-link]').evaluateAll((elements) => {
      const { axe } = window as unknown as { axe: Axe };
      // axe computes names on its own copy of the tree, made by setup().
      axe.setup();
      return elements.map((element) => ({
        name: axe.commons.text.accessibleText(element),
        text: element.textContent?.trim(),
        isVisible: element.checkVisibility(),
      }));
    });
    expect(buttons).toHaveLength(7);
    for (const button of buttons) {
      expect(button.isVisible).toBe(true);
      expect(button.text).toBe(visible);
      expect(button.name).toMatch(named);
    }
    expect(new Set(buttons.map((button) => button.name)).size).toBe(buttons.length);
  });
});

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
    ['en', /^Link to section: /],
    ['de', /^Link zum Abschnitt: /],
  ])('the recap’s %s sections each have one link tool, named after its section', async (locale, named) => {
    // axe is injected as an inline script, which the site's own CSP (rightly) forbids.
    const { page } = await session.open(`/${locale}/posts/kubecon-2024-paris/`, { bypassCSP: true });
    await page.addScriptTag({ content: axeSource });
    const sections = await page.locator('section.talk-section').evaluateAll((elements) => {
      const { axe } = window as unknown as { axe: Axe };
      // axe computes names on its own copy of the tree, made by setup().
      axe.setup();
      return elements.map((section) => ({
        tools: [...section.querySelectorAll(':scope > .heading-wrapper a, :scope > .heading-wrapper button, :scope button')].map((tool) =>
          axe.commons.text.accessibleText(tool),
        ),
        heading: section.querySelector('h2')?.textContent?.trim() ?? '',
      }));
    });
    expect(sections).toHaveLength(7);
    for (const { tools, heading } of sections) {
      expect(tools).toHaveLength(1);
      expect(tools[0]).toMatch(named);
      expect(tools[0]).toContain(heading);
    }
  });
});

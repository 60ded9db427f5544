import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, test } from 'vitest';
import { hasBrowser, useSiteSession } from '../helpers/browser';
import { readDistPages } from '../helpers/dist';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Every link, button and field the page shows that is smaller than 24×24 CSS px (WCAG 2.2,
 * 2.5.8), without the spacing exception: a control is at least that big itself. A radio counts
 * as its label, which is what a reader taps.
 */
function smallTargets(): string[] {
  return [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), summary, select, textarea')]
    .map((element) => (element instanceof HTMLInputElement && element.type === 'radio' ? (element.closest('label') ?? element) : element))
    .filter((element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest('.visually-hidden'))
    .flatMap((element) => {
      const { width, height } = element.getBoundingClientRect();
      const name = (element.textContent ?? '').trim().slice(0, 30) || element.outerHTML.slice(0, 60);
      return width < 24 || height < 24 ? [`${name} (${Math.round(width)}×${Math.round(height)})`] : [];
    });
}

describe.runIf(hasBrowser())('axe-core and target sizes on every page', () => {
  const session = useSiteSession();

  // One visit per page and scheme: light on a phone, dark on a desktop, so both widths are seen.
  test.each([
    ['light', { width: 390, height: 844 }],
    ['dark', { width: 1280, height: 720 }],
  ] as const)(
    'finds no violations and no control under 24×24 px in the %s colour scheme',
    async (colorScheme, viewport) => {
      // Redirect pages leave at once: nothing of theirs is there to check.
      const paths = (await readDistPages(inject('distDir'))).map((page) => page.path);
      expect(paths.length).toBeGreaterThan(10);
      const report: string[] = [];
      // axe is injected as an inline script, which the site's own CSP (rightly) forbids.
      const { page, context } = await session.open('/404.html', { colorScheme, viewport, bypassCSP: true });
      const devtools = await context.newCDPSession(page);
      for (const path of paths) {
        // The language chooser at / redirects with JavaScript, so it is loaded without, then checked.
        await devtools.send('Emulation.setScriptExecutionDisabled', { value: path === '/' });
        await page.goto(path);
        await devtools.send('Emulation.setScriptExecutionDisabled', { value: false });
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(
          async (tags) =>
            (
              await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run({
                runOnly: { type: 'tag', values: tags },
              })
            ).violations,
          AXE_TAGS,
        );
        for (const violation of violations) {
          report.push(`${path}: ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        }
        for (const target of await page.evaluate(smallTargets))
          report.push(`${path} at ${viewport.width}px: target under 24×24 px: ${target}`);
      }
      expect(report).toEqual([]);
    },
    180_000,
  );
});

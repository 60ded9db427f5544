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

describe.runIf(hasBrowser())('axe-core on every page', () => {
  const session = useSiteSession();

  test.each(['light', 'dark'] as const)(
    'finds no violations in the %s colour scheme',
    async (colorScheme) => {
      // Redirect pages leave at once: nothing of theirs is there to check.
      const paths = (await readDistPages(inject('distDir'))).map((page) => page.path);
      expect(paths.length).toBeGreaterThan(10);
      const report: string[] = [];
      // axe is injected as an inline script, which the site's own CSP (rightly) forbids.
      const { page, context } = await session.open('/404.html', { colorScheme, bypassCSP: true });
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
      }
      expect(report).toEqual([]);
    },
    180_000,
  );
});

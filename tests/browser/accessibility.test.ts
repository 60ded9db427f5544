import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, test } from 'vitest';
import { hasBrowser, useSiteSession } from '../helpers/browser';
import { listDistFiles } from '../helpers/dist';
import { pathFromBuiltFile } from '../../src/lib/checks/link-check';

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
      const paths = (await listDistFiles(inject('distDir')))
        .filter((file) => file.endsWith('.html'))
        .map((file) => pathFromBuiltFile(file.slice(1)));
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

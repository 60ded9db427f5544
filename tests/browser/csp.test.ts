import { describe, expect, inject, test } from 'vitest';
import { hasBrowser, useSiteSession } from '../helpers/browser';
import { readDistPages } from '../helpers/dist';

describe.runIf(hasBrowser())('the Content-Security-Policy in Chromium', () => {
  const session = useSiteSession();

  test('no page reports a violation or a script error while loading and searching', async () => {
    const paths = (await readDistPages(inject('distDir'))).map((page) => page.path);
    const { page } = await session.open('/404.html');
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
          `${location.pathname}: ${event.violatedDirective} blocked ${event.blockedURI}`,
        );
      });
    });
    for (const path of paths) {
      await page.goto(path);
      // Violations are reported in tasks queued during the load; one more task lets them all run.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    }
    // Search loads Pagefind's code and WebAssembly, the one thing that needs 'wasm-unsafe-eval'.
    await page.goto('/en/search/');
    await page.getByRole('searchbox').fill('kubectl-validate');
    await expect.poll(() => page.locator('.search-results li').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(paths.length).toBeGreaterThan(10);
  }, 120_000);
});

import { describe, expect, inject, test } from 'vitest';
import { hasBrowser, useSiteSession } from '../helpers/browser';

// No real post has a footnote yet: the fixture "valid" has one, cited twice, in both languages.
describe.runIf(hasBrowser())('footnotes as a screen reader names them', () => {
  const session = useSiteSession(() => inject('sites').valid.dist);

  test('a German post has a “Fussnoten” heading and back-links named in German, which lead back', async () => {
    const { page } = await session.open('/de/posts/alpha/');
    expect(await page.getByRole('heading', { name: 'Fussnoten', exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /^Back to/ }).count()).toBe(0);
    const back = page.getByRole('link', { name: 'Zurück zum Verweis 1-2', exact: true });
    await back.click();
    await page.waitForURL('**/de/posts/alpha/#user-content-fnref-quelle-2');
    expect(await page.getByRole('link', { name: 'Zurück zum Verweis 2', exact: true }).count()).toBe(1);
  });

  test('an English post keeps English names', async () => {
    const { page } = await session.open('/en/posts/alpha/');
    expect(await page.getByRole('heading', { name: 'Footnotes', exact: true }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Back to reference 1', exact: true }).count()).toBe(1);
  });
});

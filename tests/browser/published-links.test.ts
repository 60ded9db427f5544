import { describe, expect, inject, test } from 'vitest';
import { hasBrowser, isInViewport, useSiteSession } from '../helpers/browser';

// Links readers shared before a heading and a post were renamed, followed in Chromium.
describe.runIf(hasBrowser())('a reader following an old link', () => {
  const session = useSiteSession(() => inject('sites').renamed.dist);

  test('lands on a renamed heading by its old id, without JavaScript too', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page } = await session.open('/en/posts/alpha/#how-it-works', { javaScriptEnabled });
      expect(await isInViewport(page, '#steps'), `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBe(true);
    }
  });

  test('keeps the old id across the language switch', async () => {
    const { page } = await session.open('/de/posts/alpha/#how-it-works');
    await page
      .getByRole('navigation', { name: 'Sprache' })
      .getByRole('link', { name: /English/ })
      .click();
    await page.waitForURL('**/en/posts/alpha/#steps');
    expect(await isInViewport(page, '#steps')).toBe(true);
  });

  test('is sent from a renamed post’s old address to its new one, in both languages', async () => {
    for (const locale of ['de', 'en']) {
      const { page } = await session.open(`/${locale}/posts/beta/`);
      await page.waitForURL(`**/${locale}/posts/gamma/`);
      expect(await page.locator('h1').textContent()).toContain('Beta');
    }
  });
});

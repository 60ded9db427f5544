import { describe, expect, test } from 'vitest';
import { hasBrowser, isInViewport, useSiteSession } from '../helpers/browser';

const RECAP = 'kubecon-2024-paris';

describe.runIf(hasBrowser())('a reader in Chromium', () => {
  const session = useSiteSession();

  test('follows a deep link to a talk and sees that section, marked', async () => {
    const { page } = await session.open(`/de/posts/${RECAP}/#shift-left`);
    expect(await isInViewport(page, '#shift-left')).toBe(true);
    const background = (selector: string) => page.locator(selector).evaluate((section) => getComputedStyle(section).backgroundColor);
    // The mark may fade in: wait until it differs rather than reading it once.
    await expect.poll(async () => (await background('section:has(#shift-left)')) !== (await background('section:has(#kcp)'))).toBe(true);
  });

  test('switches language on a deep link and stays on the section', async () => {
    const { page } = await session.open(`/de/posts/${RECAP}/#shift-left`);
    await page
      .getByRole('navigation', { name: 'Sprache' })
      .getByRole('link', { name: /English/ })
      .click();
    await page.waitForURL(`**/en/posts/${RECAP}/#shift-left`);
    expect(new URL(page.url()).pathname).toBe(`/en/posts/${RECAP}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await isInViewport(page, '#shift-left')).toBe(true);
  });

  test('follows a speaker in a talk card to the talk index, landing with their session’s title and name in view, in either language', async () => {
    for (const locale of ['en', 'de']) {
      const { page } = await session.open(`/${locale}/posts/kcp/`, { viewport: { width: 390, height: 844 } });
      await page.locator('.talk-card').getByRole('link', { name: 'Marvin Beckers (Kubermatic GmbH)' }).click();
      await page.waitForURL(`**/${locale}/talks/#marvin-beckers`);
      const entry = page.locator('.talk-index-entry:has(#marvin-beckers)');
      expect(await isInViewport(page, '.talk-index-entry:has(#marvin-beckers) h2')).toBe(true);
      expect(await entry.locator('h2').textContent()).toBe('Building a Platform Engineering API Layer with kcp');
      const name = await entry.getByText('Marvin Beckers (Kubermatic GmbH)').boundingBox();
      expect((name?.y ?? Infinity) + (name?.height ?? 0)).toBeLessThanOrEqual(844);
    }
  });

  test('keeps a section the reader reached after the page loaded', async () => {
    const { page } = await session.open(`/en/posts/${RECAP}/`);
    await page.getByRole('link', { name: 'Link to section: Community' }).click();
    // The switch carries the fragment the page has: click it only once the URL has it.
    await page.waitForURL(`**/en/posts/${RECAP}/#community`);
    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: /Deutsch/ })
      .click();
    await page.waitForURL(`**/de/posts/${RECAP}/#community`);
    expect(await isInViewport(page, '#community')).toBe(true);
  });

  test('keeps the section the reader scrolled to, with no # in the address, and none at the top', async () => {
    const { page } = await session.open(`/en/posts/${RECAP}/`);
    const switchLink = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: /Deutsch/ });
    await switchLink.focus();
    expect(await switchLink.getAttribute('href')).toBe(`/de/posts/${RECAP}/`);
    await page.evaluate(() => document.querySelector('section:has(#community) .talk-summary')?.scrollIntoView({ block: 'start' }));
    expect(new URL(page.url()).hash).toBe('');
    await switchLink.click();
    await page.waitForURL(`**/de/posts/${RECAP}/#community`);
    expect(await isInViewport(page, '#community')).toBe(true);
  });

  test('reaches the skip link, a permalink and the switch by keyboard', async () => {
    const { page } = await session.open(`/en/posts/${RECAP}/`);
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('Tab');
    await expect.poll(focusedText).toBe('Skip to content');
    await page.keyboard.press('Enter');
    // Following a link is a navigation, even to a fragment: wait for it, do not read the URL at once.
    await page.waitForURL(`**/en/posts/${RECAP}/#content`);

    // Tab onwards until the first talk permalink has focus, then follow it with Enter.
    let name = '';
    for (let step = 0; step < 60 && !name.startsWith('Link to section: kcp'); step += 1) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(name).toMatch(/^Link to section: kcp/);
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/en/posts/${RECAP}/#kcp`);

    await page.locator('nav.lang-switch a').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/de/posts/${RECAP}/#kcp`);
  });

  test('works without JavaScript: plain switch link, no dead copy buttons', async () => {
    const { page } = await session.open(`/de/posts/${RECAP}/#dagger`, { javaScriptEnabled: false });
    expect(await page.locator('nav.lang-switch a').getAttribute('href')).toBe(`/en/posts/${RECAP}/`);
    expect(await page.getByRole('button', { name: /kopieren/ }).count()).toBe(0);
    expect(await isInViewport(page, '#dagger')).toBe(true);
  });

  test('is sent from / to the language the browser prefers, English when it prefers neither', async () => {
    const english = await session.open('/', { locale: 'en-US' });
    await english.page.waitForURL('**/en/');
    const swiss = await session.open('/', { locale: 'de-CH' });
    await swiss.page.waitForURL('**/de/');
    const french = await session.open('/', { locale: 'fr-FR' });
    await french.page.waitForURL('**/en/');
    const noScript = await session.open('/', { javaScriptEnabled: false });
    expect(new URL(noScript.page.url()).pathname).toBe('/');
    expect(await noScript.page.getByRole('link', { name: 'English' }).getAttribute('href')).toBe('/en/');
  });

  test('gets the localized 404 page with status 404 for an unknown address', async () => {
    const { page } = await session.open('/en/posts/does-not-exist/');
    expect(await page.getByRole('heading', { name: 'Page not found' }).count()).toBe(1);
    const response = await page.request.get('/en/posts/does-not-exist/');
    expect(response.status()).toBe(404);
  });
});

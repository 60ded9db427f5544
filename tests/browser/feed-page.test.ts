import { describe, expect, test } from 'vitest';
import { hasBrowser, useSiteSession } from '../helpers/browser';

describe.runIf(hasBrowser())('subscribing in Chromium', () => {
  const session = useSiteSession();

  test.each([
    ['en', 'RSS feed', 'Subscribe to the recap', 'Open the feed'],
    ['de', 'RSS-Feed', 'Den Rückblick abonnieren', 'Feed öffnen'],
  ])(
    'the %s footer leads to a page of the site with each language’s feed, its address to paste and a link to it',
    async (locale, footerLink, title, open) => {
      const { page } = await session.open(`/${locale}/`);
      await page.getByRole('contentinfo').getByRole('link', { name: footerLink, exact: true }).click();
      await page.waitForURL(`**/${locale}/feeds/`);
      expect(await page.locator('h1').textContent()).toBe(title);
      const addresses = await page.locator('.feed-address').allTextContents();
      const links = await page
        .getByRole('link', { name: open })
        .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      // The page's own language first; each address is where its link leads.
      expect(addresses.map((address) => new URL(address).pathname)).toEqual(
        locale === 'en' ? ['/en/rss.xml', '/de/rss.xml'] : ['/de/rss.xml', '/en/rss.xml'],
      );
      expect(links.map((link) => new URL(link).pathname)).toEqual(addresses.map((address) => new URL(address).pathname));
      const feed = await page.request.get(links[0] ?? '');
      expect(feed.status()).toBe(200);
      expect(await feed.text()).toContain('<rss version="2.0"');
    },
  );
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, test } from 'vitest';
import { hasBrowser, useSiteSession } from '../helpers/browser';

const xml = new XMLParser({ isArray: (name) => name === 'item' });

async function feedChannel(locale: string): Promise<{ link: string; item: { title: string; link: string }[] }> {
  const feed = xml.parse(await readFile(join(inject('distDir'), `${locale}/rss.xml`), 'utf8')) as {
    rss: { channel: { link: string; item: { title: string; link: string }[] } };
  };
  return feed.rss.channel;
}

describe.runIf(hasBrowser())('a feed opened in Chromium', () => {
  const session = useSiteSession();

  test.each([
    ['en', 'Posts in this feed', 'This is a feed.', '22 April 2024'],
    ['de', 'Beiträge in diesem Feed', 'Das ist ein Feed.', '22. April 2024'],
  ])(
    'reads as a page of the site in %s: what a feed is, its address, and each post linked with its date',
    async (locale, heading, notice, date) => {
      const { page } = await session.open(`/${locale}/rss.xml`);
      await expect.poll(() => page.locator('h2').first().textContent()).toBe(heading);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      expect(await page.locator('h1').textContent()).toMatch(/^KubeCon Europe 2024 – Recap/);
      expect(await page.locator('[role="note"]').textContent()).toContain(notice);
      const channel = await feedChannel(locale);
      expect(await page.locator('[role="note"] code').textContent()).toBe(new URL(`/${locale}/rss.xml`, channel.link).href);
      const links = await page
        .locator('ol h3 a')
        .evaluateAll((anchors) => anchors.map((anchor) => [anchor.textContent, anchor.getAttribute('href')]));
      expect(links).toEqual(channel.item.map((item) => [item.title, item.link]));
      expect(await page.locator('.date').first().textContent()).toBe(date);
    },
  );

  test('is styled like the site, in light and in dark, its styles allowed by the page’s own policy', async () => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await session.open('/en/rss.xml', { colorScheme });
      await expect.poll(() => page.locator('h1').count()).toBe(1);
      colours.push(
        await page.evaluate(() => {
          const link = getComputedStyle(document.querySelector('ol a') as Element).color;
          return `${getComputedStyle(document.body).backgroundColor} ${link}`;
        }),
      );
    }
    // --kr-color-bg and --kr-color-accent of src/styles/tokens.css.
    expect(colours).toEqual(['rgb(250, 249, 246) rgb(43, 69, 194)', 'rgb(16, 19, 24) rgb(159, 177, 255)']);
  });
});

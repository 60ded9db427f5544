import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { fromXml } from 'xast-util-from-xml';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { pageAt, readDistPages, type DistPage } from '../helpers/dist';

interface FeedItem {
  title: string;
  link: string;
  guid: { '#text': string; '@isPermaLink': string };
  description: string;
  pubDate: string;
  'content:encoded': string;
}

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'item' });
let distDir: string;
let pages: DistPage[];

beforeAll(async () => {
  distDir = inject('distDir');
  pages = await readDistPages(distDir);
});

const read = (path: string) => readFile(join(distDir, path), 'utf8');

async function feedOf(locale: string): Promise<{ raw: string; items: FeedItem[] }> {
  const raw = await read(`${locale}/rss.xml`);
  const feed = xml.parse(raw) as { rss: { '@version': string; channel: { item: FeedItem[] } } };
  expect(feed.rss['@version']).toBe('2.0');
  return { raw, items: feed.rss.channel.item };
}

/** The text of an HTML fragment, spaces collapsed, for comparing a page with a feed item. */
const textOf = (html: string) => parse(html).textContent.replace(/\s+/g, ' ').trim();

describe.each(LOCALES)('the %s feed', (locale) => {
  test('is well-formed RSS 2.0 whose items have a title, a permalink, a date and a summary', async () => {
    const { raw, items } = await feedOf(locale);
    // A strict XML parser: it throws on anything that is not well-formed.
    expect(fromXml(raw).type).toBe('root');
    expect(raw).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"');
    for (const item of items) {
      expect(item.title).not.toBe('');
      expect(item.guid).toEqual({ '#text': item.link, '@isPermaLink': 'true' });
      expect(item.description.length, item.link).toBeGreaterThan(50);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }
  });

  test('names its own address and when it last changed, and gives each item one summary, its post’s description', async () => {
    const { raw, items } = await feedOf(locale);
    const channel = (xml.parse(raw) as { rss: { channel: Record<string, unknown> } }).rss.channel;
    expect(raw).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(channel['atom:link']).toEqual({
      '@href': new URL(`/${locale}/rss.xml`, String(channel.link)).href,
      '@rel': 'self',
      '@type': 'application/rss+xml',
    });
    // When the newest post came out: the feed is as old as what it carries, not as the build.
    const newest = Math.max(...items.map((item) => Date.parse(item.pubDate)));
    expect(Date.parse(String(channel.lastBuildDate))).toBeGreaterThanOrEqual(newest);
    // No XSLT: a browser shows the feed as it is; the footer leads readers to the subscribe page.
    expect(raw).not.toContain('<?xml-stylesheet');
    for (const item of items) {
      const page = pageAt(pages, new URL(item.link).pathname);
      expect(item.description, item.link).toBe(page.querySelector('meta[name="description"]')?.getAttribute('content'));
    }
  });

  test('carries every post in full: each paragraph of the post page is in its item', async () => {
    const { items } = await feedOf(locale);
    for (const item of items) {
      const page = pageAt(pages, new URL(item.link).pathname);
      const content = textOf(item['content:encoded']);
      const paragraphs = page.querySelectorAll('article .prose > p').map((p) => p.textContent.replace(/\s+/g, ' ').trim());
      expect(paragraphs.length, item.link).toBeGreaterThan(0);
      for (const paragraph of paragraphs) expect(content, item.link).toContain(paragraph);
    }
  });

  test('carries nothing that runs, styles or embeds, and only absolute links and images', async () => {
    const { items } = await feedOf(locale);
    for (const item of items) {
      const html = item['content:encoded'];
      expect(html).not.toMatch(/<(script|style|iframe|object|embed|svg|button|form|input)\b/i);
      const elements = parse(html).querySelectorAll('*');
      for (const element of elements) {
        for (const name of Object.keys(element.attributes)) {
          expect(name, `${item.link}: <${element.tagName.toLowerCase()} ${name}>`).not.toMatch(/^(on|style$|class$|id$)/i);
        }
      }
      const urls = elements.flatMap((element) => ['href', 'src'].flatMap((name) => element.getAttribute(name) ?? []));
      expect(urls.length, item.link).toBeGreaterThan(0);
      for (const url of urls) expect(url, item.link).toMatch(/^(https?:\/\/|mailto:)/);
      // Heading permalinks ("#") and their screen-reader labels are page chrome.
      expect(textOf(html)).not.toMatch(/Link (to section|zum Abschnitt)/);
    }
  });

  test('gives the recap its highlight sections and closing, as its page shows them', async () => {
    const { items } = await feedOf(locale);
    const recapPath = `/${locale}/posts/kubecon-2024-paris/`;
    const recap = items.find((item) => new URL(item.link).pathname === recapPath);
    const page = pageAt(pages, recapPath);
    const content = parse(recap?.['content:encoded'] ?? '');
    const sectionLinks = page.querySelectorAll('.talk-section h2').map((heading) => heading.textContent.trim());
    expect(sectionLinks).toHaveLength(7);
    expect(content.querySelectorAll('h2 > a').map((link) => link.textContent)).toEqual(expect.arrayContaining(sectionLinks));
    const summaries = page.querySelectorAll('.talk-summary').map((summary) => summary.textContent.trim());
    for (const summary of summaries) expect(textOf(content.toString())).toContain(summary);
  });
});

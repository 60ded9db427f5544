import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { fromXml } from 'xast-util-from-xml';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { LOCALE_TAGS, LOCALES } from '../../src/i18n/locales';
import { pageAt, readDistPages, type DistPage } from '../helpers/dist';

interface FeedItem {
  title: string;
  link: string;
  guid: { '#text': string; '@isPermaLink': string };
  description: string;
  pubDate: string;
  'content:encoded': string;
}
interface Channel {
  link: string;
  language: string;
  lastBuildDate: string;
  'atom:link': unknown;
  item: FeedItem[];
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'url', 'xhtml:link', 'sitemap'].includes(name),
});
let distDir: string;
let pages: DistPage[];

beforeAll(async () => {
  distDir = inject('distDir');
  pages = await readDistPages(distDir);
});

const read = (path: string) => readFile(join(distDir, path), 'utf8');
/** The text of an HTML fragment, spaces collapsed, for comparing a page with a feed item. */
const textOf = (html: string) => parse(html).textContent.replace(/\s+/g, ' ').trim();
const pageOf = (item: FeedItem) => pageAt(pages, new URL(item.link).pathname);

describe.each(LOCALES)('the %s feed', (locale) => {
  let raw: string;
  let channel: Channel;
  beforeAll(async () => {
    raw = await read(`${locale}/rss.xml`);
    const feed = xml.parse(raw) as { rss: { '@version': string; channel: Channel } };
    expect(feed.rss['@version']).toBe('2.0');
    channel = feed.rss.channel;
  });

  test('is well-formed RSS 2.0 in its language that lists every post of it, newest first, by its absolute permalink, with a title and a date', () => {
    // A strict XML parser: it throws on anything that is not well-formed.
    expect(fromXml(raw).type).toBe('root');
    expect(raw).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"');
    expect(channel.language).toBe(LOCALE_TAGS[locale].lang);
    const posts = pages.map((page) => page.path).filter((path) => new RegExp(`^/${locale}/posts/[^/]+/$`).test(path));
    expect(new Set(channel.item.map((item) => new URL(item.link).pathname))).toEqual(new Set(posts));
    for (const item of channel.item) {
      expect(new URL(item.link).protocol).toMatch(/^https?:$/);
      expect(item.title).not.toBe('');
      expect(item.guid).toEqual({ '#text': item.link, '@isPermaLink': 'true' });
    }
    const dates = channel.item.map((item) => Date.parse(item.pubDate));
    expect(dates.some(Number.isNaN)).toBe(false);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Set(dates).size).toBeGreaterThan(1);
  });

  test('names its own address and when it last changed, and gives each item one summary, its post’s description', () => {
    expect(raw).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(channel['atom:link']).toEqual({
      '@href': new URL(`/${locale}/rss.xml`, channel.link).href,
      '@rel': 'self',
      '@type': 'application/rss+xml',
    });
    // When the newest post came out: the feed is as old as what it carries, not as the build.
    expect(Date.parse(channel.lastBuildDate)).toBeGreaterThanOrEqual(Math.max(...channel.item.map((item) => Date.parse(item.pubDate))));
    // No XSLT: a browser shows the feed as it is; the footer leads readers to the subscribe page.
    expect(raw).not.toContain('<?xml-stylesheet');
    for (const item of channel.item) {
      expect(item.description.length, item.link).toBeGreaterThan(50);
      expect(item.description, item.link).toBe(pageOf(item).querySelector('meta[name="description"]')?.getAttribute('content'));
    }
  });

  test('carries every post in full: each paragraph of the post page is in its item, and the recap’s sections and closing', () => {
    for (const item of channel.item) {
      const paragraphs = pageOf(item)
        .querySelectorAll('article .prose > p')
        .map((p) => p.textContent.replace(/\s+/g, ' ').trim());
      expect(paragraphs.length, item.link).toBeGreaterThan(0);
      for (const paragraph of paragraphs) expect(textOf(item['content:encoded']), item.link).toContain(paragraph);
    }
    const recap = channel.item.find((item) => item.link.endsWith(`/${locale}/posts/kubecon-2024-paris/`));
    const page = pageAt(pages, `/${locale}/posts/kubecon-2024-paris/`);
    const content = parse(recap?.['content:encoded'] ?? '');
    const sections = page.querySelectorAll('.talk-section h2').map((heading) => heading.textContent.trim());
    expect(sections).toHaveLength(7);
    expect(content.querySelectorAll('h2 > a').map((link) => link.textContent)).toEqual(expect.arrayContaining(sections));
    for (const summary of page.querySelectorAll('.talk-summary')) expect(textOf(content.toString())).toContain(summary.textContent.trim());
  });

  test('carries nothing that runs, styles or embeds, and only absolute links and images', () => {
    for (const item of channel.item) {
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
});

describe('the sitemap', () => {
  test('covers every indexed page of both locales with hreflang alternates for each pair, and robots.txt points to it', async () => {
    const index = xml.parse(await read('sitemap-index.xml')) as { sitemapindex: { sitemap: { loc: string }[] } };
    const urls: { loc: string; 'xhtml:link': { '@hreflang': string; '@href': string }[] }[] = [];
    for (const sitemap of index.sitemapindex.sitemap) {
      urls.push(...(xml.parse(await read(new URL(sitemap.loc).pathname.slice(1))) as { urlset: { url: typeof urls } }).urlset.url);
    }
    const listed = new Set(urls.map((url) => new URL(url.loc).pathname));
    const indexed = pages
      .filter((page) => /^\/(de|en)\//.test(page.path) && !page.document.querySelector('meta[name="robots"][content="noindex"]'))
      .map((page) => page.path);
    expect(listed).toEqual(new Set(indexed));
    // The talk index and its topics are there; the language folders' 404 pages and the post list's old address are not.
    for (const path of ['/de/talks/', '/en/talks/', '/en/talks/gitops/', '/de/topics/', '/en/']) expect(listed).toContain(path);
    for (const path of ['/en/posts/', '/de/404/']) expect(listed).not.toContain(path);
    for (const url of urls) {
      const path = new URL(url.loc).pathname;
      const alternates = Object.fromEntries(url['xhtml:link'].map((link) => [link['@hreflang'], new URL(link['@href']).pathname]));
      expect(alternates, path).toEqual({ 'de-CH': path.replace(/^\/en\//, '/de/'), en: path.replace(/^\/de\//, '/en/') });
    }
    expect(await read('robots.txt')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
  });

  test('every page advertises both feeds in its head', () => {
    for (const page of pages.filter((candidate) => /^\/(de|en)\//.test(candidate.path))) {
      const feeds = page.document
        .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
        .map((link) => link.getAttribute('href'));
      expect(feeds, page.path).toEqual(['/de/rss.xml', '/en/rss.xml']);
    }
  });
});

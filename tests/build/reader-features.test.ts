import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { LOCALE_TAGS, LOCALES } from '../../src/i18n/locales';
import { listDistFiles, pageAt, readDistPages, type DistPage } from '../helpers/dist';

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'url', 'xhtml:link', 'sitemap', 'category'].includes(name),
});
let distDir: string;
let pages: DistPage[];
let files: string[];

beforeAll(async () => {
  distDir = inject('distDir');
  pages = await readDistPages(distDir);
  files = await listDistFiles(distDir);
});

/** A post's own page (not the post list at /<locale>/posts/). */
const isPostPath = (path: string) => /^\/(de|en)\/posts\/[^/]+\/$/.test(path);
const read = (path: string) => readFile(join(distDir, path), 'utf8');
// One post per path segment after /posts/: the post list page /<locale>/posts/ is not a post.
const postPaths = (locale: string) => pages.map((page) => page.path).filter((path) => new RegExp(`^/${locale}/posts/[^/]+/$`).test(path));

describe('RSS feeds', () => {
  test.each(LOCALES)('the %s feed lists every post of that language with absolute, working links', async (locale) => {
    const feed = xml.parse(await read(`${locale}/rss.xml`)) as {
      rss: { channel: { language: string; item: { link: string; title: string; description: string; pubDate: string }[] } };
    };
    const { channel } = feed.rss;
    expect(channel.language).toBe(LOCALE_TAGS[locale].lang);
    const links = channel.item.map((item) => new URL(item.link));
    for (const link of links) expect(link.protocol).toMatch(/^https?:$/);
    expect(new Set(links.map((link) => link.pathname))).toEqual(new Set(postPaths(locale)));
    for (const item of channel.item) {
      expect(item.description.length).toBeGreaterThan(50);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }
  });

  test('every page advertises both feeds in its head', () => {
    for (const page of pages.filter((candidate) => candidate.path.startsWith('/de/') || candidate.path.startsWith('/en/'))) {
      const feeds = page.document
        .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
        .map((link) => link.getAttribute('href'));
      expect(feeds, page.path).toEqual(['/de/rss.xml', '/en/rss.xml']);
    }
  });
});

describe('sitemap', () => {
  test('covers every page of both locales with hreflang alternates for each pair', async () => {
    const index = xml.parse(await read('sitemap-index.xml')) as { sitemapindex: { sitemap: { loc: string }[] } };
    const urls: { loc: string; 'xhtml:link': { '@hreflang': string; '@href': string }[] }[] = [];
    for (const sitemap of index.sitemapindex.sitemap) {
      const file = new URL(sitemap.loc).pathname.slice(1);
      urls.push(...(xml.parse(await read(file)) as { urlset: { url: typeof urls } }).urlset.url);
    }
    const listed = new Set(urls.map((url) => new URL(url.loc).pathname));
    const localized = pages
      .filter((page) => !page.document.querySelector('meta[name="robots"][content="noindex"]'))
      .map((page) => page.path)
      .filter((path) => /^\/(de|en)\//.test(path));
    expect(listed).toEqual(new Set(localized));
    for (const url of urls) {
      const path = new URL(url.loc).pathname;
      const alternates = Object.fromEntries(url['xhtml:link'].map((link) => [link['@hreflang'], new URL(link['@href']).pathname]));
      expect(alternates, path).toEqual({ 'de-CH': path.replace(/^\/en\//, '/de/'), en: path.replace(/^\/de\//, '/en/') });
    }
  });

  test('robots.txt points to the sitemap', async () => {
    expect(await read('robots.txt')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
    expect(files).toContain('/sitemap-index.xml');
  });
});

describe('share cards and structured data', () => {
  test('every post has description, canonical, Open Graph with locales, and a Twitter card', () => {
    for (const page of pages.filter((candidate) => isPostPath(candidate.path))) {
      const meta = (selector: string) => page.document.querySelector(selector)?.getAttribute('content');
      const locale = page.path.slice(1, 3);
      expect(meta('meta[name="description"]'), page.path).toBeTruthy();
      expect(page.document.querySelector('link[rel="canonical"]')?.getAttribute('href'), page.path).toMatch(new RegExp(`${page.path}$`));
      expect(meta('meta[property="og:type"]'), page.path).toBe('article');
      expect(meta('meta[property="og:title"]'), page.path).toBe(page.document.querySelector('h1')?.text.trim());
      expect(meta('meta[property="og:locale"]'), page.path).toBe(locale === 'de' ? 'de_CH' : 'en_GB');
      expect(meta('meta[property="og:locale:alternate"]'), page.path).toBe(locale === 'de' ? 'en_GB' : 'de_CH');
      expect(meta('meta[name="twitter:card"]'), page.path).toMatch(/^summary/);
    }
  });

  test('highlights carry a BlogPosting about the session, with speakers as Person, within the conference', () => {
    const script = pageAt(pages, '/en/posts/shift-left/').querySelector('script[type="application/ld+json"]');
    const data = JSON.parse(script?.text ?? '{}') as Record<string, any>;
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('BlogPosting');
    expect(data.inLanguage).toBe('en');
    expect(data.datePublished).toMatch(/^2024-/);
    expect(data.about['@type']).toBe('Event');
    expect(data.about.name).toBe('Shift-Left: Past, Present, and Future of Validation in CI for GitOps Workflows');
    expect(data.about.superEvent).toMatchObject({
      '@type': 'Event',
      name: 'KubeCon + CloudNativeCon Europe 2024',
      startDate: '2024-03-19',
    });
    expect(data.about.performer).toEqual([
      { '@type': 'Person', name: 'Alexander Zielenski', affiliation: { '@type': 'Organization', name: 'Google' } },
      { '@type': 'Person', name: 'Stefan Schimanski', affiliation: { '@type': 'Organization', name: 'Upbound' } },
    ]);
  });

  test('every post points og:image at a 1200×630 PNG drawn at build time', async () => {
    for (const page of pages.filter((candidate) => isPostPath(candidate.path))) {
      const image = page.document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      const path = new URL(image).pathname;
      expect(files, page.path).toContain(path);
      const png = await readFile(join(distDir, path));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  test('every post has exactly one valid JSON-LD block', () => {
    for (const page of pages.filter((candidate) => isPostPath(candidate.path))) {
      const blocks = page.document.querySelectorAll('script[type="application/ld+json"]');
      expect(blocks, page.path).toHaveLength(1);
      const data = JSON.parse(blocks[0]?.text ?? '') as { '@type': string; headline: string; url: string };
      expect(data['@type']).toBe('BlogPosting');
      expect(new URL(data.url).pathname).toBe(page.path);
    }
  });
});

describe('navigation inside posts', () => {
  test('long posts get a table of contents that starts at the post’s beginning and whose other links all land on headings', () => {
    const document = pageAt(pages, '/en/posts/rendered-manifests-hands-on/');
    const [first, ...links] = document.querySelectorAll('.toc nav a').map((link) => link.getAttribute('href') ?? '');
    expect(first).toBe('#top');
    expect(document.querySelector('article > header#top')).not.toBeNull();
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links) expect(document.querySelector(`h2${link}, h3${link}`), link).not.toBeNull();
  });

  test('posts show a reading time, localized dates and topic links that have pages', () => {
    for (const locale of LOCALES) {
      const document = pageAt(pages, `/${locale}/posts/kcp/`);
      expect(document.querySelector('.meta')?.text).toMatch(locale === 'de' ? /\d+ Min\. Lesezeit/ : /\d+ min read/);
      const topics = document.querySelectorAll('.topics a').map((link) => link.getAttribute('href') ?? '');
      expect(topics.length).toBeGreaterThan(0);
      for (const topic of topics)
        expect(
          pages.some((page) => page.path === topic),
          topic,
        ).toBe(true);
    }
  });

  test('previous and next links follow the recap’s reading order, follow-ups after their highlight, labelled', () => {
    const order = [
      'kubecon-2024-paris',
      'kcp',
      'kubeflow',
      'dagger',
      'rendered-manifests',
      'rendered-manifests-hands-on',
      'shift-left',
      'sboms',
      'community',
    ];
    const followUps = new Set(['rendered-manifests-hands-on']);
    const labels = {
      de: {
        recap: 'Zum Rückblick',
        previous: ['Vorheriges Highlight', 'Vorherige Vertiefung'],
        next: ['Nächstes Highlight', 'Nächste Vertiefung'],
      },
      en: {
        recap: 'Back to the recap',
        previous: ['Previous highlight', 'Previous follow-up'],
        next: ['Next highlight', 'Next follow-up'],
      },
    } as const;
    const labelOf = (locale: (typeof LOCALES)[number], direction: 'previous' | 'next', slug: string) =>
      slug === 'kubecon-2024-paris' ? labels[locale].recap : labels[locale][direction][followUps.has(slug) ? 1 : 0];
    for (const locale of LOCALES) {
      const paths = order.map((slug) => `/${locale}/posts/${slug}/`);
      paths.forEach((path, index) => {
        const pager = pageAt(pages, path).querySelector('nav.pager');
        const previous = pager?.querySelector('a[rel="prev"]');
        const next = pager?.querySelector('a[rel="next"]');
        expect(previous?.getAttribute('href'), path).toBe(paths[index - 1]);
        expect(next?.getAttribute('href'), path).toBe(paths[index + 1]);
        const previousSlug = order[index - 1];
        const nextSlug = order[index + 1];
        if (previousSlug) {
          expect(previous?.querySelector('.pager-label')?.text.replace('←', '').trim(), path).toBe(
            labelOf(locale, 'previous', previousSlug),
          );
        }
        if (nextSlug) {
          expect(next?.querySelector('.pager-label')?.text.replace('→', '').trim(), path).toBe(labelOf(locale, 'next', nextSlug));
        }
      });
      // Every post of the language is on the chain, so none is a dead end.
      const listed = pageAt(pages, `/${locale}/`)
        .querySelectorAll('.post-list h2 a')
        .map((link) => link.getAttribute('href'));
      expect(new Set(listed)).toEqual(new Set(paths));
    }
  });

  test('a post ends in one region: topics, the edit link and the pager, no loose links after it', () => {
    for (const locale of LOCALES) {
      const document = pageAt(pages, `/${locale}/posts/kcp/`);
      const end = document.querySelector('footer.post-end');
      expect(end?.querySelectorAll('nav')).toHaveLength(1);
      expect(end?.querySelector('.topics a')).not.toBeNull();
      expect(end?.querySelector('a[href*="/edit/main/"]')).not.toBeNull();
      expect(end?.nextElementSibling).toBeNull();
    }
  });
});

describe('search', () => {
  test('the build writes a Pagefind index per language and posts mark what to index', () => {
    expect(files).toContain('/pagefind/pagefind.js');
    expect(files.some((file) => /^\/pagefind\/pagefind\.de-ch_\w+\.pf_meta$/.test(file))).toBe(true);
    expect(files.some((file) => /^\/pagefind\/pagefind\.en_\w+\.pf_meta$/.test(file))).toBe(true);
    expect(pageAt(pages, '/en/posts/kcp/').querySelector('article[data-pagefind-body]')).not.toBeNull();
  });

  test('without JavaScript the search page explains itself and links to the post list', () => {
    const document = pageAt(pages, '/de/search/');
    expect(document.querySelector('form[role="search"]')?.hasAttribute('hidden')).toBe(true);
    expect(document.querySelector('[data-search-fallback] a')?.getAttribute('href')).toBe('/de/');
  });
});

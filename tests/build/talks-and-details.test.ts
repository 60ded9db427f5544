import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { pageAt, readDistPages, type DistPage } from '../helpers/dist';

const RECAP = 'kubecon-2024-paris';
const TALK_IDS = ['kcp', 'kubeflow', 'dagger', 'rendered-manifests', 'shift-left', 'sboms', 'community'];
let distDir: string;
let pages: DistPage[];

beforeAll(async () => {
  distDir = inject('distDir');
  pages = await readDistPages(distDir);
});

describe('talk index', () => {
  test.each(LOCALES)('/%s/talks/ lists every session of the recap, in its order, with our post and its section', (locale) => {
    const document = pageAt(pages, `/${locale}/talks/`);
    const entries = document.querySelectorAll('.talk-index-entry');
    expect(entries.map((entry) => entry.querySelector('h2')?.id)).toEqual(TALK_IDS);
    for (const [index, entry] of entries.entries()) {
      const id = TALK_IDS[index] ?? '';
      expect(entry.querySelector(`a[href="/${locale}/posts/${id}/"]`), id).not.toBeNull();
      expect(entry.querySelector(`a[href="/${locale}/posts/${RECAP}/#${id}"]`), id).not.toBeNull();
    }
  });

  test('shows speakers with affiliation, who hosted the meetup, and no speaker label where nobody is named', () => {
    const document = pageAt(pages, '/en/talks/');
    const entry = (id: string) => document.querySelector(`.talk-index-entry:has(#${id})`);
    expect(entry('shift-left')?.text).toContain('Alexander Zielenski (Google), Stefan Schimanski (Upbound)');
    expect(entry('dagger')?.text).toMatch(/Hosted by\s*the Dagger maintainers/);
    expect(
      entry('dagger')
        ?.querySelectorAll('dt')
        .map((dt) => dt.text),
    ).not.toContain('Speakers');
    expect(
      entry('community')
        ?.querySelectorAll('dt')
        .map((dt) => dt.text),
    ).not.toContain('Speakers');
    expect(entry('rendered-manifests')?.querySelector('a[href="/en/posts/rendered-manifests-hands-on/"]')).not.toBeNull();
  });

  test('shows no link for an empty schedule, video or slides field', () => {
    const labels = pageAt(pages, '/en/talks/')
      .querySelectorAll('.talk-index-entry a')
      .map((link) => link.text.trim());
    for (const label of ['Schedule entry', 'Video', 'Slides']) expect(labels).not.toContain(label);
  });

  test.each(LOCALES)('/%s/talks/ filters by topic with plain links to static pages that keep only that topic', (locale) => {
    const filters = pageAt(pages, `/${locale}/talks/`)
      .querySelectorAll('.talk-filter a')
      .map((link) => link.getAttribute('href') ?? '');
    expect(filters[0]).toBe(`/${locale}/talks/`);
    expect(filters.length).toBeGreaterThan(3);
    const security = pageAt(pages, `/${locale}/talks/security/`);
    expect(security.querySelectorAll('.talk-index-entry h2').map((h2) => h2.id)).toEqual(['sboms']);
    expect(security.querySelector('.talk-filter a[aria-current="page"]')?.getAttribute('href')).toBe(`/${locale}/talks/security/`);
    for (const href of filters)
      expect(
        pages.some((page) => page.path === href),
        href,
      ).toBe(true);
  });

  test('is in the navigation and the language switch leads to the same index in the other language', () => {
    expect(pageAt(pages, '/de/').querySelector('header nav a[href="/de/talks/"]')).not.toBeNull();
    expect(pageAt(pages, '/en/posts/kcp/').querySelector('header nav a[href="/en/talks/"]')).not.toBeNull();
    expect(pageAt(pages, '/de/talks/').querySelector('.lang-switch a')?.getAttribute('href')).toBe('/en/talks/');
    expect(pageAt(pages, '/en/talks/gitops/').querySelector('.lang-switch a')?.getAttribute('href')).toBe('/de/talks/gitops/');
  });

  test('is in the sitemap', async () => {
    const sitemap = await readFile(join(distDir, 'sitemap-0.xml'), 'utf8');
    for (const path of ['/de/talks/', '/en/talks/', '/en/talks/gitops/', '/de/topics/', '/en/']) expect(sitemap).toContain(`${path}</loc>`);
    // The former second list of all posts, and the language folders' 404 pages, are no pages to index.
    for (const path of ['/en/posts/', '/de/404/']) expect(sitemap).not.toContain(`${path}</loc>`);
  });
});

describe('topic index and post list', () => {
  test.each(LOCALES)('/%s/topics/ links every topic page with its number of posts', (locale) => {
    const links = pageAt(pages, `/${locale}/topics/`)
      .querySelectorAll('.topic-index a')
      .map((link) => link.getAttribute('href') ?? '');
    const topicPages = pages.map((page) => page.path).filter((path) => new RegExp(`^/${locale}/topics/[^/]+/$`).test(path));
    expect(links.sort()).toEqual(topicPages.sort());
  });

  test.each(LOCALES)('/%s/ lists every post of the language, and /%s/posts/ leads there', async (locale) => {
    const redirect = pageAt(await readDistPages(distDir, { withRedirects: true }), `/${locale}/posts/`);
    expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=/${locale}/`);
    expect(redirect.querySelector(`a[href="/${locale}/"]`), 'a link for a browser that does not follow the refresh').not.toBeNull();
    const links = pageAt(pages, `/${locale}/`)
      .querySelectorAll('.post-list h2 a')
      .map((link) => link.getAttribute('href'));
    const posts = pages.map((page) => page.path).filter((path) => new RegExp(`^/${locale}/posts/[^/]+/$`).test(path));
    expect(new Set(links)).toEqual(new Set(posts));
    expect(links[0]).toBe(`/${locale}/posts/${RECAP}/`);
  });
});

describe('feeds', () => {
  const xml = new XMLParser({ isArray: (name) => name === 'item' });

  test.each(LOCALES)('the %s feed lists its items newest first', async (locale) => {
    const feed = xml.parse(await readFile(join(distDir, `${locale}/rss.xml`), 'utf8')) as {
      rss: { channel: { item: { pubDate: string }[] } };
    };
    const dates = feed.rss.channel.item.map((item) => Date.parse(item.pubDate));
    expect(dates.length).toBeGreaterThan(2);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(new Set(dates).size).toBeGreaterThan(1);
  });
});

describe('reading details', () => {
  test.each(LOCALES)('the %s recap’s reading time counts its highlight sections', (locale) => {
    const meta = pageAt(pages, `/${locale}/posts/${RECAP}/`).querySelector('.meta')?.text ?? '';
    const minutes = Number(/(\d+) min/i.exec(meta)?.[1]);
    // The intro alone is under 200 words (1 min); with the seven sections it is well over 600.
    expect(minutes).toBeGreaterThanOrEqual(3);
  });

  test.each(LOCALES)('the %s post lists give every post the reading time its own page shows', (locale) => {
    const minutesIn = (text: string | undefined) => /(\d+) min/i.exec(text ?? '')?.[1];
    for (const listPath of [`/${locale}/`, `/${locale}/topics/community/`]) {
      const cards = pageAt(pages, listPath).querySelectorAll('.post-card');
      expect(cards.length, listPath).toBeGreaterThan(0);
      for (const card of cards) {
        const href = card.querySelector('h2 a')?.getAttribute('href') ?? '';
        const onPage = minutesIn(pageAt(pages, href).querySelector('.meta')?.text);
        expect(minutesIn(card.querySelector('.post-card-meta')?.text), `${listPath} → ${href}`).toBe(onPage);
      }
    }
  });

  test.each([
    ['/en/posts/dagger/', ['header', '.talk-card', '.toc']],
    [
      '/de/posts/kubecon-2024-paris/',
      ['header', '.event-facts', '.talk-section .talk-card', '.talk-actions', '.follow-ups', '.talk-kicker'],
    ],
  ])('indexes only prose of %s: the session facts, lists and chrome are ignored', (path, selectors) => {
    const body = pageAt(pages, path).querySelector('[data-pagefind-body]');
    for (const selector of selectors) {
      const elements = body?.querySelectorAll(selector) ?? [];
      expect(elements.length, selector).toBeGreaterThan(0);
      for (const element of elements) expect(element.closest('[data-pagefind-ignore]'), selector).not.toBeNull();
    }
    expect(body?.querySelector('.prose')?.closest('[data-pagefind-ignore]')).toBeNull();
  });

  test('gives the search index kind and date as filters and the session as metadata', () => {
    const facts = pageAt(pages, '/en/posts/dagger/').querySelector('[data-pagefind-filter]');
    expect(facts?.getAttribute('data-pagefind-filter')).toBe('kind[data-kind], published[data-published]');
    expect(facts?.getAttribute('data-pagefind-meta')).toBe('session[data-session], people[data-people]');
    expect(facts?.getAttribute('data-kind')).toBe('highlight');
    expect(facts?.getAttribute('data-published')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(facts?.getAttribute('data-people')).toBe('the Dagger maintainers');
    expect(facts?.hasAttribute('hidden')).toBe(true);
  });

  test('keeps page furniture out of the search index', () => {
    const document = pageAt(pages, '/en/posts/shift-left/');
    const body = document.querySelector('[data-pagefind-body]');
    expect(body).not.toBeNull();
    for (const selector of ['.meta', '.heading-link', '.toc', '.talk-card dt', '.talk-card .badge']) {
      const elements = body?.querySelectorAll(selector) ?? [];
      expect(elements.length, selector).toBeGreaterThan(0);
      for (const element of elements) expect(element.closest('[data-pagefind-ignore]'), selector).not.toBeNull();
    }
  });

  test('the 404 page speaks both languages without JavaScript and marks each for the script that reorders them', () => {
    const document = pageAt(pages, '/404.html');
    expect(document.querySelectorAll('[data-not-found]').map((section) => section.getAttribute('lang'))).toEqual(['de-CH', 'en']);
  });

  test('posts carry no copy button in their HTML: scripts make them', () => {
    const document = pageAt(pages, '/en/posts/shift-left/');
    expect(document.querySelector('pre')).not.toBeNull();
    expect(document.querySelectorAll('.code-copy, .quote-link')).toHaveLength(0);
    expect(document.querySelector('[data-reading-tools][role="status"]')).not.toBeNull();
  });
});

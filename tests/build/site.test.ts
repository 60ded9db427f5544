import { beforeAll, describe, expect, inject, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { pageAt, readDistPages, type DistPage } from '../helpers/dist';

/** The talk anchors of the recap, in the order of the content brief. */
const TALK_IDS = ['kcp', 'kubeflow', 'dagger', 'rendered-manifests', 'shift-left', 'sboms', 'community'];
const RECAP = 'kubecon-2024-paris';

let pages: DistPage[];

beforeAll(async () => {
  const distDir = inject('distDir');
  pages = await readDistPages(distDir);
});

const postPages = () => pages.filter((page) => /^\/(de|en)\/posts\/[^/]+\/$/.test(page.path));

describe('recap page', () => {
  test.each(LOCALES)('has every talk id exactly once, in the brief’s order (%s)', (locale) => {
    const document = pageAt(pages, `/${locale}/posts/${RECAP}/`);
    const sectionIds = document.querySelectorAll('section.talk-section h2').map((heading) => heading.id);
    expect(sectionIds).toEqual(TALK_IDS);
    for (const id of TALK_IDS) expect(document.querySelectorAll(`[id="${id}"]`)).toHaveLength(1);
  });

  test.each(LOCALES)('gives each section a summary, a talk card and a link to the full post (%s)', (locale) => {
    const document = pageAt(pages, `/${locale}/posts/${RECAP}/`);
    for (const section of document.querySelectorAll('section.talk-section')) {
      const id = section.querySelector('h2')?.id ?? '';
      expect(section.querySelector('.talk-card cite')?.text.trim(), id).not.toBe('');
      expect(section.querySelector(`a[href="/${locale}/posts/${id}/"]`), id).not.toBeNull();
      expect(section.querySelector('.talk-summary')?.text.length ?? 0, id).toBeGreaterThan(80);
    }
  });

  test.each(LOCALES)('leaves the speakers row out where the source names nobody (%s)', (locale) => {
    const section = pageAt(pages, `/${locale}/posts/${RECAP}/`)
      .querySelectorAll('section.talk-section')
      .find((candidate) => candidate.querySelector('h2')?.id === 'community');
    const card = section?.querySelector('.talk-card');
    expect(card, 'community talk card').not.toBeNull();
    const labels = card?.querySelectorAll('dt').map((term) => term.text.trim()) ?? [];
    expect(labels).not.toContain(locale === 'de' ? 'Referierende' : 'Speakers');
    expect(card?.text).not.toMatch(/notes|Notizen/);
  });

  test.each(LOCALES)('sets the front matter it shows as prose with typographic quotes and apostrophes (%s)', (locale) => {
    const shown = [pageAt(pages, `/${locale}/posts/${RECAP}/`), pageAt(pages, `/${locale}/`)].flatMap((document) =>
      document.querySelectorAll('.talk-summary, .post-card-description, .talk-sections ~ .prose p').map((element) => element.text),
    );
    expect(shown.length).toBeGreaterThan(10);
    for (const text of shown) expect(text).not.toMatch(/["']/);
  });

  test('keeps speakers and affiliations exactly as scheduled', () => {
    const text = pageAt(pages, `/en/posts/${RECAP}/`).text;
    for (const fact of [
      'Marvin Beckers (Kubermatic GmbH)',
      'Luca Grazioli (DHL Data & Analytics), Dennis Ohrndorf (DHL Data & Analytics)',
      'Nicholas Morey (Akuity)',
      'Alexander Zielenski (Google), Stefan Schimanski (Upbound)',
      'Miguel Martinez (Chainloop), Daniel Liszka (Chainloop)',
      'SBOMs That You Can Trust – the Good, the Bad, and the Ugly',
      'Shift-Left: Past, Present, and Future of Validation in CI for GitOps Workflows',
    ]) {
      expect(text).toContain(fact);
    }
  });
});

describe('headings', () => {
  test('every h2–h4 of every post has an id and a reachable permalink with a translated name', () => {
    let checked = 0;
    for (const page of postPages()) {
      const label = page.path.startsWith('/de/') ? 'Link zum Abschnitt: ' : 'Link to section: ';
      for (const heading of page.document.querySelectorAll('main h2, main h3, main h4')) {
        expect(heading.id, `${page.path} ${heading.text}`).not.toBe('');
        const link = heading.parentNode?.querySelector(`a.heading-link[href="#${heading.id}"]`);
        expect(link, `${page.path} #${heading.id}`).not.toBeNull();
        expect(link?.text).toContain(label);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});

describe('languages', () => {
  test('every page declares the language of its URL', () => {
    for (const page of pages) {
      const expected = page.path.startsWith('/en/') ? 'en' : 'de-CH';
      expect(page.document.querySelector('html')?.getAttribute('lang'), page.path).toBe(expected);
    }
  });

  test('tags Swiss German one way everywhere: lang, hreflang and og:locale say de-CH', () => {
    for (const page of pages.filter((candidate) => candidate.path.startsWith('/de/'))) {
      const tags = [
        page.document.querySelector('html')?.getAttribute('lang'),
        ...page.document
          .querySelectorAll('[lang^="de"], [hreflang^="de"]')
          .map((element) => element.getAttribute('lang') ?? element.getAttribute('hreflang')),
      ];
      expect(new Set(tags), page.path).toEqual(new Set(['de-CH']));
      const og = page.document.querySelector('meta[property="og:locale"]')?.getAttribute('content');
      if (og) expect(og.replace('_', '-'), page.path).toBe('de-CH');
    }
  });

  test('every page, the language chooser at / too, colours a phone’s browser bar in both schemes', () => {
    expect(pages.map((page) => page.path)).toContain('/');
    for (const page of pages) {
      const colours = page.document.querySelectorAll('meta[name="theme-color"]').map((meta) => meta.getAttribute('media'));
      expect(colours, page.path).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
    }
  });

  test('hreflang alternates name both locales and x-default, and answer each other', () => {
    const alternatesOf = (page: DistPage) =>
      new Map(
        page.document
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((link) => [link.getAttribute('hreflang') ?? '', new URL(link.getAttribute('href') ?? '').pathname]),
      );
    // The language folders' 404 pages have no counterpart to name: they are not indexed.
    const indexable = pages.filter((candidate) => !candidate.document.querySelector('meta[name="robots"][content="noindex"]'));
    for (const page of indexable.filter((candidate) => /^\/(de|en)\//.test(candidate.path))) {
      const alternates = alternatesOf(page);
      expect([...alternates.keys()].sort(), page.path).toEqual(['de-CH', 'en', 'x-default']);
      const own = page.path.startsWith('/en/') ? 'en' : 'de-CH';
      expect(alternates.get(own), page.path).toBe(page.path);
      for (const [hreflang, path] of alternates) {
        if (hreflang === 'x-default') continue;
        const target = pages.find((candidate) => candidate.path === path);
        expect(target, `${page.path} → ${path}`).toBeDefined();
        if (target) expect(alternatesOf(target).get(own), `${path} ↩ ${page.path}`).toBe(page.path);
      }
    }
  });

  test('the switch on every post leads to the same post in the other language', () => {
    for (const page of postPages()) {
      const other = page.path.startsWith('/de/') ? '/en/' : '/de/';
      const link = page.document.querySelector('nav.lang-switch a');
      expect(link?.getAttribute('href'), page.path).toBe(page.path.replace(/^\/(de|en)\//, other));
      expect(link?.getAttribute('hreflang')).toBe(other === '/de/' ? 'de-CH' : 'en');
    }
  });

  test('dates and labels are localized', () => {
    expect(pageAt(pages, `/de/posts/${RECAP}/`).querySelector('.meta')?.text).toMatch(/Veröffentlicht am \d{1,2}\. April 2024/);
    expect(pageAt(pages, `/en/posts/${RECAP}/`).querySelector('.meta')?.text).toMatch(/Published \d{1,2} April 2024/);
    expect(pageAt(pages, '/de/').querySelector('.skip-link')?.text).toBe('Zum Inhalt springen');
    expect(pageAt(pages, '/en/').querySelector('.skip-link')?.text).toBe('Skip to content');
  });
});

describe('links', () => {
  test('the home pages list every post of their language, the recap first', () => {
    for (const locale of LOCALES) {
      const links = pageAt(pages, `/${locale}/`)
        .querySelectorAll('.post-list h2 a')
        .map((link) => link.getAttribute('href'));
      expect(links[0]).toBe(`/${locale}/posts/${RECAP}/`);
      const posts = postPages().filter((page) => page.path.startsWith(`/${locale}/`));
      expect(new Set(links)).toEqual(new Set(posts.map((page) => page.path)));
    }
  });

  test('the root page offers both languages as plain links', () => {
    const root = pageAt(pages, '/');
    expect(root.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual(expect.arrayContaining(['/de/', '/en/']));
  });

  test('a highlight links to its follow-up and the follow-up back to the recap section', () => {
    for (const locale of LOCALES) {
      const highlight = pageAt(pages, `/${locale}/posts/rendered-manifests/`);
      expect(highlight.querySelector(`#follow-ups`)).not.toBeNull();
      expect(highlight.querySelector(`a[href="/${locale}/posts/rendered-manifests-hands-on/"]`)).not.toBeNull();
      const followUp = pageAt(pages, `/${locale}/posts/rendered-manifests-hands-on/`);
      expect(followUp.querySelector(`a[href="/${locale}/posts/${RECAP}/#rendered-manifests"]`)).not.toBeNull();
      const recap = pageAt(pages, `/${locale}/posts/${RECAP}/`);
      expect(recap.querySelector(`#rendered-manifests-follow-ups`)).not.toBeNull();
    }
  });

  test('every post has an edit link to its own file', () => {
    for (const page of postPages()) {
      const edit = page.document.querySelectorAll('a').find((link) => /Edit this post|Diesen Beitrag bearbeiten/.test(link.text));
      const [, locale, slug] = /^\/(de|en)\/posts\/([^/]+)\/$/.exec(page.path) ?? [];
      expect(edit?.getAttribute('href'), page.path).toMatch(new RegExp(`/edit/main/content/posts/${locale}/${slug}\\.mdx?$`));
    }
  });
});

describe('404 page', () => {
  test('speaks both languages and is not indexed', () => {
    const document = pageAt(pages, '/404.html');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(document.querySelector('[lang="de-CH"] h2')?.text).toBe('Seite nicht gefunden');
    expect(document.querySelector('[lang="en"] h2')?.text).toBe('Page not found');
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

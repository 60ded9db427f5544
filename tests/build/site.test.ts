import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { LOCALE_TAGS, LOCALES, type Locale } from '../../src/i18n/locales';
import { listDistFiles, pageAt, readDistPages, type DistPage } from '../helpers/dist';

/** The talk anchors of the recap, in the order of the content brief. */
const TALK_IDS = ['kcp', 'kubeflow', 'dagger', 'rendered-manifests', 'shift-left', 'sboms', 'community'];
/** The recap's reading order: each highlight, its follow-ups after it. */
const READING_ORDER = ['kubecon-2024-paris', ...TALK_IDS.slice(0, 4), 'rendered-manifests-hands-on', ...TALK_IDS.slice(4)];
const RECAP = 'kubecon-2024-paris';
const OTHER: Record<Locale, Locale> = { de: 'en', en: 'de' };

let distDir: string;
let pages: DistPage[];
let files: string[];

beforeAll(async () => {
  distDir = inject('distDir');
  pages = await readDistPages(distDir);
  files = await listDistFiles(distDir);
});

const isPost = (path: string) => /^\/(de|en)\/posts\/[^/]+\/$/.test(path);
const posts = (locale?: Locale) => pages.filter((page) => isPost(page.path) && (!locale || page.path.startsWith(`/${locale}/`)));
const page = (path: string) => pageAt(pages, path);
const hrefs = (document: HTMLElement, selector: string) =>
  document.querySelectorAll(selector).map((link) => link.getAttribute('href') ?? '');
const texts = (document: HTMLElement | undefined | null, selector: string) =>
  document?.querySelectorAll(selector).map((element) => element.text.replace(/\s+/g, ' ').trim()) ?? [];
const minutesIn = (text: string | undefined) => /(\d+) min/i.exec(text ?? '')?.[1];
/** The links among `paths` that lead to no page of the site. */
const deadLinks = (paths: string[]) => paths.filter((path) => !pages.some((candidate) => candidate.path === path));
/** The selectors each page lacks, as "path selector". */
const missing = (expected: [path: string, selector: string][]) =>
  expected.filter(([path, selector]) => page(path).querySelector(selector) === null).map((pair) => pair.join(' '));

describe.each(LOCALES)('the %s pages', (locale) => {
  const recap = () => page(`/${locale}/posts/${RECAP}/`);

  test('the recap has every talk id once, in the brief’s order, each section with a summary, a talk card and its post; no speakers row where the source names nobody', () => {
    expect(
      recap()
        .querySelectorAll('section.talk-section h2')
        .map((heading) => heading.id),
    ).toEqual(TALK_IDS);
    for (const id of TALK_IDS) expect(recap().querySelectorAll(`[id="${id}"]`)).toHaveLength(1);
    for (const section of recap().querySelectorAll('section.talk-section')) {
      const id = section.querySelector('h2')?.id ?? '';
      expect(section.querySelector('.talk-card cite')?.text.trim(), id).not.toBe('');
      expect(section.querySelector(`a[href="/${locale}/posts/${id}/"]`), id).not.toBeNull();
      expect(section.querySelector('.talk-summary')?.text.length ?? 0, id).toBeGreaterThan(80);
    }
    const community = recap().querySelector('section.talk-section:has(#community) .talk-card');
    expect(community).not.toBeNull();
    expect(texts(community, 'dt')).not.toContain(locale === 'de' ? 'Referierende' : 'Speakers');
    expect(community?.text).not.toMatch(/notes|Notizen/);
  });

  test('the recap and the home page set the front matter they show with typographic quotes and apostrophes', () => {
    const shown = [recap(), page(`/${locale}/`)].flatMap((document) =>
      texts(document, '.talk-summary, .post-card-description, .talk-sections ~ .prose p'),
    );
    expect(shown.length).toBeGreaterThan(10);
    for (const text of shown) expect(text).not.toMatch(/["']/);
  });

  test('the recap’s reading time counts its sections, and each post list shows every post’s own reading time', () => {
    // The intro alone is under 200 words (1 min); with the seven sections it is well over 600.
    expect(Number(minutesIn(recap().querySelector('.meta')?.text))).toBeGreaterThanOrEqual(3);
    for (const list of [`/${locale}/`, `/${locale}/topics/community/`]) {
      const cards = page(list).querySelectorAll('.post-card');
      expect(cards.length, list).toBeGreaterThan(0);
      for (const card of cards) {
        const href = card.querySelector('h2 a')?.getAttribute('href') ?? '';
        expect(minutesIn(card.querySelector('.post-card-meta')?.text), `${list} → ${href}`).toBe(
          minutesIn(page(href).querySelector('.meta')?.text),
        );
      }
    }
  });

  test('the home page lists every post, the recap first, and /posts/ leads there', async () => {
    const listed = hrefs(page(`/${locale}/`), '.post-list h2 a');
    expect(listed[0]).toBe(`/${locale}/posts/${RECAP}/`);
    expect(new Set(listed)).toEqual(new Set(posts(locale).map((post) => post.path)));
    const redirect = pageAt(await readDistPages(distDir, { withRedirects: true }), `/${locale}/posts/`);
    expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=/${locale}/`);
    expect(redirect.querySelector(`a[href="/${locale}/"]`), 'a link for a browser that does not follow the refresh').not.toBeNull();
  });

  test('previous and next links follow the recap’s reading order through every post, follow-ups after their highlight, labelled', () => {
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
    }[locale];
    const labelOf = (direction: 'previous' | 'next', slug: string) =>
      slug === RECAP ? labels.recap : labels[direction][slug === 'rendered-manifests-hands-on' ? 1 : 0];
    const paths = READING_ORDER.map((slug) => `/${locale}/posts/${slug}/`);
    // Every post of the language is on the chain, so none is a dead end.
    expect(new Set(paths)).toEqual(new Set(posts(locale).map((post) => post.path)));
    paths.forEach((path, index) => {
      for (const [rel, direction, step, arrow] of [
        ['prev', 'previous', -1, '←'],
        ['next', 'next', 1, '→'],
      ] as const) {
        const link = page(path).querySelector(`nav.pager a[rel="${rel}"]`);
        const slug = READING_ORDER[index + step];
        expect(link?.getAttribute('href'), path).toBe(paths[index + step]);
        if (slug) expect(link?.querySelector('.pager-label')?.text.replace(arrow, '').trim(), path).toBe(labelOf(direction, slug));
      }
    });
  });

  test('a post shows its localized reading time and topics that have pages, and ends in one region: topics, the edit link and the pager', () => {
    const post = page(`/${locale}/posts/kcp/`);
    expect(post.querySelector('.meta')?.text).toMatch(locale === 'de' ? /\d+ Min\. Lesezeit/ : /\d+ min read/);
    expect(hrefs(post, '.topics a').length).toBeGreaterThan(0);
    expect(deadLinks(hrefs(post, '.topics a'))).toEqual([]);
    const end = post.querySelector('footer.post-end');
    expect(end?.querySelectorAll('nav')).toHaveLength(1);
    expect(end?.querySelector('.topics a')).not.toBeNull();
    expect(end?.querySelector('a[href*="/edit/main/"]')).not.toBeNull();
    expect(end?.nextElementSibling).toBeNull();
  });

  test('a highlight links its follow-up, and the follow-up links back to the recap’s section', () => {
    const highlight = `/${locale}/posts/rendered-manifests/`;
    const followUp = `/${locale}/posts/rendered-manifests-hands-on/`;
    expect(
      missing([
        [highlight, '#follow-ups'],
        [highlight, `a[href="${followUp}"]`],
        [followUp, `a[href="/${locale}/posts/${RECAP}/#rendered-manifests"]`],
        [`/${locale}/posts/${RECAP}/`, '#rendered-manifests-follow-ups'],
      ]),
    ).toEqual([]);
  });

  test('the talk index lists every session in the recap’s order with our post and its section, filtered by plain links to a page per topic', () => {
    const index = page(`/${locale}/talks/`);
    const entries = index.querySelectorAll('.talk-index-entry');
    expect(entries.map((entry) => entry.querySelector('h2')?.id)).toEqual(TALK_IDS);
    expect(
      missing(
        TALK_IDS.flatMap((id) =>
          [`/${locale}/posts/${id}/`, `/${locale}/posts/${RECAP}/#${id}`].map(
            (href) => [`/${locale}/talks/`, `.talk-index-entry:has(#${id}) a[href="${href}"]`] as [string, string],
          ),
        ),
      ),
    ).toEqual([]);
    const filters = hrefs(index, '.talk-filter a');
    expect(filters[0]).toBe(`/${locale}/talks/`);
    expect(filters.length).toBeGreaterThan(3);
    expect(deadLinks(filters)).toEqual([]);
    const security = page(`/${locale}/talks/security/`);
    expect(security.querySelectorAll('.talk-index-entry h2').map((h2) => h2.id)).toEqual(['sboms']);
    expect(security.querySelector('.talk-filter a[aria-current="page"]')?.getAttribute('href')).toBe(`/${locale}/talks/security/`);
    // In the navigation, and the switch leads to the same index in the other language.
    expect(page(`/${locale}/`).querySelector(`header nav a[href="/${locale}/talks/"]`)).not.toBeNull();
    expect(index.querySelector('.lang-switch a')?.getAttribute('href')).toBe(`/${OTHER[locale]}/talks/`);
    expect(page(`/${locale}/talks/gitops/`).querySelector('.lang-switch a')?.getAttribute('href')).toBe(`/${OTHER[locale]}/talks/gitops/`);
  });

  test('the topic index links every topic page', () => {
    const topicPages = pages.map((candidate) => candidate.path).filter((path) => new RegExp(`^/${locale}/topics/[^/]+/$`).test(path));
    expect(hrefs(page(`/${locale}/topics/`), '.topic-index a').sort()).toEqual(topicPages.sort());
  });

  test('the follow-up’s code blocks are figures captioned with their file and language, highlighted by Prism, with no button, meta or style in the HTML', () => {
    const prose = page(`/${locale}/posts/rendered-manifests-hands-on/`).querySelector('.prose');
    const blocks = prose
      ?.querySelectorAll('figure.code-block')
      .map((figure) => [
        figure.querySelector('figcaption .code-title')?.text,
        figure.querySelector('figcaption .code-language')?.text,
        figure.querySelector('pre')?.getAttribute('class'),
      ]);
    expect(blocks).toEqual([
      [undefined, 'Text', 'language-text'],
      ['environments/prod/values.yaml', 'YAML', 'language-yaml'],
      ['scripts/render.sh', 'Bash', 'language-bash'],
      ['scripts/check-drift.sh', 'Bash', 'language-bash'],
      ['.github/workflows/rendered-manifests.yaml', 'YAML', 'language-yaml'],
      ['apps/shop-prod.yaml', 'YAML', 'language-yaml'],
      ...Array.from({ length: 3 }, () => [undefined, 'Shell', 'language-sh']),
    ]);
    // node-html-parser keeps a <pre>'s content as raw text: Prism's token spans are in it.
    const code = prose?.querySelectorAll('pre').map((pre) => pre.innerHTML) ?? [];
    expect(code.join('').split('<span class="token ').length).toBeGreaterThan(50);
    expect(prose?.querySelectorAll('.code-copy, .quote-link, [metastring], [style]')).toHaveLength(0);
    expect(prose?.querySelectorAll('pre').every((pre) => pre.parentNode?.tagName === 'FIGURE')).toBe(true);
  });
});

describe('every page', () => {
  test('declares the language of its URL, and tags Swiss German one way: lang, hreflang and og:locale say de-CH', () => {
    for (const { path, document } of pages) {
      expect(document.querySelector('html')?.getAttribute('lang'), path).toBe(path.startsWith('/en/') ? 'en' : 'de-CH');
      if (!path.startsWith('/de/')) continue;
      const tags = document
        .querySelectorAll('[lang^="de"], [hreflang^="de"]')
        .map((element) => element.getAttribute('lang') ?? element.getAttribute('hreflang'));
      expect(new Set(tags), path).toEqual(new Set(['de-CH']));
      const og = document.querySelector('meta[property="og:locale"]')?.getAttribute('content');
      if (og) expect(og.replace('_', '-'), path).toBe('de-CH');
    }
  });

  test('names both locales and x-default as hreflang alternates, which answer each other', () => {
    const alternatesOf = (document: HTMLElement) =>
      new Map(
        document
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((link) => [link.getAttribute('hreflang') ?? '', new URL(link.getAttribute('href') ?? '').pathname]),
      );
    // The language folders' 404 pages have no counterpart to name: they are not indexed.
    for (const { path, document } of pages.filter((candidate) => /^\/(de|en)\//.test(candidate.path))) {
      if (document.querySelector('meta[name="robots"][content="noindex"]')) continue;
      const alternates = alternatesOf(document);
      expect([...alternates.keys()].sort(), path).toEqual(['de-CH', 'en', 'x-default']);
      const own = path.startsWith('/en/') ? 'en' : 'de-CH';
      expect(alternates.get(own), path).toBe(path);
      for (const [hreflang, target] of alternates) {
        if (hreflang !== 'x-default') expect(alternatesOf(page(target)).get(own), `${target} ↩ ${path}`).toBe(path);
      }
    }
  });
});

describe('every post', () => {
  test('switches to the same post in the other language, and links its own file for editing', () => {
    expect(posts().length).toBeGreaterThan(10);
    for (const { path, document } of posts()) {
      const [, locale = 'de', slug] = /^\/(de|en)\/posts\/([^/]+)\/$/.exec(path) ?? [];
      const other = OTHER[locale as Locale];
      const link = document.querySelector('nav.lang-switch a');
      expect(link?.getAttribute('href'), path).toBe(`/${other}/posts/${slug}/`);
      expect(link?.getAttribute('hreflang')).toBe(LOCALE_TAGS[other].lang);
      const edit = document.querySelectorAll('a').find((candidate) => /Edit this post|Diesen Beitrag bearbeiten/.test(candidate.text));
      expect(edit?.getAttribute('href'), path).toMatch(new RegExp(`/edit/main/content/posts/${locale}/${slug}\\.mdx?$`));
    }
  });

  test('gives every h2–h4 an id and a permalink with a translated name', () => {
    let checked = 0;
    for (const { path, document } of posts()) {
      const label = path.startsWith('/de/') ? 'Link zum Abschnitt: ' : 'Link to section: ';
      for (const heading of document.querySelectorAll('main h2, main h3, main h4')) {
        expect(heading.id, `${path} ${heading.text}`).not.toBe('');
        expect(heading.parentNode?.querySelector(`a.heading-link[href="#${heading.id}"]`)?.text, `${path} #${heading.id}`).toContain(label);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  test('captions every code block, its copy button’s words in the post’s language', () => {
    for (const { path, document } of posts()) {
      for (const pre of document.querySelectorAll('.prose pre')) {
        const figure = pre.parentNode;
        expect(figure?.classList.contains('code-block'), path).toBe(true);
        expect(figure?.querySelector('figcaption .code-language')?.text, path).toMatch(/\w/);
        expect(figure?.getAttribute('data-copy'), path).toBe(path.startsWith('/de/') ? 'Code kopieren' : 'Copy code');
      }
    }
  });

  test('has a description, canonical address, Open Graph with both locales, a Twitter card and one JSON-LD BlogPosting of its own address', () => {
    for (const { path, document } of posts()) {
      const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content');
      const locale = path.startsWith('/de/') ? 'de' : 'en';
      expect(meta('meta[name="description"]'), path).toBeTruthy();
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toMatch(new RegExp(`${path}$`));
      expect(meta('meta[property="og:type"]'), path).toBe('article');
      expect(meta('meta[property="og:title"]'), path).toBe(document.querySelector('h1')?.text.trim());
      expect(meta('meta[property="og:locale"]'), path).toBe(LOCALE_TAGS[locale].og);
      expect(meta('meta[property="og:locale:alternate"]'), path).toBe(LOCALE_TAGS[OTHER[locale]].og);
      expect(meta('meta[name="twitter:card"]'), path).toMatch(/^summary/);
      const blocks = document.querySelectorAll('script[type="application/ld+json"]');
      expect(blocks, path).toHaveLength(1);
      const data = JSON.parse(blocks[0]?.text ?? '') as { '@type': string; url: string };
      expect(data['@type']).toBe('BlogPosting');
      expect(new URL(data.url).pathname).toBe(path);
    }
  });

  test('points og:image at a 1200×630 PNG drawn at build time', async () => {
    for (const { path, document } of posts()) {
      const image = new URL(document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '').pathname;
      expect(files, path).toContain(image);
      const png = await readFile(join(distDir, image));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });
});

describe('single pages', () => {
  test('the English recap keeps speakers and affiliations exactly as scheduled, and names repeated links apart', () => {
    const recap = page(`/en/posts/${RECAP}/`);
    for (const fact of [
      'Marvin Beckers (Kubermatic GmbH)',
      'Luca Grazioli (DHL Data & Analytics), Dennis Ohrndorf (DHL Data & Analytics)',
      'Nicholas Morey (Akuity)',
      'Alexander Zielenski (Google), Stefan Schimanski (Upbound)',
      'Miguel Martinez (Chainloop), Daniel Liszka (Chainloop)',
      'SBOMs That You Can Trust – the Good, the Bad, and the Ugly',
      'Shift-Left: Past, Present, and Future of Validation in CI for GitOps Workflows',
    ])
      expect(recap.text).toContain(fact);
    const names = texts(recap, '.talk-actions a');
    expect(names.filter((name) => name.startsWith('Project website')).length).toBeGreaterThan(1);
    expect(new Set(names).size).toBe(names.length);
  });

  test('the English talk index shows speakers with affiliation, who hosted the meetup, no speaker label where nobody is named, and no link for an empty field', () => {
    const entry = (id: string) => page('/en/talks/').querySelector(`.talk-index-entry:has(#${id})`);
    expect(entry('shift-left')?.text).toContain('Alexander Zielenski (Google), Stefan Schimanski (Upbound)');
    expect(entry('dagger')?.text).toMatch(/Hosted by\s*the Dagger maintainers/);
    for (const id of ['dagger', 'community']) expect(texts(entry(id), 'dt')).not.toContain('Speakers');
    expect(entry('rendered-manifests')?.querySelector('a[href="/en/posts/rendered-manifests-hands-on/"]')).not.toBeNull();
    for (const label of ['Schedule entry', 'Video', 'Slides'])
      expect(texts(page('/en/talks/'), '.talk-index-entry a')).not.toContain(label);
    expect(page('/en/posts/kcp/').querySelector('header nav a[href="/en/talks/"]')).not.toBeNull();
  });

  test('a highlight carries a BlogPosting about the session, with speakers as Person, within the conference', () => {
    const data = JSON.parse(page('/en/posts/shift-left/').querySelector('script[type="application/ld+json"]')?.text ?? '{}') as Record<
      string,
      any
    >;
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      inLanguage: 'en',
      datePublished: expect.stringMatching(/^2024-/),
    });
    expect(data.about).toMatchObject({
      '@type': 'Event',
      name: 'Shift-Left: Past, Present, and Future of Validation in CI for GitOps Workflows',
      superEvent: { '@type': 'Event', name: 'KubeCon + CloudNativeCon Europe 2024', startDate: '2024-03-19' },
    });
    expect(data.about.performer).toEqual([
      { '@type': 'Person', name: 'Alexander Zielenski', affiliation: { '@type': 'Organization', name: 'Google' } },
      { '@type': 'Person', name: 'Stefan Schimanski', affiliation: { '@type': 'Organization', name: 'Upbound' } },
    ]);
  });

  test('a long post gets a table of contents that starts at its beginning and whose other links all land on headings', () => {
    const document = page('/en/posts/rendered-manifests-hands-on/');
    const [first, ...links] = hrefs(document, '.toc nav a');
    expect(first).toBe('#top');
    expect(document.querySelector('article > header#top')).not.toBeNull();
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links) expect(document.querySelector(`h2${link}, h3${link}`), link).not.toBeNull();
  });

  test('dates and labels are localized, and the root page offers both languages as plain links', () => {
    expect(page(`/de/posts/${RECAP}/`).querySelector('.meta')?.text).toMatch(/Veröffentlicht am \d{1,2}\. April 2024/);
    expect(page(`/en/posts/${RECAP}/`).querySelector('.meta')?.text).toMatch(/Published \d{1,2} April 2024/);
    expect(page('/de/').querySelector('.skip-link')?.text).toBe('Zum Inhalt springen');
    expect(page('/en/').querySelector('.skip-link')?.text).toBe('Skip to content');
    expect(hrefs(page('/'), 'a')).toEqual(expect.arrayContaining(['/de/', '/en/']));
  });

  test('the 404 page speaks both languages without JavaScript, marked for the script that reorders them, and is not indexed', () => {
    const document = page('/404.html');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(document.querySelectorAll('[data-not-found]').map((section) => section.getAttribute('lang'))).toEqual(['de-CH', 'en']);
    expect(texts(document, '[data-not-found] h2')).toEqual(['Seite nicht gefunden', 'Page not found']);
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });
});

describe('search', () => {
  test('the build writes a Pagefind index per language; without JavaScript the search page explains itself and links to the post list', () => {
    expect(files).toContain('/pagefind/pagefind.js');
    expect(files.some((file) => /^\/pagefind\/pagefind\.de-ch_\w+\.pf_meta$/.test(file))).toBe(true);
    expect(files.some((file) => /^\/pagefind\/pagefind\.en_\w+\.pf_meta$/.test(file))).toBe(true);
    const search = page('/de/search/');
    expect(search.querySelector('form[role="search"]')?.hasAttribute('hidden')).toBe(true);
    expect(search.querySelector('[data-search-fallback] a')?.getAttribute('href')).toBe('/de/');
  });

  test.each([
    ['/en/posts/dagger/', ['header', '.talk-card', '.toc']],
    ['/en/posts/shift-left/', ['.meta', '.heading-link', '.toc', '.talk-card dt', '.talk-card .badge']],
    [
      '/de/posts/kubecon-2024-paris/',
      ['header', '.event-facts', '.talk-section .talk-card', '.talk-actions', '.follow-ups', '.talk-kicker'],
    ],
  ])('indexes only the prose of %s: session facts, lists and page furniture are ignored', (path, selectors) => {
    const body = page(path).querySelector('article[data-pagefind-body]');
    expect(body?.querySelector('.prose')?.closest('[data-pagefind-ignore]')).toBeNull();
    for (const selector of selectors) {
      const elements = body?.querySelectorAll(selector) ?? [];
      expect(elements.length, selector).toBeGreaterThan(0);
      for (const element of elements) expect(element.closest('[data-pagefind-ignore]'), selector).not.toBeNull();
    }
  });

  test('gives the search index kind and date as filters and the session as metadata; scripts make the copy buttons', () => {
    const facts = page('/en/posts/dagger/').querySelector('[data-pagefind-filter]');
    expect(facts?.getAttribute('data-pagefind-filter')).toBe('kind[data-kind], published[data-published]');
    expect(facts?.getAttribute('data-pagefind-meta')).toBe('session[data-session], people[data-people]');
    expect(facts?.getAttribute('data-kind')).toBe('highlight');
    expect(facts?.getAttribute('data-published')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(facts?.getAttribute('data-people')).toBe('the Dagger maintainers');
    expect(facts?.hasAttribute('hidden')).toBe(true);
    const post = page('/en/posts/shift-left/');
    expect(post.querySelector('pre')).not.toBeNull();
    expect(post.querySelectorAll('.code-copy, .quote-link')).toHaveLength(0);
    expect(post.querySelector('[data-reading-tools][role="status"]')).not.toBeNull();
  });
});

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { pageAt, readDistPages, type DistPage } from '../helpers/dist';
import { fixturePath } from '../helpers/paths';
import type { BuiltSite } from '../helpers/global-setup';

/** The text of an XML element whose markup is escaped (`&lt;p&gt;`), as a feed reader reads it. */
const decodeXml = (text: string) => new XMLParser({ processEntities: true, htmlEntities: false }).parse(`<x>${text}</x>`).x as string;

describe('a site with an untranslated follow-up (fixture "valid")', () => {
  let result: BuiltSite;
  let pages: DistPage[];

  beforeAll(async () => {
    result = inject('sites').valid;
    pages = await readDistPages(result.dist);
  });

  test('publishes a post’s image re-encoded, without its camera and place, at the size the page reserves', async () => {
    const image = pageAt(pages, '/de/posts/alpha-deep-dive/').querySelector('article img');
    expect(image?.getAttribute('alt')).toBe('A blue photo taken in Paris');
    expect([image?.getAttribute('width'), image?.getAttribute('height')]).toEqual(['640', '360']);
    const src = image?.getAttribute('src') ?? '';
    expect(src).toMatch(/^\/_astro\/alpha-photo\.[\w-]+\.webp$/);
    const published = await readFile(join(result.dist, src));
    const source = await readFile(join(fixturePath('valid'), 'content/posts/images/alpha-photo.jpg'));
    expect(source.includes('Ada Example'), 'the fixture carries EXIF').toBe(true);
    expect(published.includes('Ada Example')).toBe(false);
    expect(published.includes('GPS')).toBe(false);
    expect(published.includes('Exif')).toBe(false);
  });

  test('prints the fallback warning during the build', () => {
    expect(result.output).toContain('content/posts/de/alpha-deep-dive.mdx warning this follow-up has no English version yet');
  });

  test('shows the German original on the English page, with a notice and lang="de" on the content', () => {
    const page = pageAt(pages, '/en/posts/alpha-deep-dive/');
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(page.querySelector('article')?.getAttribute('lang')).toBe('de-CH');
    const notice = page.querySelector('.notice');
    expect(notice?.getAttribute('lang')).toBe('en');
    expect(notice?.text).toBe('This post is not yet available in English. Here is the German original.');
    expect(page.querySelector('nav.lang-switch a')?.getAttribute('href')).toBe('/de/posts/alpha-deep-dive/');
  });

  test('says on the German original that there is no English version, and leads to the English home', () => {
    const page = pageAt(pages, '/de/posts/alpha-deep-dive/');
    const link = page.querySelector('nav.lang-switch a');
    expect(link?.getAttribute('href')).toBe('/en/');
    expect(link?.getAttribute('data-lang-switch')).toBe('home');
    expect(page.querySelector('#lang-switch-note')?.text).toContain('noch nicht auf Englisch');
  });

  test('lists the untranslated follow-up on the English side, marked as German', () => {
    const link = pageAt(pages, '/en/posts/recap/').querySelector('#alpha-follow-ups')?.closest('.follow-ups')?.querySelector('li a');
    expect(link?.getAttribute('href')).toBe('/en/posts/alpha-deep-dive/');
    expect(link?.getAttribute('lang')).toBe('de-CH');
  });

  test('runs our Markdown plugins on MDX posts too, and edits them at their .mdx path', () => {
    const page = pageAt(pages, '/de/posts/alpha-deep-dive/');
    expect(page.querySelector('h2#details')?.text).toBe('Details');
    expect(page.querySelector('a.heading-link[href="#details"]')?.text).toContain('Link zum Abschnitt: Details');
    const edit = page.querySelectorAll('a').find((link) => link.text === 'Diesen Beitrag bearbeiten');
    expect(edit?.getAttribute('href')).toMatch(/\/content\/posts\/de\/alpha-deep-dive\.mdx$/);
  });

  test('renders a reviewed MDX component with its literal props, and no script with it', () => {
    const page = pageAt(pages, '/de/posts/alpha-deep-dive/');
    const callout = page.querySelector('aside.callout.callout-tip');
    expect(callout?.querySelector('.callout-title')?.text).toBe('Tipp');
    expect(callout?.querySelector('strong')?.text).toBe('Markdown');
    expect(
      page.querySelectorAll('script:not([type="application/ld+json"])').map((script) => script.getAttribute('src') ?? 'inline'),
    ).not.toContain(expect.stringContaining('Callout'));
    // Every style on the page is one the Content-Security-Policy allows, or the browser drops it.
    const policy = page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    for (const style of page.querySelectorAll('style')) {
      const hash = createHash('sha256').update(style.innerHTML).digest('base64');
      expect(policy, style.innerHTML.slice(0, 80)).toContain(`'sha256-${hash}'`);
    }
  });

  test('carries an MDX post in full in both feeds, its component rendered and its links absolute', async () => {
    for (const locale of ['de', 'en']) {
      const feed = await readFile(join(result.dist, locale, 'rss.xml'), 'utf8');
      const item = feed.split('<item>').find((candidate) => candidate.includes('/posts/alpha-deep-dive/</link>')) ?? '';
      const content = parse(decodeXml(/<content:encoded>(.*?)<\/content:encoded>/s.exec(item)?.[1] ?? ''));
      expect(content.querySelector('aside')?.textContent, locale).toContain('Eine geprüfte Komponente mit Markdown darin.');
      expect(content.querySelector('a')?.getAttribute('href')).toMatch(/^https?:\/\/[^/]+\/de\/posts\/recap\/#alpha$/);
      expect(content.toString()).not.toMatch(/<(script|style)\b/);
      // Only a code block's language class is kept, for feed readers that colour code.
      expect(content.toString().match(/class="[^"]*"/g)).toEqual(['class="language-yaml"']);
      expect(content.querySelector('figcaption')?.textContent).toBe('values.yaml');
    }
  });

  test('labels footnotes in the post’s language: heading and back-links', () => {
    const labels = (path: string) => {
      const section = pageAt(pages, path).querySelector('section[data-footnotes]');
      return {
        heading: section?.querySelector('#footnote-label')?.text,
        backLinks: section?.querySelectorAll('a[data-footnote-backref]').map((link) => link.getAttribute('aria-label')),
      };
    };
    expect(labels('/de/posts/alpha/')).toEqual({
      heading: 'Fussnoten',
      backLinks: ['Zurück zum Verweis 1', 'Zurück zum Verweis 1-2', 'Zurück zum Verweis 2'],
    });
    expect(labels('/en/posts/alpha/')).toEqual({
      heading: 'Footnotes',
      backLinks: ['Back to reference 1', 'Back to reference 1-2', 'Back to reference 2'],
    });
    const permalink = pageAt(pages, '/de/posts/alpha/').querySelector('a.heading-link[href="#footnote-label"]');
    expect(permalink?.text).toContain('Link zum Abschnitt: Fussnoten');
  });

  test('captions an MDX post’s code block with its title and language, as in Markdown', () => {
    const figure = pageAt(pages, '/de/posts/alpha-deep-dive/').querySelector('.prose figure.code-block');
    expect(figure?.querySelector('figcaption .code-title')?.text).toBe('values.yaml');
    expect(figure?.querySelector('figcaption .code-language')?.text).toBe('YAML');
    expect(figure?.querySelector('pre')?.getAttribute('class')).toBe('language-yaml');
    expect(figure?.querySelectorAll('[metastring]')).toHaveLength(0);
    // The English page shows the German original (lang="de-CH"): its copy button speaks German too.
    const fallback = pageAt(pages, '/en/posts/alpha-deep-dive/').querySelector('article[lang="de-CH"] figure.code-block');
    expect(fallback?.getAttribute('data-copy')).toBe('Code kopieren');
    expect(fallback?.getAttribute('data-copy-label')).toBe('Code kopieren: values.yaml');
  });

  test('leaves drafts out of the production build, everywhere', () => {
    expect(pages.some((page) => page.path.includes('beta-draft'))).toBe(false);
    for (const page of pages) expect(page.document.toString(), page.path).not.toContain('beta-draft');
  });

  test('maps heading ids that differ between the languages for the switch', () => {
    const link = pageAt(pages, '/de/posts/alpha/').querySelector('nav.lang-switch a');
    expect(JSON.parse(link?.getAttribute('data-anchor-map') ?? '{}')).toEqual({ 'warum-alpha': 'why-alpha' });
  });
});

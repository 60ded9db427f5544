import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { formatDiagnostic } from '../../src/lib/checks/diagnostic';
import { runContentChecks } from '../../src/lib/checks/run';
import { REPOSITORY_URL } from '../../src/site';
import { npmRun, projectWithContent } from '../helpers/astro-build';
import { pageAt, readDistPages, type DistPage } from '../helpers/dist';
import { fixturePath } from '../helpers/paths';
import type { BuiltSite } from '../helpers/global-setup';

/** The text of an XML element whose markup is escaped (`&lt;p&gt;`), as a feed reader reads it. */
const decodeXml = (text: string) => new XMLParser({ processEntities: true, htmlEntities: false }).parse(`<x>${text}</x>`).x as string;
const textOf = (element: { text: string } | null | undefined) => element?.text.replace(/\s+/g, ' ').trim();

// Both sites are built once per run by the global setup. "valid" has an untranslated follow-up
// in MDX, a footnote, a photo with EXIF data and a draft; "renamed" is the same after a
// maintainer renamed a heading and a post, removed a post and edited the German alpha after
// its translation (tests/helpers/renamed-site.ts).
let valid: BuiltSite;
let validPages: DistPage[];
let renamed: BuiltSite;
let renamedPages: DistPage[];

beforeAll(async () => {
  ({ valid, renamed } = inject('sites'));
  [validPages, renamedPages] = await Promise.all([readDistPages(valid.dist), readDistPages(renamed.dist, { withRedirects: true })]);
});

describe('a site with an untranslated follow-up in MDX (fixture "valid")', () => {
  const page = (path: string) => pageAt(validPages, path);

  test('publishes a post’s image re-encoded, without its camera and place, at the size the page reserves', async () => {
    const image = page('/de/posts/alpha-deep-dive/').querySelector('article img');
    expect(image?.getAttribute('alt')).toBe('A blue photo taken in Paris');
    expect([image?.getAttribute('width'), image?.getAttribute('height')]).toEqual(['640', '360']);
    const src = image?.getAttribute('src') ?? '';
    expect(src).toMatch(/^\/_astro\/alpha-photo\.[\w-]+\.webp$/);
    const published = await readFile(join(valid.dist, src));
    const source = await readFile(join(fixturePath('valid'), 'content/posts/images/alpha-photo.jpg'));
    expect(source.includes('Ada Example'), 'the fixture carries EXIF').toBe(true);
    for (const trace of ['Ada Example', 'GPS', 'Exif']) expect(published.includes(trace), trace).toBe(false);
  });

  test('warns during the build, and shows the German original on the English page with a notice and lang="de-CH" on the content', () => {
    expect(valid.output).toContain('content/posts/de/alpha-deep-dive.mdx warning this follow-up has no English version yet');
    const english = page('/en/posts/alpha-deep-dive/');
    expect(english.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(english.querySelector('article')?.getAttribute('lang')).toBe('de-CH');
    expect(english.querySelector('.notice')?.getAttribute('lang')).toBe('en');
    expect(english.querySelector('.notice')?.text).toBe('This post is not yet available in English. Here is the German original.');
    expect(english.querySelector('nav.lang-switch a')?.getAttribute('href')).toBe('/de/posts/alpha-deep-dive/');
    const link = pageAt(validPages, '/en/posts/recap/').querySelector('#alpha-follow-ups')?.closest('.follow-ups')?.querySelector('li a');
    expect(link?.getAttribute('href')).toBe('/en/posts/alpha-deep-dive/');
    expect(link?.getAttribute('lang')).toBe('de-CH');
  });

  test('says on the German original that there is no English version, and leads to the English home', () => {
    const german = page('/de/posts/alpha-deep-dive/');
    const link = german.querySelector('nav.lang-switch a');
    expect(link?.getAttribute('href')).toBe('/en/');
    expect(link?.getAttribute('data-lang-switch')).toBe('home');
    expect(german.querySelector('#lang-switch-note')?.text).toContain('noch nicht auf Englisch');
  });

  test('runs our Markdown plugins on MDX posts too, captions code as in Markdown, and edits them at their .mdx path', () => {
    const german = page('/de/posts/alpha-deep-dive/');
    expect(german.querySelector('h2#details')?.text).toBe('Details');
    expect(german.querySelector('a.heading-link[href="#details"]')?.text).toContain('Link zum Abschnitt: Details');
    const edit = german.querySelectorAll('a').find((link) => link.text === 'Diesen Beitrag bearbeiten');
    expect(edit?.getAttribute('href')).toMatch(/\/content\/posts\/de\/alpha-deep-dive\.mdx$/);
    const figure = german.querySelector('.prose figure.code-block');
    expect(figure?.querySelector('figcaption .code-title')?.text).toBe('values.yaml');
    expect(figure?.querySelector('figcaption .code-language')?.text).toBe('YAML');
    expect(figure?.querySelector('pre')?.getAttribute('class')).toBe('language-yaml');
    expect(figure?.querySelectorAll('[metastring]')).toHaveLength(0);
    // The English page shows the German original (lang="de-CH"): its copy button speaks German too.
    const fallback = page('/en/posts/alpha-deep-dive/').querySelector('article[lang="de-CH"] figure.code-block');
    expect(fallback?.getAttribute('data-copy')).toBe('Code kopieren');
    expect(fallback?.getAttribute('data-copy-label')).toBe('Code kopieren: values.yaml');
  });

  test('renders a reviewed MDX component with its literal props, and no script with it; every style is one the CSP allows', () => {
    const german = page('/de/posts/alpha-deep-dive/');
    const callout = german.querySelector('aside.callout.callout-tip');
    expect(callout?.querySelector('.callout-title')?.text).toBe('Tipp');
    expect(callout?.querySelector('strong')?.text).toBe('Markdown');
    const scripts = german
      .querySelectorAll('script:not([type="application/ld+json"])')
      .map((script) => script.getAttribute('src') ?? 'inline');
    expect(scripts).not.toContain(expect.stringContaining('Callout'));
    const policy = german.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    for (const style of german.querySelectorAll('style')) {
      expect(policy, style.innerHTML.slice(0, 80)).toContain(`'sha256-${createHash('sha256').update(style.innerHTML).digest('base64')}'`);
    }
  });

  test('carries an MDX post in full in both feeds, its component rendered and its links absolute', async () => {
    for (const locale of ['de', 'en']) {
      const feed = await readFile(join(valid.dist, locale, 'rss.xml'), 'utf8');
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

  test('labels footnotes in the post’s language, heading and back-links, and maps heading ids that differ for the switch', () => {
    const labels = (path: string) => {
      const section = page(path).querySelector('section[data-footnotes]');
      return [
        section?.querySelector('#footnote-label')?.text,
        ...(section?.querySelectorAll('a[data-footnote-backref]').map((link) => link.getAttribute('aria-label')) ?? []),
      ];
    };
    expect(labels('/de/posts/alpha/')).toEqual(['Fussnoten', 'Zurück zum Verweis 1', 'Zurück zum Verweis 1-2', 'Zurück zum Verweis 2']);
    expect(labels('/en/posts/alpha/')).toEqual(['Footnotes', 'Back to reference 1', 'Back to reference 1-2', 'Back to reference 2']);
    expect(page('/de/posts/alpha/').querySelector('a.heading-link[href="#footnote-label"]')?.text).toContain(
      'Link zum Abschnitt: Fussnoten',
    );
    const link = page('/de/posts/alpha/').querySelector('nav.lang-switch a');
    expect(JSON.parse(link?.getAttribute('data-anchor-map') ?? '{}')).toEqual({ 'warum-alpha': 'why-alpha' });
  });

  test('leaves drafts out of the production build, everywhere', () => {
    expect(validPages.some((candidate) => candidate.path.includes('beta-draft'))).toBe(false);
    for (const { path, document } of validPages) expect(document.toString(), path).not.toContain('beta-draft');
  });

  test('ends every post with a link that opens a prefilled GitHub issue in the reader’s language, and loads nothing from outside for it', () => {
    const posts = validPages.filter((candidate) => /^\/(de|en)\/posts\/[^/]+\/$/.test(candidate.path));
    expect(posts.length).toBeGreaterThan(0);
    for (const { path, document } of posts) {
      const link = document.querySelector('.post-end .discuss a');
      expect(link?.text, path).toBe(path.startsWith('/de/') ? 'Diesen Beitrag diskutieren' : 'Discuss this post');
      const url = new URL(link?.getAttribute('href') ?? '');
      expect(`${url.origin}${url.pathname}`).toBe(`${REPOSITORY_URL}/issues/new`);
      expect(url.searchParams.get('body'), path).toContain(`http://127.0.0.1:4321${path}`);
      const external = document
        .querySelectorAll('script[src], iframe, link[rel="stylesheet"]')
        .map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '')
        .filter((address) => /^(https?:)?\/\//.test(address));
      expect(external, path).toEqual([]);
    }
    const title = (path: string) => new URL(page(path).querySelector('.discuss a')?.getAttribute('href') ?? '').searchParams.get('title');
    expect(title('/en/posts/alpha/')).toBe('Discussion: Alpha in English');
    expect(title('/de/posts/alpha/')).toBe('Diskussion: Alpha auf Deutsch');
  });
});

describe('translations kept in step (fixtures "valid", up to date, and "renamed", whose German alpha changed after its translation)', () => {
  test('the build warns about the outdated translation, naming both files', () => {
    expect(renamed.output).toMatch(
      /content\/posts\/en\/alpha\.md:\d+ warning translationOf: the original content\/posts\/de\/alpha\.md changed after this translation/,
    );
    expect(valid.output).not.toContain('translationOf');
  });

  test('the outdated page says so, dated and linking to the original, and keeps the switch with its heading-id map', () => {
    const english = pageAt(renamedPages, '/en/posts/alpha/');
    const notice = english.querySelector('.translation-notice');
    expect(notice?.getAttribute('lang')).toBe('en');
    expect(textOf(notice)).toBe(
      'The German original was updated on 8 April 2024; this translation may lag behind. Read the German original',
    );
    expect(notice?.querySelector('time')?.getAttribute('datetime')).toBe('2024-04-08');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/de/posts/alpha/');
    const link = english.querySelector('nav.lang-switch a');
    expect(link?.getAttribute('href')).toBe('/de/posts/alpha/');
    expect(link?.getAttribute('data-lang-switch')).toBe('keep-fragment');
    // The renamed heading's old id leads to its new one in the other language too.
    expect(JSON.parse(link?.getAttribute('data-anchor-map') ?? '{}')).toEqual({ 'why-alpha': 'warum-alpha', 'how-it-works': 'steps' });
  });

  test('no notice on an original, an up-to-date translation or a fallback page', () => {
    for (const [pages, paths] of [
      [renamedPages, ['/de/posts/alpha/', '/en/posts/gamma/', '/de/posts/gamma/', '/en/posts/recap/']],
      [validPages, ['/en/posts/alpha/', '/en/posts/alpha-deep-dive/']],
    ] as const) {
      for (const path of paths) expect(pageAt(pages, path).querySelector('.translation-notice'), path).toBeNull();
    }
  });

  test('lists every post with its status on /en/translations/ and /de/translations/', () => {
    const statuses = (pages: DistPage[], path: string) =>
      Object.fromEntries(
        pageAt(pages, path)
          .querySelectorAll('tr[data-slug]')
          .map((row) => [row.getAttribute('data-slug'), row.getAttribute('data-status')]),
      );
    for (const locale of ['en', 'de']) {
      expect(statuses(validPages, `/${locale}/translations/`)).toEqual({
        recap: 'up-to-date',
        alpha: 'up-to-date',
        beta: 'up-to-date',
        'alpha-deep-dive': 'missing',
      });
      expect(statuses(renamedPages, `/${locale}/translations/`)).toEqual({ recap: 'up-to-date', alpha: 'outdated', gamma: 'up-to-date' });
    }
    const alphaRow = pageAt(renamedPages, '/en/translations/').querySelector('tr[data-slug="alpha"]');
    expect(alphaRow?.querySelector('a')?.getAttribute('href')).toBe('/en/posts/alpha/');
    expect(alphaRow?.querySelectorAll('td').map(textOf)).toEqual(['Deutsch, 8 April 2024', 'outdated']);
    expect(textOf(pageAt(renamedPages, '/de/translations/').querySelector('tr[data-slug="alpha"] td:last-child'))).toBe('veraltet');
  });

  test('links the status page from every footer, and from no navigation', () => {
    for (const { path, document } of validPages.filter((candidate) => /^\/(de|en)\//.test(candidate.path))) {
      expect(document.querySelector(`.site-footer a[href="/${path.slice(1, 3)}/translations/"]`), path).not.toBeNull();
      expect(document.querySelector('.site-header .nav-links a[href$="/translations/"]'), path).toBeNull();
    }
  });
});

describe('a published link after a heading and a post were renamed and a post removed (fixture "renamed")', () => {
  test('keeps the old id on its section and the old post address as a redirect page, and leaves both out of the sitemap', async () => {
    for (const locale of ['de', 'en']) {
      expect(pageAt(renamedPages, `/${locale}/posts/alpha/`).querySelector('#how-it-works')?.parentNode?.getAttribute('id')).toBe('steps');
      const redirect = pageAt(renamedPages, `/${locale}/posts/beta/`);
      expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0;url=/${locale}/posts/gamma/`);
      expect(redirect.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`/${locale}/posts/gamma/$`));
    }
    const sitemap = await readFile(join(renamed.dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/de/posts/gamma/');
    expect(sitemap).not.toContain('/posts/beta/');
    expect(sitemap).not.toContain('alpha-deep-dive');
  });
});

// A translator's commands on the "valid" fixture whose German alpha was corrected after its
// translation: the checks warn, translation:done stamps, and the checks are quiet again.
describe('npm run check and npm run translation:done on an outdated translation', () => {
  let root = '';
  afterAll(() => rm(root, { recursive: true, force: true }));

  test('check names the outdated file and the fix; translation:done stamps it, changing only the stamp; then check is quiet', async () => {
    root = await projectWithContent(join(fixturePath('valid'), 'content'));
    const [german, english] = ['de', 'en'].map((locale) => join(root, `content/posts/${locale}/alpha.md`));
    await writeFile(german as string, `${await readFile(german as string, 'utf8')}\nEin Absatz, den die Übersetzung noch nicht kennt.\n`);
    const before = await npmRun(root, 'check');
    expect(before.exitCode, before.output).toBe(0);
    expect(before.output.split('\n').find((line) => line.includes('translationOf'))).toMatch(
      /^content\/posts\/en\/alpha\.md:18 warning translationOf: the original content\/posts\/de\/alpha\.md changed after this translation \(recorded [0-9a-f]{12}, now [0-9a-f]{12}\)\. Fix: bring this file up to date with content\/posts\/de\/alpha\.md, then run npm run translation:done -- alpha$/,
    );
    const englishBefore = (await readFile(english as string, 'utf8')).split('\n');
    const stamp = await npmRun(root, 'translation:done', {}, ['alpha']);
    expect(stamp.exitCode, stamp.output).toBe(0);
    expect(stamp.output).toMatch(
      /stamped content\/posts\/en\/alpha\.md as a translation of content\/posts\/de\/alpha\.md \([0-9a-f]{12}\)/,
    );
    const changed = (await readFile(english as string, 'utf8')).split('\n').filter((line, index) => line !== englishBefore[index]);
    expect(changed).toEqual([expect.stringMatching(/^translationOf: \{ hash: "[0-9a-f]{12}" \}$/)]);
    expect((await npmRun(root, 'translation:done', {}, ['--all'])).output).toContain('already stamped content/posts/en/alpha.md');
    // The same checks as npm run check, without a second start of it: only the fallback's warning is left.
    const after = await runContentChecks(root);
    expect(after.fileCount).toBe(9);
    expect(after.diagnostics.map(formatDiagnostic)).toEqual([expect.stringContaining('alpha-deep-dive.mdx warning')]);
  }, 120_000);
});

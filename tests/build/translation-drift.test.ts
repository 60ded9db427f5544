import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPOSITORY_URL } from '../../src/site';
import { astroBuild, projectWithContent, type BuildResult } from '../helpers/astro-build';
import { pageAt, readDistPages, type DistPage } from '../helpers/dist';
import { fixturePath } from '../helpers/paths';

/** Runs an npm script in `cwd` as a translator would, with the environment of their shell. */
function npmRun(cwd: string, args: string[]): Promise<{ code: number; output: string }> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|npm_.*|GITHUB_ACTIONS)$/.test(name),
    ),
  );
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', ...args], { cwd, env: { ...env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const ENGLISH_ALPHA = 'content/posts/en/alpha.md';
const GERMAN_ALPHA = 'content/posts/de/alpha.md';

// The "valid" fixture with every translation stamped; then someone corrects the German alpha.
describe('a German original edited after its translation (fixture "valid", edited)', () => {
  const cleanup: string[] = [];
  let root: string;
  let result: BuildResult;
  let pages: DistPage[];

  beforeAll(async () => {
    root = await projectWithContent(join(fixturePath('valid'), 'content'));
    const outDir = await mkdtemp(join(tmpdir(), 'kubecon-recap-drift-dist-'));
    cleanup.push(root, outDir);
    const german = join(root, GERMAN_ALPHA);
    await writeFile(german, `${await readFile(german, 'utf8')}\nEin Absatz, den die Übersetzung noch nicht kennt.\n`);
    result = await astroBuild(root, outDir);
    expect(result.exitCode, result.output).toBe(0);
    pages = await readDistPages(outDir);
  });

  afterAll(async () => {
    await Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  test('prints the drift warning during the build, naming both files', () => {
    expect(result.output).toMatch(
      /content\/posts\/en\/alpha\.md:18 warning translationOf: the original content\/posts\/de\/alpha\.md changed after this translation/,
    );
  });

  test('shows the translated notice on the English page, dated and linking to the original', () => {
    const notice = pageAt(pages, '/en/posts/alpha/').querySelector('.translation-notice');
    expect(notice?.getAttribute('lang')).toBe('en');
    expect(notice?.text.replace(/\s+/g, ' ').trim()).toBe(
      'The German original was updated on 8 April 2024; this translation may lag behind. Read the German original',
    );
    expect(notice?.querySelector('time')?.getAttribute('datetime')).toBe('2024-04-08');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/de/posts/alpha/');
  });

  test('shows no notice on the original, on up-to-date translations or on fallback pages', () => {
    for (const path of ['/de/posts/alpha/', '/en/posts/beta/', '/de/posts/beta/', '/en/posts/recap/', '/en/posts/alpha-deep-dive/']) {
      expect(pageAt(pages, path).querySelector('.translation-notice'), path).toBeNull();
    }
  });

  test('keeps the language switch and its heading-id map on the outdated page', () => {
    const link = pageAt(pages, '/en/posts/alpha/').querySelector('nav.lang-switch a');
    expect(link?.getAttribute('href')).toBe('/de/posts/alpha/');
    expect(link?.getAttribute('data-lang-switch')).toBe('keep-fragment');
    expect(JSON.parse(link?.getAttribute('data-anchor-map') ?? '{}')).toEqual({ 'why-alpha': 'warum-alpha' });
  });

  test('lists every post with its status on /en/translations/ and /de/translations/', () => {
    const statuses = (path: string) =>
      Object.fromEntries(
        pageAt(pages, path)
          .querySelectorAll('tr[data-slug]')
          .map((row) => [row.getAttribute('data-slug'), row.getAttribute('data-status')]),
      );
    const expected = { recap: 'up-to-date', alpha: 'outdated', beta: 'up-to-date', 'alpha-deep-dive': 'missing' };
    expect(statuses('/en/translations/')).toEqual(expected);
    expect(statuses('/de/translations/')).toEqual(expected);
    const alphaRow = pageAt(pages, '/en/translations/').querySelector('tr[data-slug="alpha"]');
    expect(alphaRow?.querySelector('a')?.getAttribute('href')).toBe('/en/posts/alpha/');
    expect(alphaRow?.querySelectorAll('td').map((cell) => cell.text.replace(/\s+/g, ' ').trim())).toEqual([
      'Deutsch, 8 April 2024',
      'outdated',
    ]);
    expect(pageAt(pages, '/de/translations/').querySelector('tr[data-slug="alpha"] td:last-child')?.text.trim()).toBe('veraltet');
  });

  test('links the status page from every footer, and from no navigation', () => {
    for (const page of pages.filter((candidate) => /^\/(de|en)\//.test(candidate.path))) {
      const locale = page.path.slice(1, 3);
      expect(page.document.querySelector(`.site-footer a[href="/${locale}/translations/"]`) !== null, page.path).toBe(true);
      expect(page.document.querySelector('.site-header .nav-links a[href$="/translations/"]') === null, page.path).toBe(true);
    }
  });

  test('ends every post with a link that opens a prefilled GitHub issue in the reader’s language', () => {
    const posts = pages.filter((page) => /^\/(de|en)\/posts\/[^/]+\/$/.test(page.path));
    expect(posts.length).toBeGreaterThan(0);
    for (const page of posts) {
      const link = page.document.querySelector('.post-end .discuss a');
      const label = page.path.startsWith('/de/') ? 'Diesen Beitrag diskutieren' : 'Discuss this post';
      expect(link?.text, page.path).toBe(label);
      const url = new URL(link?.getAttribute('href') ?? '');
      expect(`${url.origin}${url.pathname}`).toBe(`${REPOSITORY_URL}/issues/new`);
      expect(url.searchParams.get('body'), page.path).toContain(`http://127.0.0.1:4321${page.path}`);
    }
    const english = new URL(pageAt(pages, '/en/posts/alpha/').querySelector('.discuss a')?.getAttribute('href') ?? '');
    expect(english.searchParams.get('title')).toBe('Discussion: Alpha in English');
    const german = new URL(pageAt(pages, '/de/posts/alpha/').querySelector('.discuss a')?.getAttribute('href') ?? '');
    expect(german.searchParams.get('title')).toBe('Diskussion: Alpha auf Deutsch');
  });

  test('loads nothing from outside for it: no external script, frame or stylesheet on a post', () => {
    const html = pageAt(pages, '/en/posts/alpha/');
    const external = [...html.querySelectorAll('script[src], iframe, link[rel="stylesheet"]')]
      .map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '')
      .filter((address) => /^(https?:)?\/\//.test(address));
    expect(external).toEqual([]);
  });

  test('npm run check warns about the translation; translation:done stamps it, changing only the stamp', async () => {
    const before = await npmRun(root, ['check']);
    expect(before.code, before.output).toBe(0);
    const warning = before.output.split('\n').find((line) => line.includes('translationOf'));
    expect(warning).toMatch(
      /^content\/posts\/en\/alpha\.md:18 warning translationOf: the original content\/posts\/de\/alpha\.md changed after this translation \(recorded [0-9a-f]{12}, now [0-9a-f]{12}\)\. Fix: bring this file up to date with content\/posts\/de\/alpha\.md, then run npm run translation:done -- alpha$/,
    );
    const englishBefore = await readFile(join(root, ENGLISH_ALPHA), 'utf8');

    const stamp = await npmRun(root, ['translation:done', '--', 'alpha']);
    expect(stamp.code, stamp.output).toBe(0);
    expect(stamp.output).toMatch(
      /stamped content\/posts\/en\/alpha\.md as a translation of content\/posts\/de\/alpha\.md \([0-9a-f]{12}\)/,
    );
    const englishAfter = await readFile(join(root, ENGLISH_ALPHA), 'utf8');
    const changed = englishAfter.split('\n').filter((line, index) => line !== englishBefore.split('\n')[index]);
    expect(changed).toEqual([expect.stringMatching(/^translationOf: \{ hash: "[0-9a-f]{12}" \}$/)]);

    const again = await npmRun(root, ['translation:done', '--', '--all']);
    expect(again.output).toContain('already stamped content/posts/en/alpha.md');
  }, 240_000);

  test('after stamping, the checks are quiet, the status page says up to date and the notice is gone', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'kubecon-recap-drift-dist-'));
    cleanup.push(outDir);
    const german = join(root, GERMAN_ALPHA);
    await writeFile(
      join(root, ENGLISH_ALPHA),
      (await readFile(join(root, ENGLISH_ALPHA), 'utf8')).replace(/hash: "[0-9a-f]{12}"/, 'hash: "000000000000"'),
    );
    const stamp = await npmRun(root, ['translation:done', '--', 'alpha']);
    expect(stamp.code, stamp.output).toBe(0);
    expect(await readFile(german, 'utf8')).toContain('noch nicht kennt');
    const rebuilt = await astroBuild(root, outDir);
    expect(rebuilt.exitCode, rebuilt.output).toBe(0);
    expect(rebuilt.output).toContain('content check: 9 post files, 0 error(s), 1 warning(s)');
    expect(rebuilt.output).not.toContain('translationOf');
    const rebuiltPages = await readDistPages(outDir);
    expect(pageAt(rebuiltPages, '/en/posts/alpha/').querySelector('.translation-notice')).toBeNull();
    expect(pageAt(rebuiltPages, '/en/translations/').querySelector('tr[data-slug="alpha"]')?.getAttribute('data-status')).toBe(
      'up-to-date',
    );
  }, 240_000);
});

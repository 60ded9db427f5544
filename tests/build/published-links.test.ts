import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { npmRun } from '../helpers/astro-build';
import { pageAt, readDistPages } from '../helpers/dist';
import { recordedSite, type RecordedSite } from '../helpers/renamed-site';

// A published link must keep working: renaming or removing a heading, a post or a talk id
// fails `npm run check` until an alias, a redirect or a "gone" line says what becomes of it.
// Each case starts from the fixture "valid" with its addresses recorded.

let site: RecordedSite;
let root = '';

beforeAll(async () => {
  site = await recordedSite();
  root = site.root;
}, 60_000);
afterAll(async () => site.remove());

const resetContent = () => site.reset();
const edit = (file: string, from: string, to: string) => site.edit(file, from, to);

describe('npm run check when a published address disappears', () => {
  test('a renamed heading names the old id, the file and the alias that keeps it', async () => {
    await resetContent();
    for (const locale of ['de', 'en']) await edit(`${locale}/alpha.md`, '{#how-it-works}', '{#steps}');
    const { exitCode, output } = await npmRun(root, 'check');
    expect(exitCode, output).toBe(1);
    expect(output).toContain(
      'content/posts/en/alpha.md error #how-it-works: was published at /en/posts/alpha/#how-it-works and this page no longer has it. Fix: keep the id ("## Heading {#how-it-works}"), or declare idAliases: { how-it-works: <the section\'s id now> }',
    );
    expect(output).toContain('content/posts/de/alpha.md error #how-it-works: was published at /de/posts/alpha/#how-it-works');
  }, 60_000);

  test('a renamed post names its old address and the redirect that keeps it', async () => {
    await resetContent();
    await site.renameBetaToGamma();
    const { exitCode, output } = await npmRun(root, 'check');
    expect(exitCode, output).toBe(1);
    expect(output).toMatch(
      /content\/published-links\.txt:\d+ error \/de\/posts\/beta\/: was published, and no post has this address any more\. Fix: if the post was renamed, add redirectFrom: \["beta"\]/,
    );
    expect(output).toMatch(/content\/published-links\.txt:\d+ error \/en\/posts\/beta\/: was published/);
  }, 60_000);

  test('a deleted post names its addresses and how to mark them gone', async () => {
    await resetContent();
    await rm(join(root, 'content/posts/de/alpha-deep-dive.mdx'));
    const { exitCode, output } = await npmRun(root, 'check');
    expect(exitCode, output).toBe(1);
    expect(output).toMatch(
      /content\/published-links\.txt:\d+ error \/de\/posts\/alpha-deep-dive\/: was published, .* write "gone: <reason>" after the address/,
    );
    expect(output).toMatch(/content\/published-links\.txt:\d+ error \/en\/posts\/alpha-deep-dive\/: was published/);
  }, 60_000);

  test('a renamed talk id names the recap section it took away', async () => {
    await resetContent();
    for (const locale of ['de', 'en']) await edit(`${locale}/beta.md`, 'talkId: "beta"', 'talkId: "beta-meetup"');
    await edit('de/recap.md', '/de/posts/recap/#beta', '/de/posts/recap/#beta-meetup');
    await edit('en/recap.md', '/en/posts/recap/#beta', '/en/posts/recap/#beta-meetup');
    const { exitCode, output } = await npmRun(root, 'check');
    expect(exitCode, output).toBe(1);
    expect(output).toContain(
      'content/posts/en/recap.md error #beta: was published at /en/posts/recap/#beta and this page no longer has it',
    );
  }, 60_000);
});

describe('npm run build with the alias, the redirect and the gone line declared', () => {
  test('keeps every recorded address: the old id on its section, the old post address as a redirect page', async () => {
    await resetContent();
    await site.renameWithKeepers();
    expect(await readFile(join(root, 'content/published-links.txt'), 'utf8'), 'the command keeps every line').toContain(
      '/en/posts/alpha-deep-dive/ gone: folded into the highlight',
    );
    const { exitCode, output } = await npmRun(root, 'build');
    expect(exitCode, output).toBe(0);
    const pages = await readDistPages(join(root, 'dist'), { withRedirects: true });
    for (const locale of ['de', 'en']) {
      const alpha = pageAt(pages, `/${locale}/posts/alpha/`);
      expect(alpha.querySelector('#how-it-works')?.parentNode?.getAttribute('id')).toBe('steps');
      const redirect = pageAt(pages, `/${locale}/posts/beta/`);
      expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0;url=/${locale}/posts/gamma/`);
      expect(redirect.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`/${locale}/posts/gamma/$`));
    }
    const sitemap = await readFile(join(root, 'dist/sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/de/posts/gamma/');
    expect(sitemap).not.toContain('/posts/beta/');
    expect(sitemap).not.toContain('alpha-deep-dive');
  }, 180_000);
});

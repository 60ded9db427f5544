import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/lib/checks/diagnostic';
import { readPublishedLinks, runContentChecks } from '../../src/lib/checks/run';
import { fixturePath } from '../helpers/paths';

// A pull request is judged against its base: every address the base publishes (post pages,
// section ids, talk index anchors) must still be served, or declared. The base here is the
// fixture "valid"; each case is a pull request's copy of it, read as the checks read posts.

const CONTENT = join(fixturePath('valid'), 'content');
const roots: string[] = [];
let before: Map<string, string>;

beforeAll(async () => {
  before = await readPublishedLinks(await copyOfFixture());
});
afterAll(async () => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

async function copyOfFixture(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'kubecon-recap-addresses-'));
  roots.push(root);
  await cp(CONTENT, join(root, 'content'), { recursive: true });
  return root;
}

/** Replaces `from` by `to` in a post file (`en/alpha.md`); fails when `from` is not there. */
async function edit(root: string, file: string, from: string, to: string): Promise<void> {
  const path = join(root, 'content/posts', file);
  const text = await readFile(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  await writeFile(path, text.replaceAll(from, to));
}

/**
 * The lines the verdict prints for the pull request's copy, judged against the base: its
 * errors, and the warnings on content/gone.txt (the fixture's translation warnings are not
 * about addresses).
 */
async function findingsOf(change: (root: string) => Promise<void>): Promise<string[]> {
  const root = await copyOfFixture();
  await change(root);
  const { diagnostics } = await runContentChecks(root, { publishedBefore: before });
  return diagnostics
    .filter((diagnostic) => diagnostic.severity === 'error' || diagnostic.file === 'content/gone.txt')
    .map(formatDiagnostic);
}

const renameBetaToGamma = async (root: string) => {
  for (const locale of ['de', 'en']) {
    await rename(join(root, `content/posts/${locale}/beta.md`), join(root, `content/posts/${locale}/gamma.md`));
    await edit(root, `${locale}/recap.md`, '"beta"]', '"gamma"]');
    await edit(root, `${locale}/beta-draft.md`, 'followUpOf: "beta"', 'followUpOf: "gamma"');
  }
};

const GONE = 'add the line';

describe('a pull request judged against the addresses its base publishes', () => {
  test('the base publishes every page, section and talk index anchor of its posts', () => {
    for (const url of [
      '/de/posts/alpha/',
      '/en/posts/alpha/#how-it-works',
      '/en/posts/recap/#beta',
      '/en/talks/#alpha',
      '/en/posts/alpha-deep-dive/',
    ]) {
      expect(before.has(url), url).toBe(true);
    }
    expect(before.get('/en/posts/alpha-deep-dive/'), 'an untranslated post publishes both languages').toBe(
      'content/posts/de/alpha-deep-dive.mdx',
    );
  });

  test('changing nothing, or adding a post, takes nothing away', async () => {
    expect(await findingsOf(async () => {})).toEqual([]);
    const added = await findingsOf(async (root) => {
      const post = (await readFile(join(root, 'content/posts/de/alpha-deep-dive.mdx'), 'utf8')).replace(
        'Alpha im Detail',
        'Alpha noch genauer',
      );
      await writeFile(join(root, 'content/posts/de/alpha-more.mdx'), post);
    });
    expect(added).toEqual([]);
  });

  test('a removed post without a redirect names its file, each of its pages once, and the two fixes', async () => {
    const lines = await findingsOf((root) => rm(join(root, 'content/posts/de/alpha-deep-dive.mdx')));
    expect(lines).toEqual([
      'content/posts/de/alpha-deep-dive.mdx error /de/posts/alpha-deep-dive/: was published, and no post has this address any more. Fix: if the post was renamed, add redirectFrom: ["alpha-deep-dive"] to its front matter; if it is gone on purpose, add the line "/de/posts/alpha-deep-dive/ <reason>" to content/gone.txt, which a maintainer reviews',
      'content/posts/de/alpha-deep-dive.mdx error /en/posts/alpha-deep-dive/: was published, and no post has this address any more. Fix: if the post was renamed, add redirectFrom: ["alpha-deep-dive"] to its front matter; if it is gone on purpose, add the line "/en/posts/alpha-deep-dive/ <reason>" to content/gone.txt, which a maintainer reviews',
    ]);
  });

  test('a removed post declared gone, with a reason, passes; a line without a reason does not', async () => {
    const declared = await findingsOf(async (root) => {
      await rm(join(root, 'content/posts/de/alpha-deep-dive.mdx'));
      await writeFile(
        join(root, 'content/gone.txt'),
        '# Removed on purpose\n/de/posts/alpha-deep-dive/ folded into the highlight\n/en/posts/alpha-deep-dive/ folded into the highlight\n',
      );
    });
    expect(declared).toEqual([]);
    const unexplained = await findingsOf(async (root) => {
      await rm(join(root, 'content/posts/de/alpha-deep-dive.mdx'));
      await writeFile(
        join(root, 'content/gone.txt'),
        '/de/posts/alpha-deep-dive/\n/en/posts/alpha-deep-dive/ folded\n/en/posts/alpha/ still here\n',
      );
    });
    expect(unexplained).toEqual([
      'content/gone.txt:1 error /de/posts/alpha-deep-dive/: has no reason. Fix: write why after the address, e.g. "/de/posts/alpha-deep-dive/ merged into another post"',
      'content/gone.txt:3 warning /en/posts/alpha/: is listed as gone, but the site publishes it. Fix: remove the line',
    ]);
  });

  test('a renamed post without a redirect fails, with redirectFrom it passes', async () => {
    const renamed = await findingsOf(renameBetaToGamma);
    expect(renamed).toContain(
      'content/posts/de/beta.md error /de/posts/beta/: was published, and no post has this address any more. Fix: if the post was renamed, add redirectFrom: ["beta"] to its front matter; if it is gone on purpose, add the line "/de/posts/beta/ <reason>" to content/gone.txt, which a maintainer reviews',
    );
    expect(renamed.some((line) => line.startsWith('content/posts/en/beta.md error /en/posts/beta/: was published'))).toBe(true);
    const redirected = await findingsOf(async (root) => {
      await renameBetaToGamma(root);
      for (const locale of ['de', 'en']) await edit(root, `${locale}/gamma.md`, 'talkId: "beta"', 'talkId: "beta"\nredirectFrom: ["beta"]');
    });
    expect(redirected).toEqual([]);
  });

  test('a renamed heading without an alias fails on the page in each language, with idAliases it passes', async () => {
    const rename = async (root: string) => {
      for (const locale of ['de', 'en']) await edit(root, `${locale}/alpha.md`, '{#how-it-works}', '{#steps}');
    };
    const lines = await findingsOf(rename);
    expect(lines).toEqual([
      `content/posts/de/alpha.md error #how-it-works: was published at /de/posts/alpha/#how-it-works and this page no longer has it. Fix: keep the id ("## Heading {#how-it-works}"), or declare idAliases: { how-it-works: <the section's id now> } in the front matter; if it is gone on purpose, ${GONE} "/de/posts/alpha/#how-it-works <reason>" to content/gone.txt, which a maintainer reviews`,
      `content/posts/en/alpha.md error #how-it-works: was published at /en/posts/alpha/#how-it-works and this page no longer has it. Fix: keep the id ("## Heading {#how-it-works}"), or declare idAliases: { how-it-works: <the section's id now> } in the front matter; if it is gone on purpose, ${GONE} "/en/posts/alpha/#how-it-works <reason>" to content/gone.txt, which a maintainer reviews`,
    ]);
    const aliased = await findingsOf(async (root) => {
      await rename(root);
      for (const locale of ['de', 'en'])
        await edit(root, `${locale}/alpha.md`, 'talkId: "alpha"', 'talkId: "alpha"\nidAliases: { how-it-works: steps }');
    });
    expect(aliased).toEqual([]);
  });

  test('a renamed talk id names the recap section and the talk index anchor it took away', async () => {
    const lines = await findingsOf(async (root) => {
      for (const locale of ['de', 'en']) await edit(root, `${locale}/beta.md`, 'talkId: "beta"', 'talkId: "beta-meetup"');
      await edit(root, 'de/recap.md', '/de/posts/recap/#beta', '/de/posts/recap/#beta-meetup');
      await edit(root, 'en/recap.md', '/en/posts/recap/#beta', '/en/posts/recap/#beta-meetup');
    });
    expect(lines).toContain(
      `content/posts/en/recap.md error #beta: was published at /en/posts/recap/#beta and this page no longer has it. Fix: keep the id ("## Heading {#beta}"), or declare idAliases: { beta: <the section's id now> } in the front matter; if it is gone on purpose, ${GONE} "/en/posts/recap/#beta <reason>" to content/gone.txt, which a maintainer reviews`,
    );
    expect(lines).toContain(
      `content/posts/en/beta.md error #beta: was published on the talk index at /en/talks/#beta, which no longer has it. Fix: keep the talk id and the speakers' names as they were; if it is gone on purpose, ${GONE} "/en/talks/#beta <reason>" to content/gone.txt, which a maintainer reviews`,
    );
  });
});

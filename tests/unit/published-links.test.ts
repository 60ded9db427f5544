import { cp, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/lib/checks/diagnostic';
import { readPublishedLinks, runContentChecks } from '../../src/lib/checks/run';
import { fixturePath } from '../helpers/paths';
import { editIn } from '../helpers/project-repository';
import { renamedSite } from '../helpers/renamed-site';

// A pull request is judged against its base: every address the base publishes (post pages,
// section ids, talk index anchors) must still be served, or declared. The base here is the
// fixture "valid"; each case is a pull request's copy of it, read as the checks read posts.

const roots: string[] = [];
let before: Map<string, string>;

beforeAll(async () => {
  before = await readPublishedLinks(await copyOfFixture());
});
afterAll(async () => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

async function copyOfFixture(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'kubecon-recap-addresses-'));
  roots.push(root);
  await cp(join(fixturePath('valid'), 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/**
 * The lines the verdict prints for a pull request (the base's copy with `change`, or `root`):
 * its errors, and the warnings on content/gone.txt.
 */
async function findingsOf(change: (root: string) => Promise<unknown>, root?: string): Promise<string[]> {
  const copy = root ?? (await copyOfFixture());
  await change(copy);
  const { diagnostics } = await runContentChecks(copy, { publishedBefore: before });
  return diagnostics
    .filter((diagnostic) => diagnostic.severity === 'error' || diagnostic.file === 'content/gone.txt')
    .map(formatDiagnostic);
}

/** Edits a post of the copy at `root` in both languages. */
const editBoth = async (root: string, slug: string, from: string, to: string) => {
  for (const locale of ['de', 'en']) await editIn(root, `content/posts/${locale}/${slug}.md`, from, to);
};
const goneFix = (url: string) => `if it is gone on purpose, add the line "${url} <reason>" to content/gone.txt, which a maintainer reviews`;
const removedPage = (file: string, url: string, slug: string) =>
  `${file} error ${url}: was published, and no post has this address any more. Fix: if the post was renamed, add redirectFrom: ["${slug}"] to its front matter; ${goneFix(url)}`;
const removedId = (file: string, page: string, id: string) =>
  `${file} error #${id}: was published at ${page}#${id} and this page no longer has it. Fix: keep the id ("## Heading {#${id}}"), or declare idAliases: { ${id}: <the section's id now> } in the front matter; ${goneFix(`${page}#${id}`)}`;

test('a heading renamed with idAliases, a post renamed with redirectFrom and one removed in content/gone.txt take nothing away', async () => {
  const { root } = await renamedSite();
  roots.push(root);
  expect(await findingsOf(async () => {}, root)).toEqual([]);
});

test.each([
  [
    'adding a post takes nothing away',
    (root: string) => cp(join(root, 'content/posts/de/alpha-deep-dive.mdx'), join(root, 'content/posts/de/alpha-more.mdx')),
    [],
  ],
  [
    'a removed post names its file and each of its pages once',
    (root: string) => rm(join(root, 'content/posts/de/alpha-deep-dive.mdx')),
    ['de', 'en'].map((locale) =>
      removedPage('content/posts/de/alpha-deep-dive.mdx', `/${locale}/posts/alpha-deep-dive/`, 'alpha-deep-dive'),
    ),
  ],
  [
    'a line of content/gone.txt without a reason, or for an address still published',
    async (root: string) => {
      await rm(join(root, 'content/posts/de/alpha-deep-dive.mdx'));
      await writeFile(
        join(root, 'content/gone.txt'),
        '/de/posts/alpha-deep-dive/\n/en/posts/alpha-deep-dive/ folded\n/en/posts/alpha/ still here\n',
      );
    },
    [
      'content/gone.txt:1 error /de/posts/alpha-deep-dive/: has no reason. Fix: write why after the address, e.g. "/de/posts/alpha-deep-dive/ merged into another post"',
      'content/gone.txt:3 warning /en/posts/alpha/: is listed as gone, but the site publishes it. Fix: remove the line',
    ],
  ],
  [
    'a renamed heading without an alias fails on the page in each language',
    (root: string) => editBoth(root, 'alpha', '{#how-it-works}', '{#steps}'),
    ['de', 'en'].map((locale) => removedId(`content/posts/${locale}/alpha.md`, `/${locale}/posts/alpha/`, 'how-it-works')),
  ],
  [
    'a renamed post without a redirect names each of its pages',
    async (root: string) => {
      for (const locale of ['de', 'en'])
        await rename(join(root, `content/posts/${locale}/beta.md`), join(root, `content/posts/${locale}/gamma.md`));
      await editBoth(root, 'recap', '"beta"]', '"gamma"]');
      await editBoth(root, 'beta-draft', 'followUpOf: "beta"', 'followUpOf: "gamma"');
    },
    ['de', 'en'].map((locale) => removedPage(`content/posts/${locale}/beta.md`, `/${locale}/posts/beta/`, 'beta')),
  ],
  [
    'a renamed talk id names the recap section and the talk index anchor it took away',
    async (root: string) => {
      await editBoth(root, 'beta', 'talkId: "beta"', 'talkId: "beta-meetup"');
      await editBoth(root, 'recap', '/posts/recap/#beta', '/posts/recap/#beta-meetup');
    },
    ['de', 'en'].flatMap((locale) => [
      `content/posts/${locale}/beta.md error #beta: was published on the talk index at /${locale}/talks/#beta, which no longer has it. Fix: keep the talk id and the speakers' names as they were; ${goneFix(`/${locale}/talks/#beta`)}`,
      removedId(`content/posts/${locale}/recap.md`, `/${locale}/posts/recap/`, 'beta'),
    ]),
  ],
])('%s', async (_name, change, expected) => {
  expect(await findingsOf(change)).toEqual(expected);
});

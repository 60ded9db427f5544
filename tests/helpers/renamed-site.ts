import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { npmRun, projectWithContent } from './astro-build';
import { fixturePath } from './paths';

const CONTENT = join(fixturePath('valid'), 'content');

/** A copy of the fixture "valid" with its addresses recorded, and the edits a maintainer makes to it. */
export interface RecordedSite {
  root: string;
  /** Back to the fixture as recorded. */
  reset: () => Promise<void>;
  /** Replaces `from` by `to` in a post file (`en/alpha.md`); fails when `from` is not there. */
  edit: (file: string, from: string, to: string) => Promise<void>;
  /** Renames the post "beta" to "gamma" in both languages, with the site's own links. */
  renameBetaToGamma: () => Promise<void>;
  /**
   * Renames a heading (#how-it-works → #steps) and the post beta → gamma, deletes a post, and
   * declares what keeps each published address: an alias, a redirect, a "gone" line.
   */
  renameWithKeepers: () => Promise<void>;
  remove: () => Promise<void>;
}

/** Copies the fixture "valid" into a throw-away project and records its published addresses. */
export async function recordedSite(): Promise<RecordedSite> {
  const root = await projectWithContent(CONTENT);
  const recorded = await npmRun(root, 'links:record');
  if (recorded.exitCode !== 0) throw new Error(`npm run links:record failed:\n${recorded.output}`);
  const recordFile = join(root, 'content/published-links.txt');
  const record = await readFile(recordFile, 'utf8');
  const site: RecordedSite = {
    root,
    reset: async () => {
      await rm(join(root, 'content'), { recursive: true, force: true });
      await cp(CONTENT, join(root, 'content'), { recursive: true });
      await writeFile(recordFile, record);
    },
    edit: async (file, from, to) => {
      const path = join(root, 'content/posts', file);
      const text = await readFile(path, 'utf8');
      if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
      await writeFile(path, text.replaceAll(from, to));
    },
    renameBetaToGamma: async () => {
      for (const locale of ['de', 'en']) {
        await rename(join(root, `content/posts/${locale}/beta.md`), join(root, `content/posts/${locale}/gamma.md`));
        await site.edit(`${locale}/recap.md`, '"beta"]', '"gamma"]');
        await site.edit(`${locale}/beta-draft.md`, 'followUpOf: "beta"', 'followUpOf: "gamma"');
      }
    },
    renameWithKeepers: async () => {
      for (const locale of ['de', 'en']) {
        await site.edit(`${locale}/alpha.md`, '{#how-it-works}', '{#steps}');
        await site.edit(`${locale}/alpha.md`, 'talkId: "alpha"', 'talkId: "alpha"\nidAliases: { how-it-works: steps }');
      }
      await site.renameBetaToGamma();
      for (const locale of ['de', 'en']) await site.edit(`${locale}/gamma.md`, 'talkId: "beta"', 'talkId: "beta"\nredirectFrom: ["beta"]');
      await rm(join(root, 'content/posts/de/alpha-deep-dive.mdx'));
      const marked = record.replace(/^(\/(?:de|en)\/posts\/alpha-deep-dive\/)$/gm, '$1 gone: folded into the highlight');
      if (marked === record) throw new Error('the record has no line for alpha-deep-dive');
      await writeFile(recordFile, marked);
      const again = await npmRun(root, 'links:record');
      if (again.exitCode !== 0) throw new Error(`npm run links:record failed:\n${again.output}`);
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
  return site;
}

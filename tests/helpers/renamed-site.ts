import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectWithContent } from './astro-build';
import { fixturePath } from './paths';
import { editIn } from './project-repository';

/**
 * Copies the fixture "valid" into a throw-away project, renames a heading (#how-it-works →
 * #steps) and the post beta → gamma, deletes a post, and declares what becomes of each
 * published address: an alias, a redirect, a line in content/gone.txt. The heading's rename
 * changes the German alpha after its translation was stamped: the English alpha is outdated.
 */
export async function renamedSite(): Promise<{ root: string }> {
  const root = await projectWithContent(join(fixturePath('valid'), 'content'));
  const edit = (file: string, from: string, to: string) => editIn(root, `content/posts/${file}`, from, to);
  for (const locale of ['de', 'en']) {
    await edit(`${locale}/alpha.md`, '{#how-it-works}', '{#steps}');
    await edit(`${locale}/alpha.md`, 'talkId: "alpha"', 'talkId: "alpha"\nidAliases: { how-it-works: steps }');
    await rename(join(root, `content/posts/${locale}/beta.md`), join(root, `content/posts/${locale}/gamma.md`));
    await edit(`${locale}/gamma.md`, 'talkId: "beta"', 'talkId: "beta"\nredirectFrom: ["beta"]');
    await edit(`${locale}/recap.md`, '"beta"]', '"gamma"]');
    await edit(`${locale}/beta-draft.md`, 'followUpOf: "beta"', 'followUpOf: "gamma"');
  }
  await rm(join(root, 'content/posts/de/alpha-deep-dive.mdx'));
  await writeFile(
    join(root, 'content/gone.txt'),
    '/de/posts/alpha-deep-dive/ folded into the highlight\n/en/posts/alpha-deep-dive/ folded into the highlight\n',
  );
  return { root };
}

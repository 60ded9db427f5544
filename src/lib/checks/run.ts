import { join } from 'node:path';
import type { Diagnostic } from './diagnostic';
import { checkPublicFiles } from './public/public-files';
import { checkContent, type SourceFile } from './content-checks';
import { splitFrontMatterOf } from '../content/front-matter';
import { createBodyReader, type MarkdownFacts } from '../markdown/markdown-facts';
import { readPostFiles } from '../content/read-posts';
import { checkShareCardGlyphs } from './share-card-glyphs';
import { checkTranslationDrift } from './translation-checks';

/**
 * The facts of every body whose front matter could be read, rendered one after another
 * through the site's own Markdown pipeline, by file path.
 */
async function readBodies(root: string, files: readonly SourceFile[]): Promise<Map<string, MarkdownFacts>> {
  const readBody = await createBodyReader();
  const facts = new Map<string, MarkdownFacts>();
  for (const file of files) {
    const split = splitFrontMatterOf(file);
    if (split.yamlError) continue;
    const format = file.path.endsWith('.mdx') ? 'mdx' : 'md';
    facts.set(file.path, await readBody({ path: join(root, file.path), body: split.body, firstLine: split.bodyLine, format }));
  }
  return facts;
}

/**
 * Every finding on the content under `root`, read as the build will read it: the files Astro's
 * loader would find (and every other file under content/, refused), their front matter as
 * Astro's parser reads it, their bodies rendered by the site's Markdown pipeline, and every
 * file under public/ (images only, nothing active).
 */
export async function runContentChecks(
  root: string,
  { today }: { today?: Date } = {},
): Promise<{ diagnostics: Diagnostic[]; fileCount: number }> {
  const { files, refused } = await readPostFiles(root);
  const facts = await readBodies(root, files);
  const diagnostics = [
    ...refused,
    ...(await checkPublicFiles(root)),
    ...checkContent(files, { facts, ...(today === undefined ? {} : { today }) }),
    ...checkTranslationDrift(files),
    ...checkShareCardGlyphs(files),
  ];
  return { diagnostics, fileCount: files.length };
}

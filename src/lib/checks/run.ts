import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkRemovedAddresses, publishedLinks } from './published-links';
import type { Diagnostic } from './diagnostic';
import { openFactsCache } from './facts-cache';
import { checkPublicFiles } from './public/public-files';
import { checkContent, publishedFilesOf, type SourceFile } from './content-checks';
import { splitFrontMatterOf } from '../content/front-matter';
import { createBodyReader, type MarkdownFacts } from '../markdown/markdown-facts';
import { readPostFiles } from '../content/read-posts';
import { GONE_FILE } from '../content/content-paths';
import { checkShareCardGlyphs } from './share-card-glyphs';
import { checkTranslationDrift } from './translation-checks';

/**
 * The facts of every body whose front matter could be read, by file path: rendered one after
 * another through the site's own Markdown pipeline, or, with `cache`, taken from an earlier
 * run's rendering of exactly the same text by the same code.
 */
export async function readBodies(root: string, files: readonly SourceFile[], cache: boolean): Promise<Map<string, MarkdownFacts>> {
  const cached = cache ? await openFactsCache(root) : undefined;
  let readBody: Awaited<ReturnType<typeof createBodyReader>> | undefined;
  const facts = new Map<string, MarkdownFacts>();
  for (const file of files) {
    const split = splitFrontMatterOf(file);
    if (split.yamlError) continue;
    const key = { body: split.body, firstLine: split.bodyLine, format: file.path.endsWith('.mdx') ? ('mdx' as const) : ('md' as const) };
    let bodyFacts = cached?.get(key);
    if (!bodyFacts) {
      readBody ??= await createBodyReader();
      bodyFacts = await readBody({ path: join(root, file.path), ...key });
      cached?.set(key, bodyFacts);
    }
    facts.set(file.path, bodyFacts);
  }
  await cached?.save();
  return facts;
}

/**
 * Every address the site under `root` publishes for its posts (pages, section ids, talk
 * index anchors), with the file that publishes it, read as the checks read the posts.
 */
export async function readPublishedLinks(root: string): Promise<Map<string, string>> {
  const { files } = await readPostFiles(root);
  return publishedLinks(publishedFilesOf(files, await readBodies(root, files, false)));
}

/**
 * Every finding on the content under `root`, read as the build will read it: the files Astro's
 * loader would find (and every other file under content/, refused), their front matter as
 * Astro's parser reads it, their bodies rendered by the site's Markdown pipeline, and every
 * file under public/ (images only, nothing active). `cache` keeps the bodies' facts in
 * `.astro/cache/` (see `openFactsCache`), as the build and `npm run check` do. With
 * `publishedBefore` (the addresses of the site this content replaces, see `readPublishedLinks`),
 * every address it takes away needs a redirect, an alias or a line in GONE_FILE.
 */
export async function runContentChecks(
  root: string,
  { today, cache = false, publishedBefore }: { today?: Date; cache?: boolean; publishedBefore?: ReadonlyMap<string, string> } = {},
): Promise<{ diagnostics: Diagnostic[]; fileCount: number }> {
  const { files, refused } = await readPostFiles(root);
  const facts = await readBodies(root, files, cache);
  const removed =
    publishedBefore === undefined
      ? []
      : checkRemovedAddresses(
          publishedBefore,
          publishedFilesOf(files, facts),
          await readFile(join(root, GONE_FILE), 'utf8').catch(() => undefined),
        );
  const diagnostics = [
    ...refused,
    ...(await checkPublicFiles(root)),
    ...checkContent(files, { facts, ...(today === undefined ? {} : { today }) }),
    ...removed,
    ...checkTranslationDrift(files),
    ...checkShareCardGlyphs(files),
  ];
  return { diagnostics, fileCount: files.length };
}

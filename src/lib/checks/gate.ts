import type { z } from 'astro/zod';
import { placeholdersIn } from '../content/post-skeleton';
import { splitFrontMatterOf, withFrontMatterOf, type SplitSource } from '../content/front-matter';
import { postSchema, type PostData } from '../content/post-schema';
import { TOPICS } from '../content/topics';
import { valueAt } from '../content/value-at';
import { readPostFiles } from '../content/read-posts';
import { bodyBoundProblem } from './body-bounds';
import { checkPostImages } from './post-images';
import { errorIn, type Diagnostic } from './diagnostic';
import type { SourceFile } from '../content/read-posts';
import type { ParsedFile } from './post-set';

/** Turns one zod issue into words an author understands, without zod's JSON. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): { message: string; fix: string } {
  const field = issue.path.join('.');
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) {
    return { message: 'is missing', fix: `add "${field}" to the front matter (see CONTRIBUTING.md for every field)` };
  }
  if (issue.code === 'invalid_union' && issue.path.length === 0) {
    return { message: 'the field "type" must be "recap", "highlight" or "follow-up"', fix: 'set type to the kind of post this is' };
  }
  if (issue.code === 'invalid_value' && issue.path.at(-2) === 'topics') {
    return { message: `"${String(valueAt(data, issue.path))}" is not a topic`, fix: `use one of: ${TOPICS.join(', ')}` };
  }
  if (issue.code === 'invalid_value') {
    return { message: issue.message, fix: `use one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}` };
  }
  if (issue.code === 'invalid_format' && issue.format === 'url') {
    return { message: issue.message, fix: 'write the full https:// address, or "" while there is no verified link' };
  }
  if (issue.code === 'unrecognized_keys') {
    return {
      message: `has unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}`,
      fix: 'remove or rename them: a typo here would otherwise be silently ignored',
    };
  }
  if (issue.code === 'custom' && (field === 'pubDate' || field === 'updatedDate')) {
    return { message: issue.message, fix: `write the day as YYYY-MM-DD, e.g. ${field}: 2024-05-06` };
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    return { message: issue.message, fix: 'shorten or lengthen the value as the message says' };
  }
  return { message: issue.message, fix: 'correct the value as described in CONTRIBUTING.md' };
}

/** A post dated after today, or changed after today, is published too early unless a draft. */
function checkDates(file: SourceFile, data: PostData, { lineOf }: SplitSource, today: Date, diagnostics: Diagnostic[]): void {
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  for (const field of ['pubDate', 'updatedDate'] as const) {
    const date = data[field];
    if (date && date.getTime() > startOfToday && !data.draft) {
      const fix = 'use the day the post goes live (today at the latest), or keep draft: true until then';
      diagnostics.push(errorIn(file.path, field, `${date.toISOString().slice(0, 10)} is in the future`, fix, lineOf([field])));
    }
  }
  if (data.updatedDate && data.updatedDate < data.pubDate) {
    const fix = 'set updatedDate to the day of the real change, after pubDate, or remove it';
    diagnostics.push(errorIn(file.path, 'updatedDate', 'is before pubDate', fix, lineOf(['updatedDate'])));
  }
}

/** Text the `npm run new:post` scaffold wrote, left in a post that is no longer a draft. */
function checkPlaceholders(file: SourceFile, data: PostData, { body, bodyLine, lineOf }: SplitSource, diagnostics: Diagnostic[]): void {
  if (data.draft) return;
  const fields: [string, string][] = [
    ['title', data.title],
    ['description', data.description],
  ];
  if (data.type === 'highlight') fields.push(['summary', data.summary]);
  for (const [field, value] of fields) {
    if (placeholdersIn(value).length === 0) continue;
    const fix = `write the real ${field}, or keep draft: true while the post is unfinished`;
    diagnostics.push(errorIn(file.path, field, 'still has the placeholder text of npm run new:post', fix, lineOf([field])));
  }
  // One line for the body, at its first placeholder: the rest are the same mistake.
  const lines = body.split('\n');
  const found = lines.flatMap((text, index) => placeholdersIn(text).map((placeholder) => ({ placeholder, line: bodyLine + index })));
  const [first] = found;
  if (first) {
    const more = found.length > 1 ? ` and ${found.length - 1} more line(s)` : '';
    const message = `"${first.placeholder}"${more} are the placeholder text of npm run new:post, and the post is not a draft`;
    const fix = 'replace them with the real text, or keep draft: true while the post is unfinished';
    diagnostics.push(errorIn(file.path, 'body', message, fix, first.line));
  }
}

/**
 * The gate before any body is parsed: front matter against YAML rules and the schema, dates,
 * placeholders, and bodies the Markdown parser must not be handed (see `bodyBoundProblem`).
 * Returns the files that passed, for the pipeline to render.
 */
export function gatePosts(files: readonly SourceFile[], today: Date, diagnostics: Diagnostic[]): ParsedFile[] {
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const split = splitFrontMatterOf(file);
    if (split.yamlError) {
      diagnostics.push({ severity: 'error', file: file.path, ...split.yamlError });
      continue;
    }
    const result = postSchema.safeParse(split.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const { message, fix } = describeIssue(issue, split.data);
        const subject = issue.path.length > 0 ? issue.path.join('.') : 'front matter';
        diagnostics.push(errorIn(file.path, subject, message, fix, split.lineOf(issue.path)));
      }
      continue;
    }
    checkDates(file, result.data, split, today, diagnostics);
    checkPlaceholders(file, result.data, split, diagnostics);
    const bound = bodyBoundProblem(split.body);
    if (bound) {
      diagnostics.push(errorIn(file.path, 'body', `cannot be rendered: ${bound.message}`, bound.fix, split.bodyLine + bound.line - 1));
      continue;
    }
    parsed.push(withFrontMatterOf(file, { ...file, data: result.data }));
  }
  return parsed;
}

/**
 * Everything under `root`'s content/ read as Astro's loader will and through the gate: the post
 * files, the images, the posts that passed, and the findings so far (refused files, images, front matter).
 */
export async function gateContent(root: string, today: Date) {
  const { files, images, refused } = await readPostFiles(root);
  const diagnostics: Diagnostic[] = [...refused, ...(await checkPostImages(root, images))];
  const parsed = gatePosts(files, today, diagnostics);
  return { files, images, refused, parsed, diagnostics };
}

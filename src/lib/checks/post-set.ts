import type { Locale } from '../../i18n/locales';
import { splitFrontMatterOf, withFrontMatterOf } from '../content/front-matter';
import type { PostData } from '../content/post-schema';
import type { SourceFile } from '../content/read-posts';
import type { BodyReport } from '../markdown/body-report';
import type { Diagnostic } from './diagnostic';

/** A post whose front matter passed the schema, as the checks across posts read it. */
export interface ParsedFile extends SourceFile {
  data: PostData;
}

/** A post whose front matter passed the gate and, once the pipeline rendered it, what its body reported. */
export interface CheckedPost extends ParsedFile {
  report: BodyReport | undefined;
}

/** What every check across posts reads: the posts, looked up by slug, and the files beside them. */
export interface PostSet {
  /** Every post file read, also those that failed the gate. */
  files: readonly SourceFile[];
  /** The posts that passed the gate, with their reports. */
  posts: readonly CheckedPost[];
  /** The posts by slug and locale (the first of two files with one slug). */
  bySlug: ReadonlyMap<string, Partial<Record<Locale, CheckedPost>>>;
  /** `<locale>/<slug>` of every post file, passed or not: a post that exists but failed is reported where it failed. */
  onDisk: ReadonlySet<string>;
  /** The images under content/posts/images/. */
  images: ReadonlySet<string>;
}

/** A check across posts: what is wrong, for the author, as one finding each. Listed in rules/index.ts. */
export type Check = (set: PostSet) => Diagnostic[];

/** The posts that passed the gate, with the reports of their bodies, as the checks read them. */
export function postSetOf(
  files: readonly SourceFile[],
  parsed: readonly ParsedFile[],
  reports: ReadonlyMap<string, BodyReport>,
  images: readonly string[],
): PostSet {
  const posts = parsed.map((file) => withFrontMatterOf(file, { ...file, report: reports.get(file.path) }));
  const bySlug = new Map<string, Partial<Record<Locale, CheckedPost>>>();
  for (const post of posts) {
    const entry = bySlug.get(post.slug) ?? {};
    entry[post.locale] ??= post;
    bySlug.set(post.slug, entry);
  }
  return { files, posts, bySlug, onDisk: new Set(files.map((file) => `${file.locale}/${file.slug}`)), images: new Set(images) };
}

/** The file line of a line in a body: Markdown bodies are counted from their first line, MDX from the file's. */
export function fileLineOf(file: SourceFile, bodyLine: number | undefined): number | undefined {
  if (bodyLine === undefined) return undefined;
  return file.path.endsWith('.mdx') ? bodyLine : splitFrontMatterOf(file).bodyLine + bodyLine - 1;
}

/** Findings in the order an author reads them: by file, then by line. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

import { LOCALES, type Locale } from '../i18n/locales';
import { postPath } from '../i18n/urls';
import { parsePostPath, POSTS_DIR } from './content-paths';

/** One line of `git diff --name-status`: a file added, modified, deleted, renamed or copied. */
export interface FileChange {
  /** A, M, D, R, C or T: git's status letter, without its similarity score. */
  status: string;
  path: string;
  /** The old path of a rename or copy. */
  from?: string;
}

/** What a pull request did to one post. */
export interface PostChange {
  slug: string;
  change: 'added' | 'modified' | 'deleted' | 'renamed';
  /** The old slug of a renamed post. */
  from?: string;
  /** The languages whose files changed. */
  locales: Locale[];
}

/**
 * Reads the output of `git diff --name-status` (tab-separated, one file a line).
 * @example parseNameStatus('R090\tcontent/posts/de/a.md\tcontent/posts/de/b.md') // [{ status: 'R', path: 'content/posts/de/b.md', from: 'content/posts/de/a.md' }]
 */
export function parseNameStatus(output: string): FileChange[] {
  return output
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [code = '', first = '', second] = line.split('\t');
      const status = code.charAt(0);
      return second === undefined ? { status, path: first } : { status, path: second, from: first };
    });
}

/** A post of the site at a repository-relative path; fixtures and other copies are not posts. */
function sitePostAt(path: string | undefined): ReturnType<typeof parsePostPath> {
  if (path === undefined || !path.startsWith(`${POSTS_DIR}/`) || path.split('/').length !== 4) return undefined;
  return parsePostPath(path);
}

/**
 * The posts a set of file changes touches, one entry per post; files that are not posts are
 * ignored. A post whose files were all added is "added", all deleted "deleted"; a post moved
 * to a new slug is "renamed"; anything else "modified".
 */
export function changedPosts(changes: readonly FileChange[]): PostChange[] {
  const posts = new Map<string, { kinds: Set<string>; from?: string; locales: Set<Locale> }>();
  const note = (slug: string, locale: Locale, kind: string, from?: string) => {
    const entry = posts.get(slug) ?? { kinds: new Set<string>(), locales: new Set<Locale>() };
    entry.kinds.add(kind);
    entry.locales.add(locale);
    if (from !== undefined) entry.from = from;
    posts.set(slug, entry);
  };
  for (const change of changes) {
    const target = sitePostAt(change.path);
    const source = sitePostAt(change.from);
    if (change.status === 'R' && source && target && source.slug !== target.slug) {
      note(source.slug, source.locale, 'renamed-away');
      note(target.slug, target.locale, 'renamed', source.slug);
    } else if (change.status === 'R' && source && !target) {
      note(source.slug, source.locale, 'deleted');
    } else if (target) {
      const kind = change.status === 'A' || change.status === 'C' || (change.status === 'R' && !source) ? 'added' : change.status === 'D' ? 'deleted' : 'modified';
      note(target.slug, target.locale, kind);
    }
  }
  const result: PostChange[] = [];
  for (const [slug, entry] of posts) {
    const only = (kind: string) => [...entry.kinds].every((candidate) => candidate === kind);
    // The old slug of a rename is listed under its new name, unless something else still changed it.
    if (only('renamed-away')) continue;
    const change = only('added') ? 'added' : only('deleted') || only('renamed-away') ? 'deleted' : entry.kinds.has('renamed') ? 'renamed' : 'modified';
    const locales = LOCALES.filter((locale) => entry.locales.has(locale));
    result.push({ slug, change, ...(change === 'renamed' && entry.from !== undefined ? { from: entry.from } : {}), locales });
  }
  return result.sort((a, b) => a.slug.localeCompare(b.slug));
}

const CHANGE_LABELS: Record<PostChange['change'], string> = {
  added: 'added',
  modified: 'changed',
  deleted: 'deleted',
  renamed: 'renamed',
};

/**
 * The job summary of a pull request: the pages to open, in both languages, per changed post.
 * `previewUrl` is where `npm start` serves the site.
 */
export function prSummaryMarkdown(changes: readonly FileChange[], previewUrl: string): string {
  const posts = changedPosts(changes);
  const lines = ['## Pages changed by this pull request', ''];
  if (posts.length === 0) {
    lines.push('This pull request changes no post.', '');
    return lines.join('\n');
  }
  lines.push(
    `Open them in a local preview: \`npm start\`, then ${previewUrl} followed by the path.`,
    '',
    '| Post | Change | Files | German | English |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const post of posts) {
    const change = post.from === undefined ? CHANGE_LABELS[post.change] : `${CHANGE_LABELS[post.change]} from \`${post.from}\` (its old pages are gone)`;
    const page = (locale: Locale) => {
      const path = `\`${postPath(locale, post.slug)}\``;
      return post.change === 'deleted' ? `~~${path}~~ (gone)` : path;
    };
    lines.push(`| \`${post.slug}\` | ${change} | ${post.locales.join(', ')} | ${page('de')} | ${page('en')} |`);
  }
  lines.push('');
  const pages = posts.filter((post) => post.change !== 'deleted').length * LOCALES.length;
  lines.push(`${pages} page(s) to open, ${posts.length} post(s) touched.`, '');
  return lines.join('\n');
}

import { LOCALES, type Locale } from '../../i18n/locales';
import { postPath } from '../../i18n/urls';
import { escapeForLog, type Diagnostic } from '../checks/diagnostic';
import { parsePostPath, POSTS_DIR } from '../content/content-paths';

/**
 * The folders a post's pull request may change without a maintainer: the posts and their
 * images, which the content checks judge. Everything else needs a maintainer's review; the
 * lines of .github/CODEOWNERS without an owner are exactly these folders.
 */
export const CONTRIBUTOR_DIRS: readonly string[] = [`${POSTS_DIR}/`];

/**
 * The git arguments whose output `parseNameStatus` reads: what changed from commit `from` (where
 * a branch left its base) to commit `to`, or to the working tree without `to`; renames found,
 * NUL-separated so that no file name is quoted or split, no diff program of a repository's own
 * configuration run.
 */
export function nameStatusArguments(from: string, to?: string): string[] {
  return ['diff', '-z', '--name-status', '--find-renames', '--no-color', '--no-ext-diff', from, ...(to === undefined ? [] : [to])];
}

/** One entry of `git diff -z --name-status`: a file added, modified, deleted, renamed or copied. */
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
 * Reads the output of `git diff -z --name-status` (see nameStatusArguments): each field ends
 * with a NUL, a rename or copy has its score-bearing status, the old and the new path. Names
 * come back byte for byte, newlines, tabs and quotes included.
 * @example parseNameStatus('R090\0content/posts/de/a.md\0content/posts/de/b.md\0') // [{ status: 'R', path: 'content/posts/de/b.md', from: 'content/posts/de/a.md' }]
 */
export function parseNameStatus(output: string): FileChange[] {
  const fields = output.split('\0');
  // The output ends with a NUL; what follows it is no field.
  if (fields[fields.length - 1] === '') fields.pop();
  const changes: FileChange[] = [];
  for (let index = 0; index < fields.length;) {
    const code = fields[index] ?? '';
    const status = code.charAt(0);
    const paths = status === 'R' || status === 'C' ? 2 : 1;
    if (index + paths >= fields.length || !/^[A-Z]\d*$/.test(code)) {
      throw new Error(`parseNameStatus: not the output of git diff -z --name-status (at field ${index + 1})`);
    }
    const first = fields[index + 1] ?? '';
    const second = fields[index + 2] ?? '';
    changes.push(paths === 2 ? { status, path: second, from: first } : { status, path: first });
    index += paths + 1;
  }
  return changes;
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
      const kind =
        change.status === 'A' || change.status === 'C' || (change.status === 'R' && !source)
          ? 'added'
          : change.status === 'D'
            ? 'deleted'
            : 'modified';
      note(target.slug, target.locale, kind);
    }
  }
  const result: PostChange[] = [];
  for (const [slug, entry] of posts) {
    const only = (kind: string) => [...entry.kinds].every((candidate) => candidate === kind);
    // The old slug of a rename is listed under its new name, unless something else still changed it.
    if (only('renamed-away')) continue;
    const change = only('added')
      ? 'added'
      : only('deleted') || only('renamed-away')
        ? 'deleted'
        : entry.kinds.has('renamed')
          ? 'renamed'
          : 'modified';
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

/** Whether a pull request may change this path without a maintainer's review. */
function inContributorDirs(path: string): boolean {
  return CONTRIBUTOR_DIRS.some((dir) => path.startsWith(dir));
}

/**
 * The changes a maintainer has to review: every file added, changed, renamed, copied or deleted
 * outside CONTRIBUTOR_DIRS (a rename or copy counts when either of its paths is outside).
 */
export function maintainerChanges(changes: readonly FileChange[]): FileChange[] {
  return changes.filter((change) => !inContributorDirs(change.path) || (change.from !== undefined && !inContributorDirs(change.from)));
}

/** The longest run of backticks in a text. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const character of text) {
    run = character === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/**
 * Text from a file name, made safe for a cell of a GitHub-flavoured Markdown table: always a
 * code span, since in code nothing becomes a link, image, HTML, entity, emphasis or heading
 * (backslash escapes do not stop GFM's autolinks, code does). Backslashes and control
 * characters are written as visible escapes (`\u005c`, `\u000a`, so nothing starts a line and
 * no backslash can pair with the next character), `|` as `\|` (GFM's escape for a pipe in a
 * cell, code included), and the span's fence is longer than any run of backticks in the name.
 * @example markdownCell('src/site.ts') // '`src/site.ts`'
 * @example markdownCell('a|b\n`c`') // '`` a\\|b\\u000a`c` ``'
 */
export function markdownCell(text: string): string {
  const visible = escapeForLog(text.replace(/\\/g, '\\u005c')).replace(/\|/g, '\\|');
  const fence = '`'.repeat(longestBacktickRun(visible) + 1);
  // A space on each side keeps a backtick at either end out of the fence; CommonMark strips one
  // space from each side when both are there, so a name with spaces at both ends gets one more.
  const pad = /^[` ]|[` ]$/.test(visible) && visible.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${visible}${pad}${fence}`;
}

/** What happened to a file, for the maintainers' table. */
function fileChangeLabel(change: FileChange): string {
  const from = change.from === undefined ? '' : ` from ${markdownCell(change.from)}`;
  switch (change.status) {
    case 'A':
      return 'added';
    case 'M':
      return 'changed';
    case 'D':
      return 'deleted';
    case 'R':
      return `renamed${from}`;
    case 'C':
      return `copied${from}`;
    case 'T':
      return 'changed its type (e.g. became a symbolic link)';
    default:
      return `changed (git status ${markdownCell(change.status)})`;
  }
}

/** The section listing the files outside the posts and their images, or nothing. */
function maintainerSection(changes: readonly FileChange[]): string[] {
  const files = maintainerChanges(changes);
  if (files.length === 0) return [];
  const lines = [
    "## Files that need a maintainer's review",
    '',
    `This pull request changes ${files.length} file(s) outside \`content/posts/\`. The content checks ` +
      'do not judge them: a maintainer reviews each before it is merged (.github/CODEOWNERS asks for one).',
    '',
    '| File | Change |',
    '| --- | --- |',
  ];
  for (const change of files) lines.push(`| ${markdownCell(change.path)} | ${fileChangeLabel(change)} |`);
  lines.push('');
  return lines;
}

/**
 * The pages to open, in both languages, per changed post, then every other file the changes
 * touch outside the posts and their images, which needs a maintainer. Whatever comes from a
 * file name is escaped.
 */
export function prSummaryMarkdown(changes: readonly FileChange[]): string {
  const posts = changedPosts(changes);
  const others = maintainerChanges(changes).length;
  const lines = ['## Pages changed by this pull request', ''];
  if (posts.length === 0) {
    lines.push(
      others === 0
        ? 'This pull request changes no post.'
        : "This pull request changes no post, but it changes other files: they need a maintainer's review (below).",
      '',
    );
    return [...lines, ...maintainerSection(changes)].join('\n');
  }
  lines.push(
    'Screenshots of these pages at phone and desktop width, and the built site, are the artifact `preview` of the ' +
      "pull request's CI run (`npm run pr:preview -- origin/main` makes the same locally).",
    '',
    '| Post | Change | Files | German | English |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const post of posts) {
    const change =
      post.from === undefined
        ? CHANGE_LABELS[post.change]
        : `${CHANGE_LABELS[post.change]} from ${markdownCell(post.from)} (its old pages are gone)`;
    const page = (locale: Locale) => {
      const path = markdownCell(postPath(locale, post.slug));
      return post.change === 'deleted' ? `~~${path}~~ (gone)` : path;
    };
    lines.push(`| ${markdownCell(post.slug)} | ${change} | ${post.locales.join(', ')} | ${page('de')} | ${page('en')} |`);
  }
  lines.push('');
  const pages = posts.filter((post) => post.change !== 'deleted').length * LOCALES.length;
  lines.push(`${pages} page(s) to open, ${posts.length} post(s) touched.`, '');
  return [...lines, ...maintainerSection(changes)].join('\n');
}

/** What the verdict of a pull request rests on. */
export interface Verdict {
  /** The commit whose code judged: the base branch's checkout, never the pull request's. */
  codeCommit: string | undefined;
  /** The pull request's commit, whose content/ and public/ were judged as data. */
  head: string;
  /** Where the pull request left its base: the site whose addresses it must keep. */
  mergeBase: string;
  diagnostics: readonly Diagnostic[];
  changes: readonly FileChange[];
}

/** The most findings the summary lists; the log has every one. */
const MAX_FINDING_ROWS = 100;

/**
 * The job summary of a pull request's verdict: which code judged which files, every finding
 * of the content checks (those on the pull request's posts and images, and each published
 * address it takes away), then the pages to review and the files that need a maintainer.
 */
export function verdictMarkdown(verdict: Verdict): string {
  const short = (commit: string) => `\`${commit.slice(0, 12)}\``;
  const errors = verdict.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const warnings = verdict.diagnostics.length - errors;
  const lines = [
    "## Verdict of the base branch's checks",
    '',
    `The content checks of ${verdict.codeCommit === undefined ? 'this checkout' : short(verdict.codeCommit)} read \`content/\` and ` +
      `\`public/\` of ${short(verdict.head)} as data, and compared the addresses they publish with ${short(verdict.mergeBase)}, ` +
      'where the pull request left its base.',
    '',
  ];
  if (verdict.diagnostics.length === 0) {
    lines.push('**The content checks pass.**', '');
  } else {
    lines.push(
      `**${errors} error(s), ${warnings} warning(s)**, each a line of this job's log and an annotation of this run:`,
      '',
      '| File | Line | Finding |',
      '| --- | --- | --- |',
    );
    for (const diagnostic of verdict.diagnostics.slice(0, MAX_FINDING_ROWS)) {
      const subject = diagnostic.subject === undefined ? '' : `${diagnostic.subject}: `;
      const finding = `${diagnostic.severity} ${subject}${diagnostic.message}. Fix: ${diagnostic.fix}`;
      lines.push(`| ${markdownCell(diagnostic.file)} | ${diagnostic.line ?? ''} | ${markdownCell(finding)} |`);
    }
    if (verdict.diagnostics.length > MAX_FINDING_ROWS)
      lines.push('', `… and ${verdict.diagnostics.length - MAX_FINDING_ROWS} more in the log.`);
    lines.push('');
  }
  return [...lines, prSummaryMarkdown(verdict.changes)].join('\n');
}

import { toMarkdown } from 'mdast-util-to-markdown';
import { LOCALES, type Locale } from '../../i18n/locales';
import { postPath } from '../../i18n/urls';
import { escapeForLog, type Diagnostic } from '../checks/diagnostic';
import { parsePostPath, POSTS_DIR } from '../content/content-paths';

/**
 * The folders a pull request may change without a maintainer (the posts and their images, which
 * the checks judge): exactly the lines of .github/CODEOWNERS without an owner.
 */
export const CONTRIBUTOR_DIRS: readonly string[] = [`${POSTS_DIR}/`];

/** One file a pull request added, modified, deleted, renamed or copied (see `parseNameStatus`). */
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
  change: 'added' | 'changed' | 'deleted' | 'renamed';
  /** The old slug of a renamed post. */
  from?: string;
  /** The languages whose files changed. */
  locales: Locale[];
}

/** A post of the site at a repository-relative path; fixtures and other copies are not posts. */
function sitePostAt(path: string | undefined): ReturnType<typeof parsePostPath> {
  return path?.startsWith(`${POSTS_DIR}/`) && path.split('/').length === 4 ? parsePostPath(path) : undefined;
}

/**
 * The posts file changes touch, one entry each: "added" or "deleted" when all its files were,
 * "renamed" when moved to a new slug, else "changed".
 */
export function changedPosts(changes: readonly FileChange[]): PostChange[] {
  type Kind = PostChange['change'] | 'renamed-away';
  const posts = new Map<string, { kinds: Set<Kind>; from?: string; locales: Set<Locale> }>();
  const note = ({ slug, locale }: { slug: string; locale: Locale }, kind: Kind, from?: string) => {
    const entry = posts.get(slug) ?? { kinds: new Set<Kind>(), locales: new Set<Locale>() };
    entry.kinds.add(kind);
    entry.locales.add(locale);
    posts.set(slug, from === undefined ? entry : { ...entry, from });
  };
  for (const { status, path, from } of changes) {
    const target = sitePostAt(path);
    const source = status === 'R' ? sitePostAt(from) : undefined;
    const moved = source !== undefined && source.slug !== target?.slug;
    if (moved) note(source, target ? 'renamed-away' : 'deleted');
    if (target && moved) note(target, 'renamed', source.slug);
    else if (target) note(target, status === 'D' ? 'deleted' : ['A', 'C', 'R'].includes(status) && !source ? 'added' : 'changed');
  }
  const result: PostChange[] = [];
  for (const [slug, { kinds, from, locales }] of posts) {
    const only = kinds.size === 1 ? [...kinds][0] : undefined;
    // The old slug of a rename is listed under its new name, unless something else still changed it.
    if (only === 'renamed-away') continue;
    const change = only === 'added' || only === 'deleted' ? only : kinds.has('renamed') ? 'renamed' : 'changed';
    result.push({ slug, change, ...(from === undefined ? {} : { from }), locales: LOCALES.filter((locale) => locales.has(locale)) });
  }
  return result.sort((a, b) => a.slug.localeCompare(b.slug));
}

/**
 * The changes a maintainer has to review: every file added, changed, renamed, copied or deleted
 * outside CONTRIBUTOR_DIRS (a rename or copy counts when either of its paths is outside).
 */
export function maintainerChanges(changes: readonly FileChange[]): FileChange[] {
  const outside = (path: string | undefined) => path !== undefined && !CONTRIBUTOR_DIRS.some((dir) => path.startsWith(dir));
  return changes.filter((change) => outside(change.path) || outside(change.from));
}

/**
 * Text from a file name or a post, safe in a GFM table cell: a code span (in code nothing becomes
 * a link, autolinks included), backslashes and control characters as visible escapes (`\u005c`,
 * `\u000a`), and `|` as `\|`, GFM's escape for a pipe in a cell, code included.
 * @example markdownCell('a|b\n`c`') // '`` a\\|b\\u000a`c` ``'
 */
export function markdownCell(text: string): string {
  const value = escapeForLog(text.replaceAll('\\', '\\u005c'));
  return toMarkdown({ type: 'inlineCode', value }).trimEnd().replaceAll('|', '\\|');
}

/**
 * The lines of a Markdown table whose cells are Markdown already (see `markdownCell`).
 * @example markdownTable(['File'], [['`a`']]) // ['| File |', '| --- |', '| `a` |']
 */
export function markdownTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
}

const FILE_CHANGE_LABELS: Readonly<Record<string, string>> = {
  A: 'added',
  M: 'changed',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'changed its type (e.g. became a symbolic link)',
};

/** What happened to a file, for the maintainers' table. */
function fileChangeLabel({ status, from }: FileChange): string {
  const label = FILE_CHANGE_LABELS[status] ?? `changed (git status ${markdownCell(status)})`;
  return from === undefined ? label : `${label} from ${markdownCell(from)}`;
}

/**
 * The pages to open per changed post, in both languages, then each file outside the posts that
 * needs a maintainer (file names escaped).
 */
export function prSummaryMarkdown(changes: readonly FileChange[]): string {
  const posts = changedPosts(changes);
  const files = maintainerChanges(changes);
  const page = (post: PostChange, locale: Locale) => {
    const path = markdownCell(postPath(locale, post.slug));
    return post.change === 'deleted' ? `~~${path}~~ (gone)` : path;
  };
  const postLines =
    posts.length === 0
      ? [
          `This pull request changes no post${files.length === 0 ? '.' : ", but it changes other files: they need a maintainer's review (below)."}`,
        ]
      : [
          'Screenshots of these pages at phone and desktop width, and the built site, are the artifact `preview` of the ' +
            "pull request's CI run (`npm run pr:preview -- origin/main` makes the same locally).",
          '',
          ...markdownTable(
            ['Post', 'Change', 'Files', 'German', 'English'],
            posts.map((post) => [
              markdownCell(post.slug),
              post.from === undefined ? post.change : `${post.change} from ${markdownCell(post.from)} (its old pages are gone)`,
              post.locales.join(', '),
              page(post, 'de'),
              page(post, 'en'),
            ]),
          ),
          '',
          `${posts.filter((post) => post.change !== 'deleted').length * LOCALES.length} page(s) to open, ${posts.length} post(s) touched.`,
        ];
  const fileLines =
    files.length === 0
      ? []
      : [
          '',
          "## Files that need a maintainer's review",
          '',
          `This pull request changes ${files.length} file(s) outside \`content/posts/\`. The content checks ` +
            'do not judge them: a maintainer reviews each before it is merged (.github/CODEOWNERS asks for one).',
          '',
          ...markdownTable(
            ['File', 'Change'],
            files.map((change) => [markdownCell(change.path), fileChangeLabel(change)]),
          ),
        ];
  return ['## Pages changed by this pull request', '', ...postLines, ...fileLines, ''].join('\n');
}

/** What the verdict of a pull request rests on. */
export interface Verdict {
  /** The commit whose code judged: the base branch's checkout, never the pull request's. */
  codeCommit: string;
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
 * The job summary of a verdict: which code judged which files, every finding (addresses taken
 * away included), then the pages to review and the files that need a maintainer.
 */
export function verdictMarkdown({ codeCommit, head, mergeBase, diagnostics, changes }: Verdict): string {
  const short = (commit: string) => `\`${commit.slice(0, 12)}\``;
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const findings =
    diagnostics.length === 0
      ? ['**The content checks pass.**']
      : [
          `**${errors} error(s), ${diagnostics.length - errors} warning(s)**, each a line of this job's log and an annotation of this run:`,
          '',
          ...markdownTable(
            ['File', 'Line', 'Finding'],
            diagnostics.slice(0, MAX_FINDING_ROWS).map(({ file, line, severity, subject, message, fix }) => {
              const finding = `${severity} ${subject === undefined ? '' : `${subject}: `}${message}. Fix: ${fix}`;
              return [markdownCell(file), line ?? '', markdownCell(finding)];
            }),
          ),
          ...(diagnostics.length > MAX_FINDING_ROWS ? ['', `… and ${diagnostics.length - MAX_FINDING_ROWS} more in the log.`] : []),
        ];
  return [
    "## Verdict of the base branch's checks",
    '',
    `The content checks of ${short(codeCommit)} read \`content/\` and ` +
      `\`public/\` of ${short(head)} as data, and compared the addresses they publish with ${short(mergeBase)}, ` +
      'where the pull request left its base.',
    '',
    ...findings,
    '',
    prSummaryMarkdown(changes),
  ].join('\n');
}

import { execFileSync } from 'node:child_process';
import { mkdir, realpath, symlink, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, sep } from 'node:path';
import type { FileChange } from './pr-summary';

/** What git prints for `args` run in `repo` with `input` on stdin; a failure becomes an error that says what git said. */
function git(repo: string, args: readonly string[], input = ''): Buffer {
  try {
    return execFileSync('git', ['-C', repo, ...args], { input, maxBuffer: 256 * 1024 * 1024, stdio: 'pipe' });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(`git ${args[0] ?? ''} failed${stderr ? `: ${stderr}` : ''}`, { cause: error });
  }
}

/**
 * The full id of the commit a revision names (a branch, `origin/main`, `HEAD^`, an id). The
 * revision can never be read as an option of git's.
 */
export function commitOf(repo: string, revision: string): string {
  try {
    return git(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])
      .toString()
      .trim();
  } catch (error) {
    throw new Error(`${JSON.stringify(revision)} names no commit in ${repo} (fetch it first, e.g. git fetch origin main)`, {
      cause: error,
    });
  }
}

/** The commit where `head` left `base`: what a pull request is compared with. */
export function mergeBaseOf(repo: string, base: string, head: string): string {
  return git(repo, ['merge-base', commitOf(repo, base), commitOf(repo, head)])
    .toString()
    .trim();
}

// One entry of `git diff -z --name-status`: a rename or copy (its status with a similarity
// score, the old and the new path), or any other status and its path; each field ends with a NUL.
const NAME_STATUS_ENTRY = /([RC])\d*\0([^\0]*)\0([^\0]*)\0|([ABD-QS-Z])\d*\0([^\0]*)\0/gy;

/**
 * Reads the output of `git diff -z --name-status`. Names come back byte for byte, newlines,
 * tabs and quotes included; anything else is refused.
 * @example parseNameStatus('R090\0content/posts/de/a.md\0content/posts/de/b.md\0') // [{ status: 'R', path: 'content/posts/de/b.md', from: 'content/posts/de/a.md' }]
 */
export function parseNameStatus(output: string): FileChange[] {
  let read = 0;
  const changes = [...output.matchAll(NAME_STATUS_ENTRY)].map(([entry, moved, from = '', to = '', status = '', path = '']) => {
    read += entry.length;
    return moved ? { status: moved, path: to, from } : { status, path };
  });
  if (read !== output.length) throw new Error(`parseNameStatus: not the output of git diff -z --name-status (at character ${read + 1})`);
  return changes;
}

/**
 * Every file changed from commit `from` to `to`, or without `to` to the working tree (untracked
 * files count as added, ignored ones do not). NUL-separated output, so no name is quoted or
 * split; no diff program of the repository's configuration runs.
 */
export function changesBetween(repo: string, from: string, to?: string): FileChange[] {
  const args = ['diff', '-z', '--name-status', '--find-renames', '--no-color', '--no-ext-diff', from, ...(to === undefined ? [] : [to])];
  const untracked = to === undefined ? git(repo, ['ls-files', '-z', '--others', '--exclude-standard']).toString().split('\0') : [];
  return [...parseNameStatus(git(repo, args).toString()), ...untracked.filter(Boolean).map((path) => ({ status: 'A', path }))];
}

/** The contents of git objects, read through one `git cat-file --batch`. */
function readBlobs(repo: string, objects: readonly string[]): Map<string, Buffer> {
  const output = git(repo, ['cat-file', '--batch'], objects.map((object) => `${object}\n`).join(''));
  const blobs = new Map<string, Buffer>();
  let offset = 0;
  for (const object of objects) {
    // Each object comes as "<id> <type> <size>\n<bytes>\n".
    const headerEnd = output.indexOf(10, offset);
    const [id, , size] = output.toString('utf8', offset, headerEnd).split(' ');
    const length = Number(size);
    if (id !== object || !Number.isSafeInteger(length)) throw new Error(`git cat-file: no object ${object}`);
    blobs.set(object, output.subarray(headerEnd + 1, headerEnd + 1 + length));
    offset = headerEnd + 1 + length + 1;
  }
  return blobs;
}

/**
 * Writes `folders` of `commit` into the new folder `dest`, byte for byte as git stores them (no
 * .gitattributes filter applies); a symbolic link stays a link (the checks refuse it), a
 * submodule becomes an empty folder. No path leaves `dest`.
 */
export async function writeCommitFolders(repo: string, commit: string, folders: readonly string[], dest: string): Promise<void> {
  // Each entry of `git ls-tree -r -z` is "<mode> <type> <object>\t<path>".
  const entries = git(repo, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...folders])
    .toString()
    .split('\0')
    .filter(Boolean)
    .map((entry) => {
      const [mode, type, object = ''] = entry.slice(0, entry.indexOf('\t')).split(' ');
      return { mode, type, object, path: entry.slice(entry.indexOf('\t') + 1) };
    });
  const blobIds = entries.filter((entry) => entry.type === 'blob').map((entry) => entry.object);
  const blobs = readBlobs(repo, blobIds);
  await mkdir(dest);
  const root = await realpath(dest);
  for (const { mode, type, object, path } of entries) {
    const segments = path.split('/');
    if (isAbsolute(path) || segments.some((segment) => ['', '.', '..', '.git'].includes(segment))) {
      throw new Error(`writeCommitFolders: refusing the path ${JSON.stringify(path)} of commit ${commit}`);
    }
    const target = join(root, ...segments);
    await mkdir(dirname(target), { recursive: true });
    // A folder is only ever made by this loop, never a link: its real place must be inside dest.
    if (!`${await realpath(dirname(target))}${sep}`.startsWith(`${root}${sep}`)) {
      throw new Error(`writeCommitFolders: ${JSON.stringify(path)} would be written outside ${dest}`);
    }
    const bytes = blobs.get(object);
    if (type === 'commit') await mkdir(target);
    else if (mode === '120000' && bytes) await symlink(bytes.toString('utf8'), target);
    else if (bytes) await writeFile(target, bytes, { flag: 'wx' });
  }
}

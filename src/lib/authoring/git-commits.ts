import { execFile, spawn } from 'node:child_process';
import { mkdir, realpath, symlink, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, sep } from 'node:path';
import { promisify } from 'node:util';
import { nameStatusArguments, parseNameStatus, type FileChange } from './pr-summary';

const execFileAsync = promisify(execFile);

/** What git prints for `args` run in `repo`; a failure becomes an error that says what git said. */
async function git(repo: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await execFileAsync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`git ${args[0] ?? ''} failed${stderr ? `: ${stderr}` : ''}`, { cause: error });
  }
}

/**
 * The full id of the commit a revision names (a branch, `origin/main`, `HEAD^`, an id). The
 * revision can never be read as an option of git's.
 */
export async function commitOf(repo: string, revision: string): Promise<string> {
  try {
    return (await git(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])).trim();
  } catch (error) {
    throw new Error(`${JSON.stringify(revision)} names no commit in ${repo} (fetch it first, e.g. git fetch origin main)`, {
      cause: error,
    });
  }
}

/** The commit where `head` left `base`: what a pull request is compared with. */
export async function mergeBaseOf(repo: string, base: string, head: string): Promise<string> {
  return (await git(repo, ['merge-base', await commitOf(repo, base), await commitOf(repo, head)])).trim();
}

/** Every file added, changed, renamed, copied or deleted from commit `from` to commit `to`. */
export async function changesBetween(repo: string, from: string, to: string): Promise<FileChange[]> {
  return parseNameStatus(await git(repo, nameStatusArguments(from, to)));
}

/**
 * Every file changed from commit `from` to the working tree, as an author sees their branch
 * before they commit: files git does not track yet count as added (ignored files do not).
 */
export async function changesInWorkingTree(repo: string, from: string): Promise<FileChange[]> {
  const untracked = (await git(repo, ['ls-files', '-z', '--others', '--exclude-standard']))
    .split('\0')
    .filter((path) => path !== '')
    .map((path) => ({ status: 'A', path }));
  return [...parseNameStatus(await git(repo, nameStatusArguments(from))), ...untracked];
}

/** One entry of `git ls-tree -r -z`. */
interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  path: string;
}

/** Reads the NUL-separated entries `<mode> <type> <object>\t<path>` of `git ls-tree -r -z`. */
function parseTree(output: string): TreeEntry[] {
  return output
    .split('\0')
    .filter((entry) => entry !== '')
    .map((entry) => {
      const tab = entry.indexOf('\t');
      const [mode = '', type = '', object = ''] = entry.slice(0, tab).split(' ');
      return { mode, type, object, path: entry.slice(tab + 1) };
    });
}

/** The contents of git objects, read through one `git cat-file --batch`. */
function readBlobs(repo: string, objects: readonly string[]): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', repo, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file failed (exit ${code})`));
      // Each object comes as "<id> <type> <size>\n<bytes>\n".
      const output = Buffer.concat(chunks);
      const blobs = new Map<string, Buffer>();
      let offset = 0;
      for (const object of objects) {
        const headerEnd = output.indexOf(10, offset);
        const [id, , size] = output.toString('utf8', offset, headerEnd).split(' ');
        const length = Number(size);
        if (id !== object || !Number.isSafeInteger(length)) return reject(new Error(`git cat-file: no object ${object}`));
        blobs.set(object, output.subarray(headerEnd + 1, headerEnd + 1 + length));
        offset = headerEnd + 1 + length + 1;
      }
      resolve(blobs);
    });
    child.stdin.end(objects.map((object) => `${object}\n`).join(''));
  });
}

/**
 * Writes the files under `folders` (e.g. `['content', 'public']`) of `commit` into the empty
 * folder `dest`, byte for byte as git stores them: no .gitattributes conversion, filter or
 * export rule applies, so what is written is what the commit holds. A symbolic link is
 * written as a link (the checks refuse it), a submodule as an empty folder (as a checkout
 * leaves it). No path leaves `dest`.
 */
export async function writeCommitFolders(repo: string, commit: string, folders: readonly string[], dest: string): Promise<void> {
  const entries = parseTree(await git(repo, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...folders]));
  const root = await realpath(dest);
  const blobs = await readBlobs(
    repo,
    entries.filter((entry) => entry.type === 'blob').map((entry) => entry.object),
  );
  for (const entry of entries) {
    const segments = entry.path.split('/');
    if (isAbsolute(entry.path) || segments.some((segment) => segment === '' || segment === '.' || segment === '..' || segment === '.git')) {
      throw new Error(`writeCommitFolders: refusing the path ${JSON.stringify(entry.path)} of commit ${commit}`);
    }
    const target = join(root, ...segments);
    await mkdir(dirname(target), { recursive: true });
    // A folder is only ever made by this loop, never a link: its real place must be inside dest.
    if (!`${await realpath(dirname(target))}${sep}`.startsWith(`${root}${sep}`)) {
      throw new Error(`writeCommitFolders: ${JSON.stringify(entry.path)} would be written outside ${dest}`);
    }
    const bytes = blobs.get(entry.object);
    if (entry.type === 'commit') await mkdir(target);
    else if (entry.mode === '120000' && bytes) await symlink(bytes.toString('utf8'), target);
    else if (bytes) await writeFile(target, bytes, { flag: 'wx' });
  }
}

import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { copyProject } from '../../src/cli/project-copy';
import { fixturePath, PROJECT_ROOT } from './paths';

/** A git repository holding a copy of this project, as a pull request's tests need it. */
export interface ProjectRepository {
  root: string;
  /** Runs git in the repository (with a test identity) and returns what it printed. */
  git: (...args: string[]) => string;
  /** Writes a file, relative to the root. */
  write: (path: string, text: string) => Promise<void>;
  /** Replaces `from` by `to` in a file; fails when `from` is not there. */
  edit: (path: string, from: string, to: string) => Promise<void>;
  remove: () => Promise<void>;
}

/**
 * A copy of this project (its code, .ci/, and the fixture "valid" as its content; node_modules
 * linked) committed as "base" on branch main, with branch "pr" checked out for a pull request.
 */
export async function projectRepository(prefix: string): Promise<ProjectRepository> {
  const root = await copyProject(PROJECT_ROOT, prefix);
  await cp(join(fixturePath('valid'), 'content'), join(root, 'content'), { recursive: true });
  await cp(join(PROJECT_ROOT, '.ci'), join(root, '.ci'), { recursive: true });
  await writeFile(join(root, '.gitignore'), 'node_modules\n.astro/\ndist/\n');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'pr');
  const write = async (path: string, text: string) => {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  };
  return {
    root,
    git,
    write,
    edit: async (path, from, to) => {
      const text = await readFile(join(root, path), 'utf8');
      if (!text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
      await write(path, text.replaceAll(from, to));
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

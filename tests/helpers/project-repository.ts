import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { copyProject } from '../../src/cli/project-copy';
import { fixturePath, PROJECT_ROOT } from './paths';

/** Git run in `root` with a test identity, returning what it printed. */
export function gitIn(root: string): (...args: string[]) => string {
  const identity = ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false'];
  return (...args) => execFileSync('git', [...identity, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Writes a file at `path` relative to `root`, with its folders. */
export async function writeIn(root: string, path: string, text: string): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), text);
}

/** Replaces `from` by `to` in the file at `path` relative to `root`; fails when `from` is not there. */
export async function editIn(root: string, path: string, from: string, to: string): Promise<void> {
  const text = await readFile(join(root, path), 'utf8');
  if (!text.includes(from)) throw new Error(`${path} does not contain ${JSON.stringify(from)}`);
  await writeIn(root, path, text.replaceAll(from, to));
}

/** A follow-up of the fixture's highlight "alpha", as a pull request adds it. */
export const followUpOfAlpha = (title: string, body: string): string => `---
type: "follow-up"
followUpOf: "alpha"
title: "${title}"
description: "A follow-up that a pull request adds to the fixture, long enough for the schema."
pubDate: 2024-05-01
topics: ["kubernetes"]
---
${body}
`;

/**
 * A copy of this project (its code, .ci/, and the fixture "valid" as its content; node_modules
 * linked) committed as "base" on branch main, with branch "pr" checked out for a pull request.
 */
export async function projectRepository(prefix: string) {
  const root = await copyProject(PROJECT_ROOT, prefix);
  await cp(join(fixturePath('valid'), 'content'), join(root, 'content'), { recursive: true });
  await cp(join(PROJECT_ROOT, '.ci'), join(root, '.ci'), { recursive: true });
  await writeFile(join(root, '.gitignore'), 'node_modules\n.astro/\ndist/\n');
  const git = gitIn(root);
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'pr');
  return {
    root,
    git,
    write: (path: string, text: string) => writeIn(root, path, text),
    edit: (path: string, from: string, to: string) => editIn(root, path, from, to),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/** A git repository holding a copy of this project, as a pull request's tests need it. */
export type ProjectRepository = Awaited<ReturnType<typeof projectRepository>>;

import { cp, mkdir, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a copy of the project needs besides its content: config, code, public files and the lockfile. */
const PROJECT_FILES = ['astro.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json', 'src', 'public'];

/**
 * A throw-away copy of the project with an empty content/ (node_modules linked), so tests and the
 * benchmark build other content exactly like the real site.
 */
export async function copyProject(sourceRoot: string, prefix: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), `${prefix}-`));
  for (const entry of PROJECT_FILES) await cp(join(sourceRoot, entry), join(root, entry), { recursive: true });
  await symlink(join(sourceRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  await mkdir(join(root, 'content'), { recursive: true });
  return root;
}

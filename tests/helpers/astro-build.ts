import { spawn } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { copyProject } from '../../src/cli/project-copy';
import { PROJECT_ROOT } from './paths';

const ASTRO_CLI = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');

/** The outcome of one `astro build`. */
export interface BuildResult {
  exitCode: number;
  output: string;
  outDir: string;
}

/**
 * The environment a developer's shell would give a command. Vitest mirrors import.meta.env
 * into process.env (DEV=1, MODE=test, NODE_ENV=test), which would make Astro build in
 * development mode, drafts and all; npm's own variables belong to the outer `npm test`.
 */
function shellEnvironment(extraEnv: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|npm_.*)$/.test(name)),
  );
  return { ...env, ...extraEnv, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
}

/** The outcome of one command: exit code and everything it printed, both streams in order. */
export interface CommandResult {
  exitCode: number;
  output: string;
}

/** A command that keeps running (a server): what it printed so far, and how to stop it with its children. */
export interface RunningCommand {
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `command` in `cwd` (a server in its own process group), collecting both streams in order. */
function start(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, detached = false) {
  const child = spawn(command, args, { cwd, env, detached });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const done = new Promise<CommandResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? 1, output }));
  });
  return { child, output: () => output, done };
}

const npmArgs = (script: string, args: readonly string[]) => ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])];

/**
 * Runs `npm run <script> [-- args]` in `root` as an author would type it, e.g. `npm run check`.
 * The npm on PATH is the one running these tests (npm scripts put the project's Node first).
 */
export function npmRun(
  root: string,
  script: string,
  extraEnv: Record<string, string> = {},
  args: readonly string[] = [],
): Promise<CommandResult> {
  return start('npm', npmArgs(script, args), root, shellEnvironment(extraEnv)).done;
}

/** Starts `npm run <script> [-- args]` in `root`; stopping it stops what it started. */
export function npmStart(root: string, script: string, args: readonly string[] = []): RunningCommand {
  const { child, output, done } = start('npm', npmArgs(script, args), root, shellEnvironment({}), true);
  return {
    output,
    stop: async () => {
      if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      await done;
    },
  };
}

/** Runs `astro build` for the project at `root` into `outDir`, capturing everything it prints. */
export async function astroBuild(root: string, outDir: string): Promise<BuildResult> {
  const env = { ...shellEnvironment({}), NODE_ENV: 'production' };
  return { ...(await start(process.execPath, [ASTRO_CLI, 'build', '--outDir', outDir], root, env).done), outDir };
}

/**
 * A throw-away copy of the project whose content/ is replaced by a fixture's, so that a
 * scenario (broken anchors, a missing translation) is built exactly like the real site. A
 * fixture's public/ beside its content/ is laid over the project's.
 */
export async function projectWithContent(contentDir: string): Promise<string> {
  const root = await copyProject(PROJECT_ROOT, 'kubecon-recap-fixture');
  await cp(contentDir, join(root, 'content'), { recursive: true });
  const publicDir = join(dirname(contentDir), 'public');
  if (existsSync(publicDir)) await cp(publicDir, join(root, 'public'), { recursive: true });
  return root;
}

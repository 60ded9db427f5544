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
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])], {
      cwd: root,
      env: shellEnvironment(extraEnv),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? 1, output }));
  });
}

/** A command that keeps running (a server): what it printed so far, and how to stop it with its children. */
export interface RunningCommand {
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `npm run <script> [-- args]` in `root`, in its own process group so that stopping it stops what it started. */
export function npmStart(root: string, script: string, args: readonly string[] = []): RunningCommand {
  const child = spawn('npm', ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])], {
    cwd: root,
    env: shellEnvironment({}),
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return {
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
}

/** Runs `astro build` for the project at `root` into `outDir`, capturing everything it prints. */
export function astroBuild(root: string, outDir: string): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO_CLI, 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...shellEnvironment({}), NODE_ENV: 'production' },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ exitCode: code ?? 1, output, outDir }));
  });
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

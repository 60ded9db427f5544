import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild } from './astro-build';
import { PROJECT_ROOT } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

/** Builds the real site once, into a temporary folder, for the build and browser tests. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const needsBuild = project.vitest.projects.some((candidate) => candidate.name !== 'unit');
  if (!needsBuild) {
    project.provide('distDir', '');
    return async () => {};
  }
  const outDir = await mkdtemp(join(tmpdir(), 'kubecon-recap-dist-'));
  const result = await astroBuild(PROJECT_ROOT, outDir);
  if (result.exitCode !== 0) {
    throw new Error(`astro build failed (exit ${result.exitCode}):\n${result.output}`);
  }
  project.provide('distDir', outDir);
  return async () => {
    await rm(outDir, { recursive: true, force: true });
  };
}

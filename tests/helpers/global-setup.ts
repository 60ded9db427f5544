import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, projectWithContent } from './astro-build';
import { fixturePath, PROJECT_ROOT } from './paths';
import { renamedSite } from './renamed-site';

/** A site built once per test run, for every build-output and browser test that reads it. */
export interface BuiltSite {
  /** The project the site was built from. */
  root: string;
  /** The built site. */
  dist: string;
  /** What the build printed. */
  output: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real site, built. */
    distDir: string;
    /** The fixture "valid", and the same after a maintainer renamed and removed what it published (see renamedSite). */
    sites: { valid: BuiltSite; renamed: BuiltSite };
  }
}

/** Builds `root` into a temporary folder, failing the run with Astro's output if it does not build. */
async function build(root: string, name: string): Promise<BuiltSite> {
  const dist = await mkdtemp(join(tmpdir(), `kubecon-recap-${name}-dist-`));
  const result = await astroBuild(root, dist);
  if (result.exitCode !== 0) throw new Error(`astro build of ${name} failed (exit ${result.exitCode}):\n${result.output}`);
  return { root, dist, output: result.output };
}

/**
 * Builds each site the build-output and browser tests read once per run, side by side: the
 * real site, the fixture "valid" and its renamed copy. A run of unit tests alone builds nothing.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const needsBuild = project.vitest.projects.some((candidate) => candidate.name !== 'unit');
  if (!needsBuild) {
    project.provide('distDir', '');
    const none = { root: '', dist: '', output: '' };
    project.provide('sites', { valid: none, renamed: none });
    return async () => {};
  }
  const validRoot = await projectWithContent(join(fixturePath('valid'), 'content'));
  const renamed = await renamedSite();
  const [real, valid, renamedSiteBuilt] = await Promise.all([
    build(PROJECT_ROOT, 'site'),
    build(validRoot, 'valid'),
    build(renamed.root, 'renamed'),
  ]);
  project.provide('distDir', real.dist);
  project.provide('sites', { valid, renamed: renamedSiteBuilt });
  return async () => {
    const folders = [real.dist, valid.dist, renamedSiteBuilt.dist, validRoot, renamed.root];
    await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
  };
}

import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Writes the SBOM of `root`'s production dependencies to `output`, from the lockfile alone. */
function generateSbom(root: string, output: string): Promise<void> {
  // From the lockfile alone: what `npm install` installs for everybody, not whatever a
  // contributor's node_modules happens to hold (extra or outdated packages made `npm ls`, and
  // so the build, fail).
  const args = [
    'cyclonedx-npm',
    '--package-lock-only',
    '--omit',
    'dev',
    '--output-format',
    'JSON',
    '--output-reproducible',
    '--output-file',
    output,
  ];
  return new Promise<void>((resolve, reject) => {
    const child = spawn('npx', args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(
              `cyclonedx-npm could not write the SBOM from package-lock.json (exit ${code}). Run "npm install" so that package-lock.json matches package.json, then build again.\n${errors.slice(-2000)}`,
            ),
          ),
    );
  });
}

/**
 * Publishes a CycloneDX SBOM of the production dependencies with the site (/sbom.cdx.json),
 * generated from the lockfile by the CycloneDX project's own tool: the supply-chain
 * transparency our SBOM highlight asks of others. The SBOM depends on package.json and its
 * lockfile only, so it is kept in Astro's cache folder under their hash: a build with an
 * unchanged lockfile copies it instead of running the tool again.
 */
export function sbom(): AstroIntegration {
  let root = process.cwd();
  let cacheDir = join(root, '.astro', 'cache');
  return {
    name: 'sbom',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const hash = createHash('sha256');
        for (const file of ['package.json', 'package-lock.json']) hash.update(await readFile(join(root, file)));
        const cached = join(cacheDir, `sbom-${hash.digest('hex').slice(0, 32)}.json`);
        const output = fileURLToPath(new URL('sbom.cdx.json', dir));
        const reused = await copyFile(cached, output).then(
          () => true,
          () => false,
        );
        if (!reused) {
          await mkdir(cacheDir, { recursive: true });
          // Written aside and then renamed, so that a build stopped midway leaves no half SBOM.
          const partial = `${cached}.${process.pid}.partial`;
          await generateSbom(root, partial);
          await rename(partial, cached);
          await copyFile(cached, output);
        }
        logger.info(`${reused ? 'copied' : 'wrote'} sbom.cdx.json (CycloneDX, production dependencies)`);
      },
    },
  };
}

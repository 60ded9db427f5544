import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Publishes a CycloneDX SBOM of the production dependencies with the site (/sbom.cdx.json),
 * generated from the lockfile by the CycloneDX project's own tool: the supply-chain
 * transparency our SBOM highlight asks of others.
 */
export function sbom(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'sbom',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Throw-away copies of the project (tests, benchmark) link node_modules, which npm ls
        // rejects; they say so explicitly, and the build says that it skipped the SBOM.
        if (process.env.KUBECON_RECAP_SBOM === 'off') {
          logger.warn('KUBECON_RECAP_SBOM=off: no sbom.cdx.json in this build');
          return;
        }
        const output = fileURLToPath(new URL('sbom.cdx.json', dir));
        // From the lockfile alone: what `npm install` installs for everybody, not whatever a
        // contributor's node_modules happens to hold (extra or outdated packages made
        // `npm ls`, and so the build, fail).
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
        await new Promise<void>((resolve, reject) => {
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
        logger.info('wrote sbom.cdx.json (CycloneDX, production dependencies)');
      },
    },
  };
}

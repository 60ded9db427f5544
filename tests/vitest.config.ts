import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// Three kinds of tests, one run: pure helpers, assertions on the built HTML, and a reader in
// Chromium. The site is built once (global setup) and shared by the last two.
export default defineConfig({
  test: {
    root,
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Two files at a time, whatever the cores: most of a file's time is spent waiting on a
    // child (Chromium, astro, npm), so a second file keeps a 2-core machine busy.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          // expect.poll waits for the browser to get there; its default of 1 s is a fixed
          // delay in disguise, and too short for a machine whose cores are busy.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});

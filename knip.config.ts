import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  // npm scripts name src/cli/*.ts and bench/run.ts; MDX posts import the reviewed components;
  // the share cards' worker pool loads its worker by path.
  entry: ['bench/screenshots.ts', 'src/components/mdx/*.astro', 'src/lib/share-card/draw-worker.mjs'],
  project: ['src/**/*.{ts,astro,mjs}', 'tests/**/*.ts', 'bench/**/*.ts', '*.ts'],
  ignoreDependencies: [
    // Puts Node 24 first on the PATH of every npm script (see .nvmrc).
    'node',
    // Read by path, not imported: the HTML validity test runs vnu.jar, the browser tests
    // evaluate axe.min.js in the page.
    'vnu-jar',
    'axe-core',
    // Its font files are read by path (src/lib/share-card/share-cards.ts).
    '@fontsource/inter',
  ],
  // The example's render test runs Helm only where it is installed.
  ignoreBinaries: ['helm'],
};

export default config;

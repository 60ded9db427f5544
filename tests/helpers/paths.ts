import { fileURLToPath } from 'node:url';

/** The project root, whatever the working directory of the test run. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A fixture folder under tests/fixtures/. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));
}

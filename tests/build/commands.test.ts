import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { npmRun, projectWithContent } from '../helpers/astro-build';
import { fixturePath } from '../helpers/paths';

// What an author sees when the built site fails its final guard: the content checks passed, and
// the guard still finds a broken link (one only the built site has) and removes the output.
// Every message of the checks is proven on the fixtures by the unit tests and, through the real
// commands, on the hostile pull request of gate.test.ts.

const copies = new Map<string, string>();

/** One throw-away project per fixture. */
async function projectFor(fixture: string): Promise<string> {
  const existing = copies.get(fixture);
  if (existing) return existing;
  const root = await projectWithContent(join(fixturePath(fixture), 'content'));
  copies.set(fixture, root);
  return root;
}

afterAll(async () => {
  await Promise.all([...copies.values()].map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Output that is ours alone: no stack frames, no Astro error location. */
function expectNoStackTrace(output: string): void {
  expect(output).not.toContain('Stack trace');
  expect(output).not.toContain(':0:0');
  expect(output).not.toMatch(/^\s+at .[^\n\r(\u2028\u2029]*\(.+:\d+:\d+\)$/m);
  expect(output).not.toContain('InvalidContentEntryDataError');
}

describe('npm run build when the built site fails its final guard (fixture "broken/built-guard")', () => {
  test('names the problem and removes the output, so no step can upload it', async () => {
    const root = await projectFor('broken/built-guard');
    const { exitCode, output } = await npmRun(root, 'build');
    expect(exitCode, output).not.toBe(0);
    expect(output).toContain(
      'error the link "/images/missing-diagram.png" leads to /images/missing-diagram.png, which the build did not produce',
    );
    // A broken %-escape used to crash the guard with a stack trace and leave the output behind.
    expect(output).toContain('error the link "/favicon.svg#%E0%A4%A" is not a valid address (a broken %-escape?)');
    expect(output).toMatch(/the output folder .*dist.* was removed so that it cannot be published/);
    expectNoStackTrace(output);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  }, 300_000);
});

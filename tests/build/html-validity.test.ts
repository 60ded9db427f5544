import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, test } from 'vitest';

const run = promisify(execFile);
const vnuJar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

/** The machine's Java; like a missing Chromium, a missing Java skips here and fails in CI. */
async function hasJava(): Promise<boolean> {
  try {
    await run('java', ['-version']);
    return true;
  } catch {
    if (process.env.CI)
      throw new Error('CI is set, so the Nu HTML Checker must run, but there is no `java` on PATH (apt-get install default-jre-headless)');
    console.warn('Nu HTML Checker skipped: no `java` on PATH (apt-get install default-jre-headless)');
    return false;
  }
}

/**
 * CSS the checker's grammar does not know yet, though browsers ship it: the table of contents
 * marks the section being read with it (Chromium 140+), the way back to it appears with a
 * scroll-driven animation (Chromium 115+, Safari 26), and a topic's filter starts in view
 * (Chromium 133+). Exactly these messages, nothing broader.
 */
const NEWER_THAN_THE_CHECKER = [
  "CSS: “scroll-target-group”: Property “scroll-target-group” doesn't exist.",
  'CSS: Unknown pseudo-element or pseudo-class “:target-current”',
  "CSS: “animation-timeline”: Property “animation-timeline” doesn't exist.",
  "CSS: “animation-range”: Property “animation-range” doesn't exist.",
  "CSS: “scroll-initial-target”: Property “scroll-initial-target” doesn't exist.",
];

interface VnuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
}

describe.runIf(await hasJava())('the Nu HTML Checker', () => {
  test('reports no error on any built page', async () => {
    const distDir = inject('distDir');
    // vnu exits non-zero when it finds errors; the JSON report is what we assert on. A run this
    // short is over before the optimising compiler pays off: the quick one alone halves its time
    // (its deeper frames need the bigger stack).
    const java = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss16m', '-jar', vnuJar];
    const { stderr } = await run('java', [...java, '--format', 'json', '--skip-non-html', '--errors-only', distDir], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stderr: string }) => ({ stderr: error.stderr }));
    const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
    const errors = messages
      .filter((message) => message.type === 'error' && !NEWER_THAN_THE_CHECKER.includes(message.message))
      .map((message) => `${message.url.replace(`file:${distDir}`, '')}:${message.lastLine ?? '?'} ${message.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});

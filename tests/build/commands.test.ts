import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { npmRun, projectWithContent } from '../helpers/astro-build';
import { fixturePath } from '../helpers/paths';

// What an author sees from the commands CONTRIBUTING.md tells them to run, on broken posts:
// the project's one-line findings, before Astro's content sync could fail with its own
// error (a stack trace and a location of ":0:0"), and nothing built.

const copies = new Map<string, string>();

/** One throw-away project per fixture, shared by its `npm run check` and `npm run build`. */
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

/** One line the author sees per fixture (the rest are proven on the same fixtures in the unit tests). */
const CASES: [fixture: string, lines: string[]][] = [
  ['broken/schema', ['content/posts/en/alpha.md:7 error topics.1: "blockchain" is not a topic. Fix: use one of:']],
  ['broken/yaml', ['content/posts/en/alpha.md:3 error the front matter is not valid YAML']],
  [
    'broken/front-matter',
    [
      'content/posts/de/alpha.md:5 error pubDate: must be a calendar day written YYYY-MM-DD, e.g. 2024-05-06; got "06.05.2024"',
      'content/posts/en/alpha.md:5 error pubDate: must be a calendar day written YYYY-MM-DD, e.g. 2024-05-06; got "May 6"',
      'content/posts/de/later.md:6 error pubDate: 2999-01-01 is in the future',
      'content/posts/en/scaffold.md:4 error title: still has the placeholder text of npm run new:post',
    ],
  ],
  [
    'broken/mdx-policy',
    [
      'content/posts/en/alpha.mdx:15 error import "node:fs": is not one of the reviewed components in src/components/mdx/',
      'content/posts/en/alpha.mdx:21 error expression "{process.env.HOME}": would run as code at build time',
      'content/posts/en/alpha.mdx:29 error attribute "set:html" on <Fragment>: is an Astro directive',
      'content/posts/en/alpha.mdx:31 error JSX: contains a <meta> element',
      'content/posts/de/syntax.mdx:9 error MDX: cannot be read as MDX',
    ],
  ],
  [
    'broken/unsafe',
    [
      'content/posts/en/alpha.md:33 error link "javascript:alert(1)": is a javascript: URL',
      'content/posts/en/alpha.md:38 error attribute "onerror" on <img>: is an inline event handler',
      'content/posts/en/alpha.md:44 error image "https://tracker.example/p.gif": is an image from another site',
    ],
  ],
  ['broken/heading-ids', ['content/posts/de/alpha.md:22 error id "follow-ups": is used by the page layout']],
];

describe('npm run check on broken posts', () => {
  test.each(CASES)(
    '%s: fails with the project’s own lines, before astro check',
    async (fixture, lines) => {
      const { exitCode, output } = await npmRun(await projectFor(fixture), 'check');
      expect(exitCode, output).not.toBe(0);
      for (const line of lines) expect(output).toContain(line);
      expect(output).toMatch(/content check: \d+ post files, [1-9]\d* error\(s\)/);
      expect(output, 'astro check must not run (and fail its own way) on broken content').not.toContain('Getting diagnostics');
      expectNoStackTrace(output);
    },
    120_000,
  );
});

describe('npm run build on broken posts', () => {
  // Front-matter errors would otherwise fail in Astro's content sync, MDX would run its code
  // while rendering, and a clashing heading id would fail only the final guard.
  test.each(CASES)(
    '%s: stops before the content sync, and builds nothing',
    async (fixture, lines) => {
      const root = await projectFor(fixture);
      const { exitCode, output } = await npmRun(root, 'build');
      expect(exitCode, output).not.toBe(0);
      for (const line of lines) expect(output).toContain(line);
      expect(output).toMatch(/The content has \d+ error\(s\), listed above; nothing was built/);
      expect(output).not.toContain('Syncing content');
      // Nothing was bundled or rendered: MDX code never ran, no page exists.
      expect(output).not.toContain('Building static entrypoints');
      expect(output).not.toContain('generating static routes');
      expectNoStackTrace(output);
      expect(existsSync(join(root, 'dist'))).toBe(false);
    },
    120_000,
  );
});

describe('npm run build when the built site fails its final guard (fixture "broken/built-guard")', () => {
  test('names the problem and removes the output, so no step can upload it', async () => {
    const root = await projectFor('broken/built-guard');
    const { exitCode, output } = await npmRun(root, 'build');
    expect(exitCode, output).not.toBe(0);
    expect(output).toContain(
      'error the link "/images/missing-diagram.png" leads to /images/missing-diagram.png, which the build did not produce',
    );
    expect(output).toMatch(/the output folder .*dist.* was removed so that it cannot be published/);
    expectNoStackTrace(output);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  }, 300_000);
});

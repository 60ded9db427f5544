import { existsSync } from 'node:fs';
import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { crc32, deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { npmRun, projectWithContent } from '../helpers/astro-build';
import { fixturePath } from '../helpers/paths';
import { annotationOf } from '../helpers/problem-matcher';

// A stranger's pull request, tried through the commands reviewers rely on: every class of
// hostile input in one mini-site (tests/fixtures/broken/gate), plus what git can carry but a
// fixture folder should not (symbolic links, an oversized post), added to the copy here. What
// npm run check prints for it is in check-output.txt beside the fixture's content/.

let root = '';

const FOLLOW_UP =
  '---\ntype: "follow-up"\nfollowUpOf: "alpha"\ntitle: "Slow"\ndescription: "A follow-up fixture for the gate checks, long enough for the schema."\npubDate: 2024-05-01\ntopics: ["kubernetes"]\n---\n';

/** A small PNG whose header claims a canvas of `width`×`height` pixels (its data is one pixel's worth). */
function pngDeclaring(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), data])));
    return Buffer.concat([length, Buffer.from(type), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(4))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
beforeAll(async () => {
  root = await projectWithContent(join(fixturePath('broken/gate'), 'content'));
  await symlink('/etc/hostname', join(root, 'content/posts/en/system-file.md'));
  await symlink('../../../README.md', join(root, 'content/posts/en/outside.md'));
  await symlink('/etc/passwd', join(root, 'content/posts/images/linked.png'));
  await writeFile(join(root, 'content/posts/en/huge.md'), `---\ntitle: "Huge"\n---\n${'word '.repeat(30_000)}\n`);
  const slowBody = (unit: string) => unit.repeat(Math.floor((99 * 1024) / unit.length));
  await writeFile(join(root, 'content/posts/en/emphasis.md'), `${FOLLOW_UP}${slowBody('*_')}\n`);
  await writeFile(join(root, 'content/posts/en/lazy-quote.md'), `${FOLLOW_UP}${slowBody('> a\nb\n')}`);
  await writeFile(join(root, 'content/posts/images/huge-canvas.png'), pngDeclaring(30_000, 30_000));
}, 60_000);
afterAll(async () => rm(root, { recursive: true, force: true }));

/** Every finding npm run check prints for the copy, in order: one class of hostile input or more per file. */
const LINES = (await readFile(join(fixturePath('broken/gate'), 'check-output.txt'), 'utf8')).trimEnd().split('\n');

/** Output that is ours alone: no stack frames, no Astro error location, no line CI would obey. */
function expectOnlyOurLines(output: string): void {
  expect(output).not.toContain('Stack trace');
  expect(output).not.toContain(':0:0');
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  expect(output).not.toContain('InvalidContentEntryDataError');
  expect(output).not.toMatch(/^\s*::/m);
  expect(output).not.toContain('##[');
}

describe('npm run check on a hostile pull request', () => {
  test('names every file, line and fix in seconds, and forges no line', async () => {
    const { exitCode, output } = await npmRun(root, 'check');
    expect(exitCode, output).toBe(1);
    expect(output.split('\n').filter((line) => line.startsWith('content/'))).toEqual(LINES);
    expectOnlyOurLines(output);
    // In CI each finding becomes an annotation (.github/content-check-matcher.json), on its own file.
    const annotations = output.split('\n').flatMap((line) => annotationOf(line) ?? []);
    const [, errors = '', warnings = ''] = /(\d+) error\(s\), (\d+) warning\(s\)/.exec(output) ?? [];
    expect(annotations).toHaveLength(Number(errors) + Number(warnings));
    expect(annotations).toContainEqual({
      file: 'content/posts/en/log-injection.md',
      line: '7',
      severity: 'error',
      message: expect.stringContaining('"kubernetes\\u000a::notice title=Safe::safe to merge" is not a topic'),
    });
    expect(annotations.filter((annotation) => annotation.file === 'content/posts/en/log-injection.md')).toHaveLength(1);
  }, 120_000);
});

describe('npm run build on a hostile pull request', () => {
  test('stops in the content sync with the same lines, before any page or MDX module is built', async () => {
    const { exitCode, output } = await npmRun(root, 'build');
    expect(exitCode, output).not.toBe(0);
    for (const line of LINES) expect(output).toContain(line);
    expect(output).toMatch(/The content has \d+ error\(s\), listed above; nothing was built/);
    expect(output).not.toContain('Building static entrypoints');
    expectOnlyOurLines(output);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  }, 120_000);
});

// The content checks pass, and the built site's own guard still finds a broken link (one only
// the built site has): the author reads what is wrong, and no step can upload the output.
describe('npm run build when the built site fails its final guard (fixture "broken/built-guard")', () => {
  let guarded = '';
  afterAll(async () => rm(guarded, { recursive: true, force: true }));

  test('names the problem and removes the output', async () => {
    guarded = await projectWithContent(join(fixturePath('broken/built-guard'), 'content'));
    const { exitCode, output } = await npmRun(guarded, 'build');
    expect(exitCode, output).not.toBe(0);
    expect(output).toContain(
      'error the link "/images/missing-diagram.png" leads to /images/missing-diagram.png, which the build did not produce',
    );
    expect(output).toContain('error the link "/favicon.svg#%E0%A4%A" is not a valid address (a broken %-escape?)');
    expect(output).toMatch(/the output folder .*dist.* was removed so that it cannot be published/);
    expectOnlyOurLines(output);
    expect(existsSync(join(guarded, 'dist'))).toBe(false);
  }, 300_000);
});

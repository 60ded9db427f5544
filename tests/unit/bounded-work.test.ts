import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { explicitId } from '../../src/plugins/remark-heading-ids';
import { formatDiagnostic } from '../../src/lib/checks/diagnostic';
import { splitFrontMatter } from '../../src/lib/content/front-matter';
import { parseCodeMeta } from '../../src/lib/markdown/code-meta';
import { deeplyNestedLine } from '../../src/lib/markdown/markdown-facts';
import { countWords } from '../../src/lib/content/reading-time';
import { runContentChecks } from '../../src/lib/checks/run';
import { normaliseText } from '../../src/lib/content/translations/translation-hash';
import { browserUrl, judgeUrl, srcsetUrls } from '../../src/lib/checks/url-policy';
import { PROJECT_ROOT } from '../helpers/paths';

// A pattern with super-linear backtracking takes minutes to hours on one of these lines; a
// linear one takes milliseconds. The test timeout is the bound, not a measurement.
const MEGABYTE = 1024 * 1024;
const HOSTILE_LINES: [name: string, line: string][] = [
  ['spaces, then a letter', `${' '.repeat(MEGABYTE)}x`],
  ['tabs and spaces between two letters', `a${' \t'.repeat(MEGABYTE / 2)}b`],
  ['an unclosed id marker', `## Heading {#${'a'.repeat(MEGABYTE)}`],
  ['id markers without end', '{#a '.repeat(MEGABYTE / 4)],
  ['blank lines, then text', `${'\n'.repeat(MEGABYTE)}x`],
  ['control characters, then a letter', `${'\u0001'.repeat(MEGABYTE)}x`],
  ['hyphens and digits', '1-'.repeat(MEGABYTE / 2)],
];

describe('every pattern that reads post text is linear', () => {
  test.each(HOSTILE_LINES)('on a 1 MB line of %s', (_, line) => {
    browserUrl(line);
    judgeUrl(line);
    srcsetUrls(line);
    explicitId(line);
    normaliseText(line);
    countWords(line);
    deeplyNestedLine(line);
    parseCodeMeta(line);
    parseCodeMeta(`title="${line}`);
    splitFrontMatter(`---\ntitle: x\n---\n${line}`);
    splitFrontMatter(`---\ntitle: "${line.slice(0, 4000)}"\n---\n`);
    const printed = formatDiagnostic({ severity: 'error', file: 'a.md', line: 1, subject: line, message: line, fix: line });
    expect(printed.includes('\n')).toBe(false);
  });
});

describe('the checks on arbitrary front matter and bodies', () => {
  const roots: string[] = [];
  afterAll(async () => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));
  const valid = readFile(join(PROJECT_ROOT, 'content/posts/en/kcp.md'), 'utf8');

  /** Front-matter values and body pieces chosen to reach the parsers' corners. */
  const piece = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(
      '&a [1]',
      '*a',
      '!custom x',
      '!!binary aGk=',
      '"\\x07"',
      '[[[[[[[[',
      '{#',
      '<abbr>',
      '</abbr>',
      '[^1]',
      '> ',
      '- ',
      '::notice::',
      '%0A',
      '\r',
      '\u2028',
      '\u202e',
      '---',
      '2024-02-30',
      '<script>',
      '![][x]\n\n[x]: https://a.example/',
    ),
  );

  test('either pass or print the project’s findings, one line each, never an exception', async () => {
    const original = await valid;
    const [, frontMatter = '', body = ''] = original.split('---\n');
    const lines = `${frontMatter}\n${body}`.split('\n');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: lines.length - 1 }),
        fc.array(piece, { minLength: 1, maxLength: 6 }),
        async (at, inserted) => {
          const mutated = [...lines];
          mutated.splice(at, 0, inserted.join(''));
          const frontMatterLines = frontMatter.split('\n').length;
          const source = `---\n${mutated.slice(0, frontMatterLines).join('\n')}---\n${mutated.slice(frontMatterLines).join('\n')}`;
          const root = await mkdtemp(join(tmpdir(), 'kubecon-recap-property-'));
          roots.push(root);
          await mkdir(join(root, 'content/posts/en'), { recursive: true });
          await writeFile(join(root, 'content/posts/en/kcp.md'), source);
          const { diagnostics } = await runContentChecks(root);
          for (const printed of diagnostics.map(formatDiagnostic)) {
            expect(printed).not.toMatch(/[\n\r\u2028\u2029]/);
            expect(printed.trimStart().startsWith('::')).toBe(false);
            expect(printed).toMatch(/^content\/posts\/en\/kcp\.md(:\d+)? (error|warning) /);
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});

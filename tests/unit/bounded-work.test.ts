import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { explicitId } from '../../src/plugins/remark-heading-ids';
import { formatDiagnostic } from '../../src/lib/checks/diagnostic';
import { splitFrontMatter } from '../../src/lib/content/front-matter';
import { parseCodeMeta } from '../../src/lib/markdown/code-meta';
import { bodyBoundProblem } from '../../src/lib/checks/body-bounds';
import { countWords } from '../../src/lib/content/reading-time';
import { runContentChecks } from '../../src/lib/checks/run';
import { normaliseText } from '../../src/lib/content/translations/translation-hash';
import { isPublishableUrl } from '../../src/lib/markdown/publishable-url';
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
    isPublishableUrl('href', line);
    explicitId(line);
    normaliseText(line);
    countWords(line);
    bodyBoundProblem(line);
    parseCodeMeta(line);
    parseCodeMeta(`title="${line}`);
    splitFrontMatter(`---\ntitle: x\n---\n${line}`);
    splitFrontMatter(`---\ntitle: "${line.slice(0, 4000)}"\n---\n`);
    const printed = formatDiagnostic({ severity: 'error', file: 'a.md', line: 1, subject: line, message: line, fix: line });
    expect(printed.includes('\n')).toBe(false);
  });
});

let root = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kubecon-recap-bounded-'));
  await mkdir(join(root, 'content/posts/en'), { recursive: true });
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** The findings of the checks on one English post of this source, as printed. */
async function findingsOn(source: string): Promise<string[]> {
  await rm(join(root, 'content/posts/en'), { recursive: true, force: true });
  await mkdir(join(root, 'content/posts/en'), { recursive: true });
  await writeFile(join(root, 'content/posts/en/post.md'), source);
  return (await runContentChecks(root)).diagnostics.map(formatDiagnostic);
}

describe('the checks on arbitrary front matter and bodies', () => {
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
          for (const printed of await findingsOn(source)) {
            expect(printed).not.toMatch(/[\n\r\u2028\u2029]/);
            expect(printed.trimStart().startsWith('::')).toBe(false);
            expect(printed).toMatch(/^content\/posts\/en\/post\.md(:\d+)? (error|warning) /);
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe('the time budget of one post', () => {
  const BODY_BYTES = 99 * 1024;
  const FRONT_MATTER =
    '---\ntype: "follow-up"\nfollowUpOf: "kcp"\ntitle: "Slow"\ndescription: "A post whose body is shaped to make a Markdown parser slow, for the bound."\npubDate: 2024-04-08\ntopics: ["kubernetes"]\n---\n';

  /** Shapes that make the Markdown parser's work grow faster than the text: each repeated to 99 KiB. */
  const SLOW_SHAPES: [name: string, unit: string][] = [
    ['alternating emphasis markers', '*_'],
    ['nested emphasis', '*a _b '],
    ['strikethrough markers', '~~a'],
    ['a lazy quote', '> a\nb\n'],
    ['a lazy list item', '- a\nb\n'],
    ['a lazy nested quote', '> > > a\nb\nc\n'],
    ['open links', '[a]('],
    ['open images', '!['],
    ['brackets', '[['],
    ['one long paragraph', 'b\n'],
    ['reference definitions', '[a]: b\n'],
    ['a wide table', '|a'],
  ];

  const errorsOn = async (body: string) => (await findingsOn(`${FRONT_MATTER}${body}`)).filter((line) => line.includes(' error '));

  // The test timeout is the budget: without the bound, the first shape alone takes minutes.
  test.each(SLOW_SHAPES)(
    'refuses %s at 99 KiB with the line, or renders it in seconds',
    async (_, unit) => {
      for (const error of await errorsOn(unit.repeat(Math.floor(BODY_BYTES / unit.length)))) {
        expect(error).toMatch(/^content\/posts\/en\/post\.md(:\d+)? error /);
      }
    },
    15_000,
  );

  test('refuses or renders any mix of the slow shapes in seconds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...SLOW_SHAPES.map(([, unit]) => unit)), fc.integer({ min: 1, max: 4000 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (parts) => {
          const body = parts
            .map(([unit, times]) => unit.repeat(times))
            .join('\n')
            .slice(0, BODY_BYTES);
          const started = performance.now();
          await errorsOn(body);
          expect(performance.now() - started, 'seconds for one post').toBeLessThan(10_000);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});

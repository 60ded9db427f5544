import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { annotationOf, escapeAnnotationData, escapeAnnotationProperty, reportFormatOf } from '../../src/lib/checks/github-annotations';
import { PROJECT_ROOT } from '../helpers/paths';

describe('escapeAnnotationData', () => {
  test.each([
    ['plain', 'plain'],
    ['100% sure', '100%25 sure'],
    ['line\nnext', 'line%0Anext'],
    ['crlf\r\n', 'crlf%0D%0A'],
    ['%0A literally', '%250A literally'],
    ['a: b, c', 'a: b, c'],
  ])('%j becomes %j', (input, output) => {
    expect(escapeAnnotationData(input)).toBe(output);
  });
});

describe('escapeAnnotationProperty', () => {
  test.each([
    ['content/posts/de/kcp.md', 'content/posts/de/kcp.md'],
    ['link "https://a.b/c,d"', 'link "https%3A//a.b/c%2Cd"'],
    ['50%: x\ny', '50%25%3A x%0Ay'],
  ])('%j becomes %j', (input, output) => {
    expect(escapeAnnotationProperty(input)).toBe(output);
  });
});

describe('annotationOf', () => {
  test('writes an error with file, line and title, and the fix after the message', () => {
    expect(
      annotationOf({
        severity: 'error',
        file: 'content/posts/de/kcp.md',
        line: 12,
        subject: 'link "http://example.org/a,b"',
        message: 'is not https',
        fix: 'use https://example.org/a,b',
      }),
    ).toBe(
      '::error file=content/posts/de/kcp.md,line=12,title=content check%3A link "http%3A//example.org/a%2Cb"::is not https. Fix: use https://example.org/a,b',
    );
  });

  test('writes a warning without line or subject, line breaks from a post shown, not obeyed', () => {
    expect(annotationOf({ severity: 'warning', file: 'content/posts/en/kcp.md', message: 'two\nlines, 100%', fix: 'fix it' })).toBe(
      '::warning file=content/posts/en/kcp.md,title=content check::two\\u000alines, 100%25. Fix: fix it',
    );
  });

  test('keeps a hostile file name inside its property', () => {
    expect(annotationOf({ severity: 'error', file: 'content/posts/en/a,line=1::x\n::add-mask::y.md', message: 'm', fix: 'f' })).toBe(
      '::error file=content/posts/en/a%2Cline=1%3A%3Ax\\u000a%3A%3Aadd-mask%3A%3Ay.md,title=content check::m. Fix: f',
    );
  });
});

describe('reportFormatOf', () => {
  test.each([
    [[], {}, { format: 'text', rest: [] }],
    [['.'], { GITHUB_ACTIONS: 'true' }, { format: 'github', rest: ['.'] }],
    [['--format', 'github', '/tmp/site'], {}, { format: 'github', rest: ['/tmp/site'] }],
    [['--format', 'text'], { GITHUB_ACTIONS: 'true' }, { format: 'text', rest: [] }],
    [['--format', 'json'], {}, { error: '--format takes "text" or "github", not "json"' }],
  ])('%j with %j', (args, env, expected) => {
    expect(reportFormatOf(args, env)).toEqual(expected);
  });
});

describe('the GitHub workflow', () => {
  interface Step {
    uses?: string;
    run?: string;
    if?: string;
    with?: Record<string, unknown>;
  }

  test('annotates the content checks and writes the pages to review into the job summary', async () => {
    const workflow = parse(await readFile(join(PROJECT_ROOT, '.github/workflows/ci.yml'), 'utf8')) as {
      jobs: Record<string, { steps: Step[] }>;
    };
    const steps = workflow.jobs.test?.steps ?? [];
    expect(steps.find((step) => step.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth']).toBe(0);
    expect(steps.find((step) => step.run === 'npm run check -- --format github')?.if).toContain('!cancelled()');
    const summary = steps.find((step) => step.run?.includes('npm run pr:summary'));
    expect(summary?.if).toContain("github.event_name == 'pull_request'");
    expect(summary?.run).toContain('origin/$BASE_REF');
  });
});

import { expect, test } from 'vitest';
import { formatDiagnostic, reportLines, type Diagnostic } from '../../src/lib/checks/diagnostic';
import { annotationOf } from '../helpers/problem-matcher';

// The checks print one line per finding; GitHub's runner turns each into an annotation through
// .github/content-check-matcher.json. Whatever a post or a file name holds lands in the message
// only: it can neither move a finding to another file, line or severity, nor start a line or
// a workflow command (`::cmd::` at the start of a line, `##[cmd]` anywhere in one).

const finding = (more: Partial<Diagnostic>): Diagnostic => ({
  severity: 'error',
  file: 'content/posts/en/alpha.md',
  message: 'm',
  fix: 'f',
  ...more,
});

test.each([
  [finding({ line: 12, subject: 'link "x"' }), { file: 'content/posts/en/alpha.md', line: '12', severity: 'error' }],
  [finding({ file: 'content/gone.txt', severity: 'warning' }), { file: 'content/gone.txt', line: undefined, severity: 'warning' }],
  [finding({ file: 'public/images/a.svg', line: 3 }), { file: 'public/images/a.svg', line: '3', severity: 'error' }],
  // A name that would read as another location and severity keeps them inside the name.
  [
    finding({ file: 'content/posts/en/a.md:12 warning all good.md' }),
    { file: 'content/posts/en/a.md\\u003a12\\u0020warning\\u0020all\\u0020good.md', line: undefined, severity: 'error' },
  ],
  [
    finding({ file: 'content/posts/en/a\u00a0b\tc\\d.md', line: 1 }),
    { file: 'content/posts/en/a\\u00a0b\\u0009c\\u005cd.md', line: '1', severity: 'error' },
  ],
])('%j becomes an annotation on its own file, line and severity', (diagnostic, expected) => {
  const line = formatDiagnostic(diagnostic);
  expect(annotationOf(line)).toEqual({ ...expected, message: line });
});

test.each([
  'a\n::error file=content/posts/en/other.md,line=1::forged',
  'b\r\ncontent/posts/en/other.md:1 warning forged',
  'c ##[error]forged ##[add-matcher]x.json ##[stop-commands]t',
  'd\u2028::notice::e\u202ef',
])('text from a post (%j) stays in the message: no second line, no command, no other annotation', (text) => {
  const line = formatDiagnostic(finding({ line: 4, subject: 'topics.0', message: `"${text}" is not a topic`, fix: text }));
  expect(line).not.toMatch(/\n|\r|##\[|^\s*::/);
  expect(annotationOf(line)).toMatchObject({ file: 'content/posts/en/alpha.md', line: '4', severity: 'error' });
});

test('the matcher reads no line of the report but the findings', () => {
  const lines = reportLines([finding({}), finding({ severity: 'warning', file: 'content/posts/de/alpha.md' })], 2);
  expect(lines.map((line) => annotationOf(line)?.severity)).toEqual(['error', 'warning', undefined]);
  for (const plain of ['(412 ms)', 'pr:verdict: the checks of /x judge a against b']) expect(annotationOf(plain), plain).toBeUndefined();
});

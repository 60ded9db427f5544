import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/lib/checks/diagnostic';
import { runContentChecks } from '../../src/lib/checks/run';
import { fixturePath } from '../helpers/paths';

// Each fixture with an expected.txt beside its content/ holds the smallest posts that break one
// rule (or, "valid", none); expected.txt is every line npm run check prints for them, in order.
const fixtures = ['valid', ...(await readdir(fixturePath('broken'))).map((name) => `broken/${name}`)].filter((fixture) =>
  existsSync(join(fixturePath(fixture), 'expected.txt')),
);

test('finds every fixture: only the two whose lines the commands’ tests hold have no expected.txt', async () => {
  const all = (await readdir(fixturePath('broken'))).map((name) => `broken/${name}`);
  expect(all.filter((fixture) => !fixtures.includes(fixture))).toEqual(['broken/built-guard', 'broken/gate']);
});

test.each(fixtures)('reports exactly the expected lines for %s, each with its file, line where it has one, and fix', async (fixture) => {
  const expected = (await readFile(join(fixturePath(fixture), 'expected.txt'), 'utf8')).trimEnd().split('\n');
  const { diagnostics } = await runContentChecks(fixturePath(fixture));
  const lines = diagnostics.map(formatDiagnostic);
  expect(lines).toEqual(expected);
  for (const line of lines) expect(line).toMatch(/^content\/\S+ (error|warning) .* Fix: .{10,}/);
});

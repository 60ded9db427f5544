import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Font } from 'satori';
import { describe, expect, test } from 'vitest';
import { breakSegments, fitText, shortenings, type FitBox } from '../../src/lib/meta/share-card-fit';

const require = createRequire(import.meta.url);
const fonts: Font[] = [
  {
    name: 'Inter',
    weight: 700,
    style: 'normal',
    data: await readFile(require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff')),
  },
];
const box: FitBox = {
  width: 600,
  sizes: [
    { fontSize: 60, maxLines: 2 },
    { fontSize: 40, maxLines: 3 },
  ],
  lineHeight: 1.1,
  fontWeight: 700,
  fontFamily: 'Inter',
};

describe('breakSegments', () => {
  test.each([
    ['Platform-API für alle', ['Platform-', 'API', 'für', 'alle']],
    ['  Zwei   Wörter ', ['Zwei', 'Wörter']],
    ['Plattformentwicklung', ['Plattformentwicklung']],
  ])('%j → %j', (text, expected) => {
    expect(breakSegments(text)).toEqual(expected);
  });
});

describe('shortenings', () => {
  test.each([
    ['Ein langer Titel, hier', ['Ein langer Titel…', 'Ein langer…', 'Ein…']],
    ['kcp: eine API', ['kcp: eine…', 'kcp…']],
    ['Einwort', []],
  ])('%j → %j', (text, expected) => {
    expect(shortenings(text)).toEqual(expected);
  });
});

describe('fitText', () => {
  test('keeps a short text whole, at the largest size', async () => {
    expect(await fitText('Kurz', box, fonts)).toEqual({ fontSize: 60, text: 'Kurz', lines: 1 });
  });

  test('sets a text too long for the largest size at the next, still whole', async () => {
    const text = 'Ein Titel, der bei sechzig Pixeln drei Zeilen bräuchte';
    expect(await fitText(text, box, fonts)).toMatchObject({ fontSize: 40, text });
  });

  test('takes a smaller size when one word is wider than a line at the larger one', async () => {
    expect(await fitText('Plattformentwicklung', box, fonts)).toMatchObject({ fontSize: 40, text: 'Plattformentwicklung', lines: 1 });
  });

  test('cuts only a text that fits no size, at a word boundary, with an ellipsis', async () => {
    const text = 'Ein sehr langer Titel mit vielen Wörtern, die auch bei der kleinsten Schrift nicht in drei Zeilen passen wollen';
    const fitted = await fitText(text, box, fonts);
    expect(fitted.fontSize).toBe(40);
    expect(fitted.lines).toBeLessThanOrEqual(3);
    expect(fitted.text).toMatch(/…$/);
    expect(text.startsWith(fitted.text.slice(0, -1))).toBe(true);
    expect(text.charAt(fitted.text.length - 1)).toMatch(/[\s,]/);
  });
});

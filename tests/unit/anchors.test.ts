import { describe, expect, test } from 'vitest';
import { mapAnchorsByPosition } from '../../src/lib/markdown/anchors';
import { carryFragment } from '../../src/lib/browser/carry-fragment';

describe('mapAnchorsByPosition', () => {
  test('maps headings whose ids differ, by position', () => {
    expect(
      mapAnchorsByPosition(
        [
          { depth: 2, slug: 'warum-alpha' },
          { depth: 3, slug: 'how-it-works' },
        ],
        [
          { depth: 2, slug: 'why-alpha' },
          { depth: 3, slug: 'how-it-works' },
        ],
      ),
    ).toEqual({ 'warum-alpha': 'why-alpha' });
  });

  test('stops where the two structures part', () => {
    expect(
      mapAnchorsByPosition(
        [
          { depth: 2, slug: 'a' },
          { depth: 2, slug: 'b' },
          { depth: 2, slug: 'c' },
        ],
        [
          { depth: 2, slug: 'x' },
          { depth: 3, slug: 'y' },
          { depth: 2, slug: 'z' },
        ],
      ),
    ).toEqual({ a: 'x' });
  });

  test('is empty when the translation shares every id', () => {
    const headings = [{ depth: 2, slug: 'what-kcp-is' }];
    expect(mapAnchorsByPosition(headings, headings)).toEqual({});
  });
});

describe('carryFragment', () => {
  test.each([
    ['/en/posts/x/', '#shift-left', {}, '/en/posts/x/#shift-left'],
    ['/en/posts/x/', '#warum', { warum: 'why' }, '/en/posts/x/#why'],
    ['/en/posts/x/', '', { warum: 'why' }, '/en/posts/x/'],
    ['/en/posts/x/#old', '#kcp', {}, '/en/posts/x/#kcp'],
    ['/de/posts/x/', '#%C3%BCber-uns', {}, '/de/posts/x/#%C3%BCber-uns'],
  ])('builds %j with %j', (target, hash, map, expected) => {
    expect(carryFragment(target, hash, map)).toBe(expected);
  });
});

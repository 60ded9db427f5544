import { randomUUID } from 'node:crypto';
import { renderAsync } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/lib/png-encoder';
import { drawShareImage, renderShareImage, shareImageSvg, SHARE_IMAGE_SIZE, type ShareCard } from '../../src/lib/share-image';
import { decodePng } from '../helpers/png-decode';

const cards: ShareCard[] = [
  { title: 'Rückblick: KubeCon + CloudNativeCon Europe 2024 in Paris „vor Ort“', session: undefined, event: 'KubeCon + CloudNativeCon Europe 2024 · Paris', label: 'Rückblick' },
  {
    title: 'Building a Platform Engineering API Layer with kcp, and a title long enough to wrap',
    session: 'Talk · Building a Platform Engineering API Layer with kcp',
    event: 'KubeCon + CloudNativeCon Europe 2024 · Paris',
    label: 'Highlight',
  },
];

describe('share images', () => {
  it.each(cards)('draws the same pixels as resvg’s own PNG encoder did ($label)', async (card) => {
    // The way cards were drawn before the encoder moved off the main thread.
    const reference = (await renderAsync(await shareImageSvg(card), { fitTo: { mode: 'width', value: SHARE_IMAGE_SIZE.width } })).asPng();
    const drawn = await drawShareImage(card);
    const before = decodePng(reference);
    const after = decodePng(drawn);
    expect([after.width, after.height]).toEqual([SHARE_IMAGE_SIZE.width, SHARE_IMAGE_SIZE.height]);
    expect([after.width, after.height]).toEqual([before.width, before.height]);
    expect(after.rgba.equals(before.rgba)).toBe(true);
    // Not a blank card: the title's white text is there.
    expect(after.rgba.includes(Buffer.from([0xff, 0xff, 0xff, 0xff]))).toBe(true);
  });

  it('encodes pixels that decode back unchanged, however many cards are encoded at once', async () => {
    const images = Array.from({ length: 6 }, (_, index) => Buffer.from(Array.from({ length: 3 * 2 * 4 }, (__, byte) => (index * 31 + byte * 7) & 0xff)));
    const pngs = await Promise.all(images.map((rgba) => encodePng(rgba, 3, 2)));
    pngs.forEach((png, index) => expect(decodePng(png).rgba.equals(images[index] as Buffer)).toBe(true));
  });

  it('names the size it expected when the pixels do not fit', async () => {
    await expect(encodePng(Buffer.alloc(10), 3, 2)).rejects.toThrow('expected 24 bytes for 3×2, got 10');
  });

  it('serves a card it drew before from the content-addressed cache', async () => {
    const card = { ...cards[0], title: `Cache probe ${randomUUID()}` } as ShareCard;
    const first = await renderShareImage(card);
    const second = await renderShareImage(card);
    expect(second.equals(first)).toBe(true);
    expect(decodePng(second).rgba.equals(decodePng(await drawShareImage(card)).rgba)).toBe(true);
  });
});

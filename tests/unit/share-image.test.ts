import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { useTranslations } from '../../src/i18n/ui';
import { assemblePng, combineAdler32, encodePng, encodePngSegment } from '../../src/lib/meta/png-encoder';
import {
  drawComposedShareImage,
  drawShareImage,
  drawShareImageInOnePass,
  renderShareImage,
  SHARE_CARD_BAND,
  SHARE_IMAGE_SIZE,
  type ShareCard,
} from '../../src/lib/meta/share-image';
import { EVENT } from '../../src/site';
import { decodePng, expectVisuallySame, pixelDifference } from '../helpers/png-decode';

const de = useTranslations('de');
const en = useTranslations('en');
const eventDe = `${EVENT.name} · ${de('event.place')}`;
const eventEn = `${EVENT.name} · ${en('event.place')}`;

// Every label of both languages, short and wrapping titles (68 px and 56 px), with and without
// a session line, German umlauts and quotes.
const cards: (ShareCard & { name: string })[] = [
  {
    name: 'short German recap title, no session',
    title: 'Rückblick: KubeCon Europe 2024 „vor Ort“',
    session: undefined,
    event: eventDe,
    label: de('home.recap'),
  },
  {
    name: 'wrapping title of more than 60 characters, with session',
    title: 'Building a Platform Engineering API Layer with kcp, and a title long enough to wrap',
    session: `${en('talk.kind.talk')} · Building a Platform Engineering API Layer with kcp`,
    event: eventEn,
    label: en('home.highlight'),
  },
  {
    name: 'German follow-up, umlauts and quotes',
    title: 'Übungen für Entwickler*innen: „Größe“ und ‚Maß‘',
    session: undefined,
    event: eventDe,
    label: de('home.followUp'),
  },
  { name: 'English recap', title: 'Our recap', session: undefined, event: eventEn, label: en('home.recap') },
  {
    name: 'English follow-up',
    title: 'Our first Dagger module, in “production”',
    session: undefined,
    event: eventEn,
    label: en('home.followUp'),
  },
  {
    name: 'German highlight, wrapping session line',
    title: 'Trustworthy SBOMs',
    session: `${de('talk.kind.workshop')} · Eine Sitzung mit einem sehr langen Titel, der in der Karte über zwei Zeilen umbrechen muss`,
    event: eventDe,
    label: de('home.highlight'),
  },
];

/** The chunks of a PNG, each with whether its CRC is right. */
function chunksOf(png: Buffer): { type: string; data: Buffer; crcIsRight: boolean }[] {
  const chunks = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    const data = png.subarray(offset + 8, offset + 8 + length);
    chunks.push({
      type: png.toString('latin1', offset + 4, offset + 8),
      data,
      crcIsRight: crc32(png.subarray(offset + 4, offset + 8 + length)) === png.readUInt32BE(offset + 8 + length),
    });
    offset += 12 + length;
  }
  return chunks;
}

/** Rows [from, to) of decoded RGBA pixels. */
const rows = (rgba: Buffer, from: number, to: number) => rgba.subarray(from * SHARE_IMAGE_SIZE.width * 4, to * SHARE_IMAGE_SIZE.width * 4);
const bandEnd = SHARE_CARD_BAND.top + SHARE_CARD_BAND.height;

describe('drawComposedShareImage', () => {
  it.each(cards)('draws the same pixels as Satori and resvg on the whole card in one pass ($name)', async (card) => {
    const onePass = decodePng(await drawShareImageInOnePass(card));
    const composed = decodePng(await drawComposedShareImage(card));
    expect([composed.width, composed.height]).toEqual([SHARE_IMAGE_SIZE.width, SHARE_IMAGE_SIZE.height]);
    expect([onePass.width, onePass.height]).toEqual([SHARE_IMAGE_SIZE.width, SHARE_IMAGE_SIZE.height]);
    expect(composed.rgba.equals(onePass.rgba)).toBe(true);
    // Not a blank card: the title's white text is in the band, and the frame has its label.
    expect(rows(composed.rgba, SHARE_CARD_BAND.top, bandEnd).includes(Buffer.from([0xff, 0xff, 0xff, 0xff]))).toBe(true);
    expect(rows(composed.rgba, 0, SHARE_CARD_BAND.top).includes(Buffer.from([0x9e, 0xcb, 0xff, 0xff]))).toBe(true);
  });

  it('writes a valid PNG: 8-bit RGB, right CRCs, one IDAT whose zlib stream inflates to height × (1 + 3 × width) bytes', async () => {
    const card = cards[1] as ShareCard;
    const png = await drawComposedShareImage(card);
    const chunks = chunksOf(png);
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(chunks.every((chunk) => chunk.crcIsRight)).toBe(true);
    const header = (chunks[0] as { data: Buffer }).data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9], header[12]]).toEqual([1200, 630, 8, 2, 0]);
    // inflateSync checks the stream's Adler-32 too, and throws if it is wrong.
    const scanlines = inflateSync((chunks[1] as { data: Buffer }).data);
    expect(scanlines.length).toBe(630 * (1 + 3 * 1200));
    for (let row = 0; row < 630; row += 1) expect(scanlines[row * (1 + 3 * 1200)]).toBe(0);
  });

  it('keeps a title too long for the band inside it: the label and the event line stay untouched', async () => {
    const frameOnly = decodePng(await drawComposedShareImage({ ...(cards[1] as ShareCard), title: 'x', session: undefined }));
    const overlong: ShareCard = {
      ...(cards[1] as ShareCard),
      title: 'A title of the longest length the content check allows, one hundred and twenty characters, to fill the card to the brim',
      // Session titles have no length limit: this one takes five lines.
      session: `${en('talk.kind.talk')} · ${'A session title that is far too long for the band, so that title and session overflow it at both ends. '.repeat(3)}`,
    };
    const composed = decodePng(await drawComposedShareImage(overlong));
    const onePass = decodePng(await drawShareImageInOnePass(overlong));
    // Drawn in one pass, the text runs into the label's and the bar's rows...
    expect(rows(onePass.rgba, 0, SHARE_CARD_BAND.top).equals(rows(frameOnly.rgba, 0, SHARE_CARD_BAND.top))).toBe(false);
    expect(rows(onePass.rgba, bandEnd, 630).equals(rows(frameOnly.rgba, bandEnd, 630))).toBe(false);
    // ...composed, it is cut at the band's edges, and the band is full of it.
    expect(rows(composed.rgba, 0, SHARE_CARD_BAND.top).equals(rows(frameOnly.rgba, 0, SHARE_CARD_BAND.top))).toBe(true);
    expect(rows(composed.rgba, bandEnd, 630).equals(rows(frameOnly.rgba, bandEnd, 630))).toBe(true);
    expect(
      rows(composed.rgba, SHARE_CARD_BAND.top, SHARE_CARD_BAND.top + 10).equals(
        rows(frameOnly.rgba, SHARE_CARD_BAND.top, SHARE_CARD_BAND.top + 10),
      ),
    ).toBe(false);
  });

  it('draws cards of the same frame side by side without mixing their bands', async () => {
    const drawn = await Promise.all(cards.map((card) => drawComposedShareImage(card)));
    const alone: Buffer[] = [];
    for (const card of cards) alone.push(await drawComposedShareImage(card));
    drawn.forEach((png, index) => expect(png.equals(alone[index] as Buffer)).toBe(true));
  });
});

describe('drawShareImage', () => {
  afterEach(() => {
    delete process.env.KUBECON_RECAP_LEVERS;
  });

  it('composes the card by default and draws it in one pass with KUBECON_RECAP_LEVERS=off', async () => {
    const card = cards[0] as ShareCard;
    expect((await drawShareImage(card)).equals(await drawComposedShareImage(card))).toBe(true);
    process.env.KUBECON_RECAP_LEVERS = 'off';
    expect((await drawShareImage(card)).equals(await drawShareImageInOnePass(card))).toBe(true);
  });
});

describe('renderShareImage', () => {
  afterEach(() => {
    delete process.env.KUBECON_RECAP_LEVERS;
  });

  it('serves a card it drew before from the content-addressed cache', async () => {
    const card = { ...cards[0], title: `Cache probe ${randomUUID()}` } as ShareCard;
    const first = await renderShareImage(card);
    const second = await renderShareImage(card);
    expect(second.equals(first)).toBe(true);
    expect(first.equals(await drawComposedShareImage(card))).toBe(true);
  });

  it('caches the cards drawn with the levers off apart, so that such a build really draws them the old way', async () => {
    const card = { ...cards[1], title: `Cache probe ${randomUUID()}` } as ShareCard;
    const composed = await renderShareImage(card);
    process.env.KUBECON_RECAP_LEVERS = 'off';
    const onePass = await renderShareImage(card);
    // Same pixels, different files: the one-pass encoder lets zlib deflate the card whole.
    expect(onePass.equals(composed)).toBe(false);
    expect(onePass.equals(await drawShareImageInOnePass(card))).toBe(true);
    expectVisuallySame(decodePng(onePass).rgba, decodePng(composed).rgba, 'one pass against composed');
  });
});

/** Opaque RGBA pixels that vary, so that deflate has something to do. */
function opaquePixels(width: number, height: number, seed: number): Buffer {
  const pixels = Buffer.alloc(width * height * 4);
  for (let index = 0; index < pixels.length; index += 1)
    pixels[index] = index % 4 === 3 ? 0xff : (seed * 31 + index * 7 + ((index * index) >> 3)) & 0xff;
  return pixels;
}

describe('expectVisuallySame', () => {
  it('accepts a single anti-aliased pixel and refuses a visible change', () => {
    const base = opaquePixels(40, 30, 1);
    const onePixel = Buffer.from(base);
    onePixel[4 * 37] = ((onePixel[4 * 37] ?? 0) + 15) & 0xff;
    expect(pixelDifference(base, onePixel)).toEqual({ pixels: 1, maxChannel: 15 });
    expect(() => expectVisuallySame(base, onePixel, 'one pixel')).not.toThrow();
    const shifted = opaquePixels(40, 30, 2);
    expect(() => expectVisuallySame(base, shifted, 'another image')).toThrow(/another image: \d+ pixels differ/);
  });
});

describe('encodePng', () => {
  it('encodes pixels that decode back unchanged, however many images are encoded at once', async () => {
    const images = Array.from({ length: 6 }, (_, index) => opaquePixels(5, 3, index));
    const pngs = await Promise.all(images.map((rgba) => encodePng(rgba, 5, 3)));
    pngs.forEach((png, index) => expect(decodePng(png).rgba.equals(images[index] as Buffer)).toBe(true));
  });

  it('names the size it expected when the pixels do not fit', async () => {
    await expect(encodePng(Buffer.alloc(10), 3, 2)).rejects.toThrow('expected 24 bytes for 3×2, got 10');
  });

  it('refuses transparent pixels rather than dropping their alpha', async () => {
    const pixels = opaquePixels(5, 2, 1);
    pixels[4 * 7 + 3] = 0x80;
    await expect(encodePng(pixels, 5, 2)).rejects.toThrow('transparent pixels');
  });
});

describe('assemblePng', () => {
  it.each([
    ['a width that is a multiple of 4', 8],
    ['a width that is not', 7],
  ])('joins segments deflated apart into one PNG of all their rows (%s)', async (_, width) => {
    const heights = [3, 40, 1];
    const parts = heights.map((height, index) => opaquePixels(width, height, index));
    const png = assemblePng(await Promise.all(parts.map((rgba, index) => encodePngSegment(rgba, width, heights[index] as number))));
    const decoded = decodePng(png);
    expect([decoded.width, decoded.height]).toEqual([width, 44]);
    expect(decoded.rgba.equals(Buffer.concat(parts))).toBe(true);
    const idat = chunksOf(png).find((chunk) => chunk.type === 'IDAT') as { data: Buffer };
    expect(inflateSync(idat.data).length).toBe(44 * (1 + 3 * width));
  });

  it('refuses segments of different widths', async () => {
    const segments = await Promise.all([encodePngSegment(opaquePixels(4, 1, 0), 4, 1), encodePngSegment(opaquePixels(5, 1, 0), 5, 1)]);
    expect(() => assemblePng(segments)).toThrow('different widths');
  });
});

describe('combineAdler32', () => {
  // zlib's own Adler-32, read from the end of a zlib stream.
  const adler32 = (bytes: Buffer) => {
    const stream = deflateSync(bytes);
    return stream.readUInt32BE(stream.length - 4);
  };

  it.each([
    ['ab', 'c'],
    ['', 'abc'],
    ['abc', ''],
    ['x'.repeat(70_000), 'y'.repeat(131_072)],
    ['\xff'.repeat(5553), '\xfe'.repeat(65_521)],
  ])('gives the Adler-32 of the two runs end to end (%#)', (first, second) => {
    const [a, b] = [Buffer.from(first, 'latin1'), Buffer.from(second, 'latin1')];
    expect(combineAdler32(adler32(a), adler32(b), b.length)).toBe(adler32(Buffer.concat([a, b])));
  });
});

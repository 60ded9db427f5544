import { randomUUID } from 'node:crypto';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui';
import { drawShareImage, renderShareImage, shareImageSvg, SHARE_IMAGE_SIZE, type ShareCard } from '../../src/lib/meta/share-image';
import { EVENT } from '../../src/site';

const de = useTranslations('de');
const en = useTranslations('en');
const eventDe = `${EVENT.name} · ${de('event.place')}`;
const eventEn = `${EVENT.name} · ${en('event.place')}`;

// Every label of both languages, short and wrapping titles (68 px and 56 px), with and without
// a session line, German umlauts and quotes.
const cards: (ShareCard & { name: string })[] = [
  { name: 'German recap', title: 'Rückblick: KubeCon Europe 2024 „vor Ort“', session: undefined, event: eventDe, label: de('home.recap') },
  {
    name: 'English highlight, wrapping title',
    title: 'Building a Platform Engineering API Layer with kcp, and a title long enough to wrap',
    session: `${en('talk.kind.talk')} · Building a Platform Engineering API Layer with kcp`,
    event: eventEn,
    label: en('home.highlight'),
  },
  {
    name: 'German follow-up',
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
    name: 'German highlight, wrapping session',
    title: 'Trustworthy SBOMs',
    session: `${de('talk.kind.workshop')} · Eine Sitzung mit einem sehr langen Titel, der in der Karte über zwei Zeilen umbrechen muss`,
    event: eventDe,
    label: de('home.highlight'),
  },
];

/** Width and height from a PNG's header, after checking its signature. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** Rows [from, to) of the card's pixels, as resvg rasterises its SVG. */
async function rows(card: ShareCard, from: number, to: number): Promise<Buffer> {
  const pixels = new Resvg(await shareImageSvg(card), { font: { loadSystemFonts: false } }).render().pixels;
  return pixels.subarray(from * SHARE_IMAGE_SIZE.width * 4, to * SHARE_IMAGE_SIZE.width * 4);
}

describe('drawShareImage', () => {
  it.each(cards)('draws a PNG of the card’s size ($name)', async (card) => {
    expect(pngSize(await drawShareImage(card))).toEqual([SHARE_IMAGE_SIZE.width, SHARE_IMAGE_SIZE.height]);
  });

  it('keeps the longest title and session off the label and the event line', async () => {
    const short: ShareCard = { ...(cards[1] as ShareCard), title: 'x', session: undefined };
    const overlong: ShareCard = {
      ...short,
      title: 'A title of the longest length the content check allows, one hundred and twenty characters, to fill the card to the brim',
      // Session titles have no length limit: this one would take five lines.
      session: `${en('talk.kind.talk')} · ${'A session title that is far too long for the card, so that title and session would overflow it. '.repeat(3)}`,
    };
    // The label ends at row 98 (padding and one line of 28 px), the bar starts at row 506.
    expect((await rows(overlong, 0, 98)).equals(await rows(short, 0, 98))).toBe(true);
    expect((await rows(overlong, 506, 630)).equals(await rows(short, 506, 630))).toBe(true);
    // The text is there, just kept in its place.
    expect((await rows(overlong, 98, 506)).equals(await rows(short, 98, 506))).toBe(false);
  });
});

describe('renderShareImage', () => {
  it('serves a card it drew before from the content-addressed cache, and draws a changed text anew', async () => {
    // Short enough never to be cut with an ellipsis, so a changed word must change the picture.
    const card = { ...cards[0], title: `Cache probe ${randomUUID().slice(0, 8)}` } as ShareCard;
    const first = await renderShareImage(card);
    expect((await renderShareImage(card)).equals(first)).toBe(true);
    expect((await renderShareImage({ ...card, title: `Changed ${card.title}` })).equals(first)).toBe(false);
  });
});

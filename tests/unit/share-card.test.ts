import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { useTranslations } from '../../src/i18n/ui';
import { SHARE_CARD_COLOURS, SHARE_CARD_LAYOUT, SHARE_IMAGE_SIZE, titleSize, type ShareCard } from '../../src/lib/share-card/card-layout';
import { finishDrawing, shareCardPng } from '../../src/lib/share-card/share-cards';
import { EVENT } from '../../src/site';

afterAll(() => finishDrawing());

const t = { de: useTranslations('de'), en: useTranslations('en') };
const KICKERS = { recap: 'home.recap', highlight: 'home.highlight', followUp: 'home.followUp' } as const;

/** A card as the site makes it: kicker and event line in the post's language. */
function card(name: string, locale: Locale, kind: keyof typeof KICKERS, title: string, session?: string): ShareCard & { name: string } {
  const event = `${EVENT.name} · ${t[locale]('event.place')}`;
  return { name, title, session, event, kicker: `${t[locale](KICKERS[kind])} · ${EVENT.shortName}` };
}

// Every kicker of both languages, short and wrapping titles, with and without a session line,
// German umlauts and quotes.
const cards = [
  card('German recap', 'de', 'recap', 'Rückblick: KubeCon Europe 2024 „vor Ort“'),
  card(
    'English highlight, wrapping title',
    'en',
    'highlight',
    'Building a Platform Engineering API Layer with kcp, and a title long enough to wrap',
    `${t.en('talk.kind.talk')} · Building a Platform Engineering API Layer with kcp`,
  ),
  card('German follow-up', 'de', 'followUp', 'Übungen für Entwickler*innen: „Größe“ und ‚Maß‘'),
  card('English recap', 'en', 'recap', 'Our recap'),
  card('English follow-up', 'en', 'followUp', 'Our first Dagger module, in “production”'),
  card(
    'German highlight, wrapping session',
    'de',
    'highlight',
    'Trustworthy SBOMs',
    `${t.de('talk.kind.workshop')} · Eine Sitzung mit einem sehr langen Titel, der in der Karte über zwei Zeilen umbrechen muss`,
  ),
];

/** Width and height from a PNG's header, after checking its signature. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** The card's pixels (RGBA), decoded from the PNG the site publishes. */
async function pixelsOf(card: ShareCard): Promise<Buffer> {
  return sharp(await shareCardPng(card))
    .ensureAlpha()
    .raw()
    .toBuffer();
}

const hex = (colour: string) => [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16)).join(',');

/**
 * Every pixel of the rectangle whose colour is not `colour`, as "x,y" (the first few): a text
 * that ran out of its column, or into the band, leaves pixels there.
 */
function strayPixels(pixels: Buffer, colour: string, [left, top, right, bottom]: readonly [number, number, number, number]): string[] {
  const expected = hex(colour);
  const stray: string[] = [];
  for (let y = top; y < bottom && stray.length < 5; y++) {
    for (let x = left; x < right && stray.length < 5; x++) {
      const at = (y * SHARE_IMAGE_SIZE.width + x) * 4;
      if ([...pixels.subarray(at, at + 3)].join(',') !== expected) stray.push(`${x},${y}`);
    }
  }
  return stray;
}

const { width, height } = SHARE_IMAGE_SIZE;
const { marginInline, bandHeight } = SHARE_CARD_LAYOUT;
const bandTop = height - bandHeight;

// The longest titles an author could plausibly write (the schema allows 120 characters), German
// compounds longer than a line among them, and sessions of any length (the schema sets none).
const overlong = [
  card(
    'German compounds, 120 characters',
    'de',
    'followUp',
    'Plattformentwicklungsschnittstellenarchitekturen und Kubernetes-Clusterverwaltungswerkzeuge für Entwickler*innen im Betrieb',
    `${t.de('talk.kind.workshop')} · ${'Eine Sitzung mit einem sehr langen Titel, der umbrechen und am Ende gekürzt werden muss. '.repeat(3)}`,
  ),
  card(
    'one word longer than a line',
    'de',
    'recap',
    'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaftsversicherungsbedingungen',
  ),
  card(
    'English, 120 characters of short words',
    'en',
    'highlight',
    'A title of the longest length the content check allows, one hundred and twenty characters, to fill the card to the brim',
    `${t.en('talk.kind.talk')} · ${'A session title that is far too long for the card, so that title and session would overflow it. '.repeat(3)}`,
  ),
];

describe('shareCardPng', () => {
  it.each(cards)('draws a PNG of the card’s size ($name)', async (card) => {
    expect(pngSize(await shareCardPng(card))).toEqual([width, height]);
  });

  it.each([...cards, ...overlong])('draws nothing outside the text column or over the band ($name)', async (card) => {
    const pixels = await pixelsOf(card);
    // The paper's margins left and right of the text column, and the strip above the band.
    expect(strayPixels(pixels, SHARE_CARD_COLOURS.paper, [0, 0, marginInline, bandTop])).toEqual([]);
    expect(strayPixels(pixels, SHARE_CARD_COLOURS.paper, [width - marginInline, 0, width, bandTop])).toEqual([]);
    expect(strayPixels(pixels, SHARE_CARD_COLOURS.paper, [0, bandTop - 16, width, bandTop])).toEqual([]);
    // The band's own margins.
    expect(strayPixels(pixels, SHARE_CARD_COLOURS.accent, [0, bandTop, marginInline, height])).toEqual([]);
    expect(strayPixels(pixels, SHARE_CARD_COLOURS.accent, [width - marginInline, bandTop, width, height])).toEqual([]);
  });

  it('draws a title that fits whole, and the text column is where it is drawn', async () => {
    const card = cards[3] as ShareCard;
    const pixels = await pixelsOf(card);
    expect(strayPixels(pixels, SHARE_CARD_COLOURS.paper, [marginInline, 0, width - marginInline, bandTop])).not.toEqual([]);
  });
});

describe('shareCardPng’s cache', () => {
  it('serves a card it drew before from the content-addressed cache, and draws a changed text anew', async () => {
    // Short enough never to be cut with an ellipsis, so a changed word must change the picture.
    const card = { ...cards[0], title: `Cache probe ${randomUUID().slice(0, 8)}` } as ShareCard;
    const first = await shareCardPng(card);
    expect((await shareCardPng(card)).equals(first)).toBe(true);
    expect((await shareCardPng({ ...card, title: `Changed ${card.title}` })).equals(first)).toBe(false);
  });
});

it.each([
  ['Trustworthy SBOMs', { fontSize: 68, lines: 3 }],
  ['x'.repeat(60), { fontSize: 68, lines: 3 }],
  ['x'.repeat(61), { fontSize: 60, lines: 3 }],
  ['x'.repeat(81), { fontSize: 50, lines: 4 }],
])('titleSize sets %j at %j', (title, size) => {
  expect(titleSize(title)).toEqual(size);
});

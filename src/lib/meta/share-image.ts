import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { SITE_TITLE } from '../../site';
import { SHARE_CARD_SUBSETS } from '../checks/share-card-glyphs';
import { fitText, type FitBox, type FittedText } from './share-card-fit';

/** What a share image shows, already in the post's language. */
export interface ShareCard {
  title: string;
  /** The session line, e.g. "Talk · Building a Platform Engineering API Layer with kcp". */
  session: string | undefined;
  /** The event line, e.g. "KubeCon + CloudNativeCon Europe 2024 · Paris". */
  event: string;
  /** The red line above the title, as posts have it, e.g. "Highlight · KubeCon Europe 2024". */
  kicker: string;
}

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

// Bump when the design changes, so cached images are drawn again.
const DESIGN_VERSION = 8;
// Beside Astro's own cache (astro.config.ts), so each copy of the project has its own.
const CACHE_DIR = join(process.cwd(), '.astro', 'cache', 'share-images');

const require = createRequire(import.meta.url);
let fonts: Promise<Font[]> | undefined;

/**
 * Inter from npm (@fontsource/inter), every subset it has, so that Satori finds a glyph for
 * every character the content check lets through; nothing is fetched from a font service.
 */
function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    SHARE_CARD_SUBSETS.flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({
        // One family per subset: Satori does not merge files of the same family name.
        name: `Inter ${subset}`,
        weight,
        style: 'normal' as const,
        data: await readFile(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
      })),
    ),
  );
  return fonts;
}

/**
 * The site's light colours (src/styles/tokens.css): paper ground, ink text, the blue accent
 * and the red kicker. A card is a picture in someone else's page, so it has one scheme.
 */
export const SHARE_CARD_COLOURS = {
  paper: '#faf9f6',
  ink: '#1a1d23',
  muted: '#535b68',
  accent: '#2b45c2',
  onAccent: '#ffffff',
  kicker: '#b0302a',
} as const;

/** The card's grid, in pixels: the text column and the blue band at the foot. */
export const SHARE_CARD_LAYOUT = { marginInline: 72, marginTop: 56, bandHeight: 96 } as const;
const TEXT_WIDTH = SHARE_IMAGE_SIZE.width - 2 * SHARE_CARD_LAYOUT.marginInline;
const FONT_FAMILY = SHARE_CARD_SUBSETS.map((subset) => `Inter ${subset}`).join(', ');

// The title takes three lines at most, four at its smallest size; the session line two.
// Together they fill the space between the kicker and the band, and never more.
const TITLE_BOX: FitBox = {
  width: TEXT_WIDTH,
  sizes: [
    { fontSize: 68, maxLines: 3 },
    { fontSize: 60, maxLines: 3 },
    { fontSize: 50, maxLines: 4 },
  ],
  lineHeight: 1.12,
  fontWeight: 700,
  fontFamily: FONT_FAMILY,
};
const SESSION_BOX: FitBox = {
  width: TEXT_WIDTH,
  sizes: [{ fontSize: 28, maxLines: 2 }],
  lineHeight: 1.3,
  fontWeight: 400,
  fontFamily: FONT_FAMILY,
};
const EVENT_BOX: FitBox = {
  width: TEXT_WIDTH,
  sizes: [
    { fontSize: 28, maxLines: 1 },
    { fontSize: 22, maxLines: 1 },
  ],
  lineHeight: 1.2,
  fontWeight: 700,
  fontFamily: FONT_FAMILY,
};
const KICKER_BOX: FitBox = {
  width: TEXT_WIDTH - 80,
  sizes: [{ fontSize: 22, maxLines: 1 }],
  lineHeight: 1.2,
  fontWeight: 700,
  fontFamily: FONT_FAMILY,
  letterSpacing: 2,
};

type Style = Record<string, string | number>;
type Node = { type: 'div'; props: { style: Style; children: (Node | string)[] | string } };
const box = (style: Style, children: Node['props']['children']): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});
const text = (fitted: FittedText, fitBox: FitBox, style: Style): Node =>
  box(
    {
      width: `${fitBox.width}px`,
      fontSize: fitted.fontSize,
      lineHeight: fitBox.lineHeight,
      fontWeight: fitBox.fontWeight,
      // Only ever used for a word longer than a line: fitText measured the text so.
      overflowWrap: 'anywhere',
      ...(fitBox.letterSpacing === undefined ? {} : { letterSpacing: fitBox.letterSpacing }),
      ...style,
    },
    fitted.text,
  );

/** The site's mark, as its header shows it: "EU 24" on the blue square. */
const siteMark = (): Node =>
  box(
    {
      width: '64px',
      height: '64px',
      flexDirection: 'column',
      alignItems: 'center',
      justifyContent: 'center',
      borderRadius: '12px',
      background: SHARE_CARD_COLOURS.accent,
      color: SHARE_CARD_COLOURS.onAccent,
      fontSize: 20,
      fontWeight: 700,
      lineHeight: 1.05,
      letterSpacing: 1,
    },
    [box({}, 'EU'), box({}, '24')],
  );

/**
 * The card, like a post's first screen: the site's mark and name, the red kicker, the title,
 * the session; the event line on a blue band at the foot. Every text is set by `fitText` to
 * stay inside its column: wrapped, made smaller, and only as a last resort cut with "…".
 */
async function cardTree(card: ShareCard): Promise<Node> {
  const loaded = await loadFonts();
  const [kicker, title, session, event] = await Promise.all([
    fitText(card.kicker.toUpperCase(), KICKER_BOX, loaded),
    fitText(card.title, TITLE_BOX, loaded),
    card.session ? fitText(card.session, SESSION_BOX, loaded) : undefined,
    fitText(card.event, EVENT_BOX, loaded),
  ]);
  const { marginInline, marginTop, bandHeight } = SHARE_CARD_LAYOUT;
  return box(
    {
      width: `${SHARE_IMAGE_SIZE.width}px`,
      height: `${SHARE_IMAGE_SIZE.height}px`,
      flexDirection: 'column',
      background: SHARE_CARD_COLOURS.paper,
      color: SHARE_CARD_COLOURS.ink,
      fontFamily: FONT_FAMILY,
    },
    [
      box({ flexDirection: 'column', flexGrow: 1, padding: `${marginTop}px ${marginInline}px 0` }, [
        box({ alignItems: 'center', gap: '20px' }, [siteMark(), box({ fontSize: 28, fontWeight: 700 }, SITE_TITLE)]),
        box({ flexGrow: 1, flexDirection: 'column', justifyContent: 'center', paddingBottom: '24px' }, [
          text(kicker, KICKER_BOX, { color: SHARE_CARD_COLOURS.kicker, marginBottom: '14px' }),
          text(title, TITLE_BOX, { color: SHARE_CARD_COLOURS.ink }),
          ...(session ? [text(session, SESSION_BOX, { color: SHARE_CARD_COLOURS.muted, marginTop: '18px' })] : []),
        ]),
      ]),
      box(
        {
          height: `${bandHeight}px`,
          flexShrink: 0,
          alignItems: 'center',
          padding: `0 ${marginInline}px`,
          background: SHARE_CARD_COLOURS.accent,
          color: SHARE_CARD_COLOURS.onAccent,
        },
        [text(event, EVENT_BOX, {})],
      ),
    ],
  );
}

/** The card as SVG, laid out by Satori, text drawn as paths. */
export async function shareImageSvg(card: ShareCard): Promise<string> {
  return satori((await cardTree(card)) as Parameters<typeof satori>[0], { ...SHARE_IMAGE_SIZE, fonts: await loadFonts() });
}

/**
 * The card as PNG: resvg rasterises off the main thread (renderAsync) and writes the PNG
 * itself. Satori draws text as paths, so resvg needs no fonts: loading the system's, which it
 * does by default, took 40 % of its time per card.
 */
export async function drawShareImage(card: ShareCard): Promise<Buffer> {
  const image = await renderAsync(await shareImageSvg(card), { font: { loadSystemFonts: false } });
  return image.asPng();
}

/**
 * The PNG share image of a post, drawn at build time and cached by its text and the design's
 * version, so a rebuild only draws the cards whose text changed.
 */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const key = createHash('sha256').update(JSON.stringify({ card, DESIGN_VERSION })).digest('hex').slice(0, 32);
  const cached = join(CACHE_DIR, `${key}.png`);
  const hit = await readFile(cached).catch(() => undefined);
  if (hit) return hit;
  const png = await drawShareImage(card);
  await mkdir(CACHE_DIR, { recursive: true });
  // Written beside and renamed into place, so a build running alongside never reads half a card.
  const partial = `${cached}.${process.pid}.partial`;
  await writeFile(partial, png);
  await rename(partial, cached);
  return png;
}

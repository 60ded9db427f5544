import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { leversOff } from '../levers';
import { assemblePng, encodePng, encodePngSegment, type PngSegment } from './png-encoder';
import { SHARE_CARD_SUBSETS } from '../checks/share-card-glyphs';

/** What a share image shows, already in the post's language. */
export interface ShareCard {
  title: string;
  /** The session line, e.g. "Talk · Building a Platform Engineering API Layer with kcp". */
  session: string | undefined;
  /** The event line, e.g. "KubeCon + CloudNativeCon Europe 2024 · Paris". */
  event: string;
  /** A short label in the corner, e.g. "Rückblick" or "Highlight". */
  label: string;
}

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

// Bump when the design changes, so cached images are drawn again.
const DESIGN_VERSION = 6;
// Beside Astro's own cache (astro.config.ts), so each copy of the project has its own.
const CACHE_DIR = join(process.cwd(), '.astro', 'cache', 'share-images');

const require = createRequire(import.meta.url);
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

/**
 * Inter from npm (@fontsource/inter), every subset it has, so that Satori finds a glyph for
 * every character the content check lets through; nothing is fetched from a font service.
 */
function loadFonts() {
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

type Node = { type: string; props: { style?: Record<string, string | number>; children?: (Node | string)[] | Node | string } };
const box = (style: Record<string, string | number>, children: (Node | string)[] | Node | string): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

// The card's rows: padding, the label, the band (title and session), the event block, padding.
// Fixed whole-pixel heights put the band at known rows, so the frame around it can be drawn
// once and reused. The label and event lines are one line of 28 px Inter (33.9 px tall).
const PADDING = { block: 64, inline: 72 } as const;
const LABEL_HEIGHT = 34;
const EVENT_BLOCK_HEIGHT = 6 + 20 + 34; // bar, gap, event line
/** The rows of the card that differ from post to post: [top, top + height). */
export const SHARE_CARD_BAND = {
  top: PADDING.block + LABEL_HEIGHT,
  height: SHARE_IMAGE_SIZE.height - 2 * PADDING.block - LABEL_HEIGHT - EVENT_BLOCK_HEIGHT,
} as const;

/** The root of a drawing: the card's background, font and colour, `height` px tall in all. */
function canvas(height: number, paddingBlock: number, children: Node[]): Node {
  return box(
    {
      // Satori sizes the content box: padding comes on top of width and height.
      width: `${SHARE_IMAGE_SIZE.width - 2 * PADDING.inline}px`,
      height: `${height - 2 * paddingBlock}px`,
      flexDirection: 'column',
      padding: `${paddingBlock}px ${PADDING.inline}px`,
      background: '#0b2545',
      color: '#ffffff',
      fontFamily: SHARE_CARD_SUBSETS.map((subset) => `Inter ${subset}`).join(', '),
    },
    children,
  );
}

/**
 * The name of a card in the cache: its text and the design's version. The two ways of drawing
 * are cached apart, so that a build with the levers off really draws.
 */
export function shareImageKey(card: ShareCard): string {
  return createHash('sha256')
    .update(JSON.stringify({ card, DESIGN_VERSION, singlePass: leversOff() }))
    .digest('hex')
    .slice(0, 32);
}

/** Cards another process draws into the cache while this one builds (src/integrations/share-cards-ahead.ts). */
export interface CardsDrawnAhead {
  /** Settles once the card is in the cache, or at once when this process should draw it itself. */
  waitOrClaim(key: string): Promise<void>;
}

// On globalThis: the integration sets it, the bundled share.png route reads it.
export const CARDS_DRAWN_AHEAD = Symbol.for('kubecon-recap.cards-drawn-ahead');

/**
 * The title and session, centred in the band. A title too long for it is cut at the band's
 * edges by the band's own canvas rather than drawn over the label or the event line. (Not by
 * `overflow: hidden`: Satori draws that as a mask, which doubled resvg's time per band.)
 */
function band(card: Pick<ShareCard, 'title' | 'session'> | undefined): Node {
  return box(
    { height: `${SHARE_CARD_BAND.height}px`, flexShrink: 0, flexDirection: 'column', justifyContent: 'center' },
    card
      ? box({ flexDirection: 'column', flexShrink: 0, gap: '24px' }, [
          box({ fontSize: card.title.length > 60 ? 56 : 68, fontWeight: 700, lineHeight: 1.1 }, card.title),
          ...(card.session ? [box({ fontSize: 30, color: '#d7e6f7', lineHeight: 1.3 }, card.session)] : []),
        ])
      : [],
  );
}

/** The whole card; without a band's text, the frame that every card with this label and event shares. */
function cardTree(frame: Pick<ShareCard, 'label' | 'event'>, text: Pick<ShareCard, 'title' | 'session'> | undefined): Node {
  return canvas(SHARE_IMAGE_SIZE.height, PADDING.block, [
    box({ height: `${LABEL_HEIGHT}px`, flexShrink: 0, fontSize: 28, fontWeight: 700, color: '#9ecbff' }, frame.label),
    band(text),
    box({ height: `${EVENT_BLOCK_HEIGHT}px`, flexShrink: 0, flexDirection: 'column', gap: '20px' }, [
      box({ width: '160px', height: '6px', background: '#9ecbff' }, []),
      box({ height: '34px', fontSize: 28, color: '#d7e6f7' }, frame.event),
    ]),
  ]);
}

async function svgOf(tree: Node, height: number): Promise<string> {
  return satori(tree as Parameters<typeof satori>[0], { width: SHARE_IMAGE_SIZE.width, height, fonts: await loadFonts() });
}

/** The whole card's SVG, laid out by Satori in one pass (the reference the composed card must match). */
export async function shareImageSvg(card: ShareCard): Promise<string> {
  return svgOf(cardTree(card, card), SHARE_IMAGE_SIZE.height);
}

/**
 * The SVG's pixels, rasterised by resvg on libuv's thread pool (its synchronous asPng() would
 * encode on the main thread). Satori draws text as paths, so resvg needs no fonts: loading the
 * system's fonts, which it does by default, took 40 % of its time per card.
 */
async function rasterise(svg: string, { systemFonts = false } = {}) {
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE_SIZE.width }, font: { loadSystemFonts: systemFonts } });
  return { pixels: image.pixels, width: image.width, height: image.height };
}

/**
 * The PNG share image of a post, drawn at build time and cached by content, so a rebuild only
 * draws the cards whose text changed.
 */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const key = shareImageKey(card);
  await (globalThis as { [CARDS_DRAWN_AHEAD]?: CardsDrawnAhead })[CARDS_DRAWN_AHEAD]?.waitOrClaim(key);
  const cached = join(CACHE_DIR, `${key}.png`);
  const hit = await readFile(cached).catch(() => undefined);
  if (hit) return hit;
  const png = await drawShareImage(card);
  await mkdir(CACHE_DIR, { recursive: true });
  await writeFile(cached, png);
  return png;
}

/**
 * Draws a card without the cache: the frame once per label and event, then only the band
 * per post; or, with `KUBECON_RECAP_LEVERS=off`, the whole card in one pass.
 */
export async function drawShareImage(card: ShareCard): Promise<Buffer> {
  return leversOff() ? drawShareImageInOnePass(card) : drawComposedShareImage(card);
}

/**
 * The card as one drawing, as before the levers: Satori on the whole tree, resvg (with its
 * default font loading) on the full canvas, one deflate.
 */
export async function drawShareImageInOnePass(card: ShareCard): Promise<Buffer> {
  const image = await rasterise(await shareImageSvg(card), { systemFonts: true });
  return encodePng(image.pixels, image.width, image.height);
}

interface Frame {
  above: PngSegment;
  below: PngSegment;
}

// A handful per build (three labels × two locales), each a few kilobytes once deflated.
const frames = new Map<string, Promise<Frame>>();

async function drawFrame(card: Pick<ShareCard, 'label' | 'event'>): Promise<Frame> {
  const { pixels, width, height } = await rasterise(await svgOf(cardTree(card, undefined), SHARE_IMAGE_SIZE.height));
  const bandEnd = SHARE_CARD_BAND.top + SHARE_CARD_BAND.height;
  const [above, below] = await Promise.all([
    encodePngSegment(pixels.subarray(0, SHARE_CARD_BAND.top * width * 4), width, SHARE_CARD_BAND.top),
    encodePngSegment(pixels.subarray(bandEnd * width * 4), width, height - bandEnd),
  ]);
  return { above, below };
}

/** The frame for a label and an event line, drawn and deflated once per build. */
function frameFor(card: Pick<ShareCard, 'label' | 'event'>): Promise<Frame> {
  const key = JSON.stringify([card.label, card.event]);
  let frame = frames.get(key);
  if (!frame) {
    frame = drawFrame(card);
    frames.set(key, frame);
    // A failed drawing is not kept: the next card tries again and reports its own error.
    frame.catch(() => frames.delete(key));
  }
  return frame;
}

/**
 * The card composed from its frame and its band: Satori lays out only the title and session,
 * resvg rasterises only the band's rows, and only they are deflated; the PNG's zlib stream
 * joins the frame's deflated rows and the band's.
 */
export async function drawComposedShareImage(card: ShareCard): Promise<Buffer> {
  const framePromise = frameFor(card);
  const { pixels, width } = await rasterise(await svgOf(canvas(SHARE_CARD_BAND.height, 0, [band(card)]), SHARE_CARD_BAND.height));
  const middle = await encodePngSegment(pixels, width, SHARE_CARD_BAND.height);
  const { above, below } = await framePromise;
  return assemblePng([above, middle, below]);
}

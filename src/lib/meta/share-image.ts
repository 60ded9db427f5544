import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
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
const DESIGN_VERSION = 7;
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

type Style = Record<string, string | number>;
type Node = { type: 'div'; props: { style: Style; children: (Node | string)[] | string } };
const box = (style: Style, children: Node['props']['children']): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});
// `lineClamp` needs a block; it ends a text too long for its lines with an ellipsis.
const lines = (count: number, style: Style, text: string): Node => box({ display: 'block', lineClamp: count, ...style }, text);

/**
 * The card: the label, then title and session centred in the space left, then a bar and the
 * event line. Title and session are cut to as many lines as fit, so that even the longest
 * (sessions have no length limit) never runs over the label or the event line.
 */
function cardTree(card: ShareCard): Node {
  const longTitle = card.title.length > 60;
  return box(
    {
      // Satori sizes the content box: padding comes on top of width and height.
      width: `${SHARE_IMAGE_SIZE.width - 2 * 72}px`,
      height: `${SHARE_IMAGE_SIZE.height - 2 * 64}px`,
      flexDirection: 'column',
      padding: '64px 72px',
      background: '#0b2545',
      color: '#ffffff',
      fontFamily: SHARE_CARD_SUBSETS.map((subset) => `Inter ${subset}`).join(', '),
    },
    [
      box({ fontSize: 28, fontWeight: 700, color: '#9ecbff' }, card.label),
      box({ flexGrow: 1, flexDirection: 'column', justifyContent: 'center', gap: '24px' }, [
        lines(longTitle ? 4 : 3, { fontSize: longTitle ? 56 : 68, fontWeight: 700, lineHeight: 1.1 }, card.title),
        ...(card.session ? [lines(longTitle ? 2 : 3, { fontSize: 30, color: '#d7e6f7', lineHeight: 1.3 }, card.session)] : []),
      ]),
      box({ width: '160px', height: '6px', marginBottom: '20px', background: '#9ecbff' }, []),
      box({ fontSize: 28, color: '#d7e6f7' }, card.event),
    ],
  );
}

/** The card as SVG, laid out by Satori, text drawn as paths. */
export async function shareImageSvg(card: ShareCard): Promise<string> {
  return satori(cardTree(card) as Parameters<typeof satori>[0], { ...SHARE_IMAGE_SIZE, fonts: await loadFonts() });
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
  await writeFile(cached, png);
  return png;
}

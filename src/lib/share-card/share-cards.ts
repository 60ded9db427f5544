import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Piscina } from 'piscina';
import {
  cardBackground,
  cardText,
  SHARE_CARD_COLOURS,
  SHARE_CARD_FONT_FAMILIES,
  SHARE_IMAGE_SIZE,
  TEXT_BOX,
  type ShareCard,
} from './card-layout';
import { SHARE_CARD_SUBSETS } from './glyphs';

// Beside Astro's own cache (astro.config.ts), so each copy of the project has its own.
const CACHE_DIR = join(process.cwd(), '.astro', 'cache', 'share-images');
const require = createRequire(import.meta.url);

/** A package's installed version, read from the package.json above its entry point (not every package exports it). */
function installedVersion(name: string): string {
  for (let folder = dirname(require.resolve(name)); folder !== dirname(folder); folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
    if (found === name) return version ?? '';
  }
  return '';
}

/** What draws a card besides its trees: the packages' versions decide the pixels too. */
const DRAWING_VERSION = ['satori', '@resvg/resvg-js', 'sharp', '@fontsource/inter']
  .map((name) => `${name}@${installedVersion(name)}`)
  .join(' ');

/**
 * Inter from npm (@fontsource/inter), every subset it has, so that Satori finds a glyph for
 * every character the content check lets through; nothing is fetched from a font service.
 */
const FONT_FILES = SHARE_CARD_SUBSETS.flatMap((subset, index) =>
  ([400, 700] as const).map((weight) => ({
    name: SHARE_CARD_FONT_FAMILIES[index] as string,
    weight,
    path: require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`),
  })),
);

// The page renderer and the build integration that starts the drawing are loaded by different
// module graphs: they share the pool and the cards being drawn through one slot.
const SLOT = Symbol.for('kubecon-recap.share-cards');
interface Drawing {
  pool: Piscina;
  /** Each card drawn or being drawn in this process, by key, to the file that holds it. */
  cards: Map<string, Promise<string>>;
}
type Slot = { [SLOT]?: Drawing | undefined };

/**
 * The worker threads that draw cards, one per core: they draw while the main thread does the
 * rest of the build, and take every core once it only waits for them; more cores draw faster.
 */
function drawing(): Drawing {
  const slot = globalThis as Slot;
  slot[SLOT] ??= {
    pool: new Piscina({
      filename: join(process.cwd(), 'src/lib/share-card/draw-worker.mjs'),
      maxThreads: availableParallelism(),
      workerData: { fonts: FONT_FILES },
      // Each card leaves megabytes of pixels behind; a small young generation frees them
      // sooner (400 cards on 2 threads: 325 MiB at the peak instead of 519, no more CPU).
      resourceLimits: { maxYoungGenerationSizeMb: 4 },
      // Idle workers go, so that a finished build or an idle dev server exits or rests.
      idleTimeout: 2_000,
    }),
    cards: new Map(),
  };
  return slot[SLOT];
}

/** The cache file of a card: drawn in the pool unless the same card was drawn before. */
async function drawnFile(key: string, cardDrawing: CardDrawing): Promise<string> {
  const cached = join(CACHE_DIR, `${key}.png`);
  if (existsSync(cached)) return cached;
  const png = (await drawing().pool.run(cardDrawing)) as Uint8Array;
  await mkdir(CACHE_DIR, { recursive: true });
  // Written beside and renamed into place, so a build running alongside never reads half a card.
  const partial = `${cached}.${process.pid}.partial`;
  await writeFile(partial, png);
  await rename(partial, cached);
  return cached;
}

/**
 * A card's PNG, drawn once: cached by element tree and drawing packages' versions, and shared
 * with a drawing of the same card already under way.
 */
export async function shareCardPng(card: ShareCard): Promise<Buffer> {
  return readFile(await cardFile(card));
}

/** What the worker draws a card from: its background, its text block and where that goes. */
function drawingOf(card: ShareCard) {
  return {
    background: cardBackground(card),
    text: cardText(card),
    paper: SHARE_CARD_COLOURS.paper,
    size: SHARE_IMAGE_SIZE,
    box: TEXT_BOX,
  };
}

type CardDrawing = ReturnType<typeof drawingOf>;

/** The file that holds a card, keyed by what it is drawn from; each card is drawn at most once per process. */
function cardFile(card: ShareCard): Promise<string> {
  const cardDrawing = drawingOf(card);
  const key = createHash('sha256')
    .update(`${DRAWING_VERSION}\0${JSON.stringify(cardDrawing)}`)
    .digest('hex')
    .slice(0, 32);
  const { cards } = drawing();
  let file = cards.get(key);
  if (!file) {
    file = drawnFile(key, cardDrawing);
    cards.set(key, file);
  }
  return file;
}

/** Lets the pool's threads go once every card asked for is drawn. */
export async function finishDrawing(): Promise<void> {
  const slot = (globalThis as Slot)[SLOT];
  if (!slot) return;
  await Promise.allSettled(slot.cards.values());
  (globalThis as Slot)[SLOT] = undefined;
  await slot.pool.destroy();
}

const EARLY = Symbol.for('kubecon-recap.share-cards-early');
type Early = { [EARLY]?: boolean };

/** In a build, cards are drawn as soon as the content loader announces them (see `announceCards`). */
export function drawWhenAnnounced(): void {
  (globalThis as Early)[EARLY] = true;
}

/**
 * The cards the content asks for, announced by the loader once it has read the front matter: a
 * build starts drawing them then; the dev server draws a card when its page is asked for.
 */
export function announceCards(cards: readonly ShareCard[]): void {
  // Drawn ahead of the pages that serve them, so the drawing overlaps the rest of the build.
  if ((globalThis as Early)[EARLY]) for (const card of cards) cardFile(card).catch(() => undefined);
}

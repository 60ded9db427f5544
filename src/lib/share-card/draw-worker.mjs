// Draws share cards in a pool worker (share-cards.ts): Satori lays out, resvg rasterises. A
// language's background is drawn once; each text block, on plain paper, is copied in row by row
// (no blending needed: sharp's composite cost 17 ms a card), then sharp writes the PNG.
import { readFile } from 'node:fs/promises';
import { workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';

/** @type {{ fonts: { name: string, weight: 400 | 700, path: string }[] }} */
const { fonts: fontFiles } = workerData;
const fonts = Promise.all(fontFiles.map(async ({ name, weight, path }) => ({ name, weight, style: 'normal', data: await readFile(path) })));

/** RGBA pixels of an element tree on `ground`. Satori draws text as paths, so resvg needs no system fonts. */
async function pixelsOf(tree, width, height, ground) {
  const svg = await satori(tree, { width, height, fonts: await fonts });
  return new Resvg(svg, { background: ground, font: { loadSystemFonts: false } }).render().pixels;
}

/** Backgrounds drawn so far, by their tree: a language's cards share one. */
const backgrounds = new Map();
/** @type {Buffer | undefined} */
let canvas;

/**
 * @param {{ background: object, text: object, paper: string, size: { width: number, height: number }, box: { left: number, top: number, width: number, height: number } }} card
 * @returns {Promise<Uint8Array>} the PNG
 */
export default async function drawCard({ background, text, paper, size, box }) {
  const key = JSON.stringify(background);
  if (!backgrounds.has(key)) backgrounds.set(key, pixelsOf(background, size.width, size.height, paper));
  const [ground, block] = await Promise.all([backgrounds.get(key), pixelsOf(text, box.width, box.height, paper)]);
  // One card at a time per thread (piscina's default), so each thread reuses one buffer.
  canvas ??= Buffer.alloc(ground.length);
  ground.copy(canvas);
  const rowBytes = box.width * 4;
  for (let row = 0; row < box.height; row += 1) {
    block.copy(canvas, ((box.top + row) * size.width + box.left) * 4, row * rowBytes, (row + 1) * rowBytes);
  }
  return sharp(canvas, { raw: { ...size, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 3 })
    .toBuffer();
}

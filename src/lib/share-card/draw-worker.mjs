// Draws one share card in a worker thread of the pool (src/lib/share-card/share-cards.ts): the
// card's element tree laid out by Satori (text as paths), rasterised and encoded as PNG by resvg.
import { readFile } from 'node:fs/promises';
import { workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

/** @type {{ fonts: { name: string, weight: 400 | 700, path: string }[], width: number, height: number }} */
const { fonts: fontFiles, width, height } = workerData;
const fonts = Promise.all(fontFiles.map(async ({ name, weight, path }) => ({ name, weight, style: 'normal', data: await readFile(path) })));

/**
 * @param {{ tree: object }} task the card's element tree (src/lib/share-card/card-layout.ts)
 * @returns {Promise<Uint8Array>} the PNG
 */
export default async function drawCard({ tree }) {
  const svg = await satori(tree, { width, height, fonts: await fonts });
  // Satori draws text as paths: resvg needs no fonts, and loading the system's took 40 % of its time.
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}

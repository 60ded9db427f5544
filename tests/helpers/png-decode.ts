import { inflateSync } from 'node:zlib';

/**
 * Decodes an 8-bit RGBA or RGB, non-interlaced PNG into straight RGBA pixels: enough to compare
 * share cards drawn by different encoders pixel by pixel. Every row filter is undone.
 */
export function decodePng(png: Buffer): { width: number; height: number; rgba: Buffer } {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colour, , , interlace] = [data[8], data[9], data[10], data[11], data[12]];
      if (depth !== 8 || interlace !== 0 || (colour !== 6 && colour !== 2))
        throw new Error(`unsupported PNG: depth ${depth}, colour ${colour}, interlace ${interlace}`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] as number;
      const left = x >= channels ? (out[y * stride + x - channels] as number) : 0;
      const up = y > 0 ? (out[(y - 1) * stride + x] as number) : 0;
      const upLeft = x >= channels && y > 0 ? (out[(y - 1) * stride + x - channels] as number) : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else if (filter !== 0) throw new Error(`unknown PNG row filter ${filter}`);
      out[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: out };
  const rgba = Buffer.alloc(width * height * 4, 0xff);
  for (let pixel = 0; pixel < width * height; pixel += 1) out.copy(rgba, pixel * 4, pixel * 3, pixel * 3 + 3);
  return { width, height, rgba };
}

/**
 * How far two images of the same size are apart: how many pixels differ at all, and by how
 * much in the channel that differs most.
 */
export function pixelDifference(a: Buffer, b: Buffer): { pixels: number; maxChannel: number } {
  if (a.length !== b.length) throw new Error(`images of different sizes: ${a.length} and ${b.length} bytes`);
  let pixels = 0;
  let maxChannel = 0;
  for (let offset = 0; offset < a.length; offset += 4) {
    let differs = false;
    for (let channel = 0; channel < 4; channel += 1) {
      const delta = Math.abs((a[offset + channel] ?? 0) - (b[offset + channel] ?? 0));
      if (delta > 0) differs = true;
      maxChannel = Math.max(maxChannel, delta);
    }
    if (differs) pixels += 1;
  }
  return { pixels, maxChannel };
}

/**
 * "Visually the same" for share cards drawn two ways: the composed card's band is laid out on
 * its own canvas, so a glyph edge can land a float rounding apart from the one-pass drawing and
 * anti-alias one pixel differently (measured: 2 of 30 random titles, one pixel, 15 of 255).
 * Allowed: at most 20 pixels of 756,000, none off by more than 48 of 255.
 */
export function expectVisuallySame(a: Buffer, b: Buffer, what: string): void {
  const { pixels, maxChannel } = pixelDifference(a, b);
  if (pixels > 20 || maxChannel > 48) throw new Error(`${what}: ${pixels} pixels differ, by up to ${maxChannel} of 255`);
}

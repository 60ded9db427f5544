import { promisify } from 'node:util';
import { endianness } from 'node:os';
import { constants, crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// The zlib header zlib writes at levels 2 to 5: deflate, 32 KiB window, level "fast", check bits.
const ZLIB_HEADER = Buffer.from([0x78, 0x5e]);
// A final, empty block with fixed Huffman codes: BFINAL 1, BTYPE 01, end-of-block, padding.
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);
const ADLER_BASE = 65521;
// Level 3 makes files as small as resvg's encoder did for a quarter of its CPU time
// (5.8 ms against 22 ms a card, measured); level 6 saves another third of the bytes for
// three times the time.
const DEFLATE_LEVEL = 3;

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

// Scanline buffers are reused: a fresh buffer of megabytes per card costs more in page faults
// than the copy into it. At most one per card being encoded at once (build.concurrency).
const spare: Buffer[] = [];

function takeScanlineBuffer(size: number): Buffer {
  const index = spare.findIndex((buffer) => buffer.length === size);
  return index === -1 ? Buffer.allocUnsafe(size) : (spare.splice(index, 1)[0] as Buffer);
}

/**
 * Writes opaque RGBA pixels as PNG scanlines of 8-bit RGB: filter byte 0, then the row. Four
 * pixels at a time as 32-bit words (three words out for four in), through a scratch row
 * because the scanlines start at odd offsets: a third of the time of a loop over bytes, and
 * this runs on the main thread.
 */
function writeRgbScanlines(rgba: Uint8Array, width: number, rows: number, out: Buffer): void {
  if (endianness() !== 'LE') throw new Error('encodePng: pixels are packed as little-endian words; this machine is big-endian');
  const pixels =
    rgba.byteOffset % 4 === 0 ? new Int32Array(rgba.buffer, rgba.byteOffset, width * rows) : new Int32Array(Uint8Array.from(rgba).buffer);
  const packed = width - (width % 4);
  const scratch = new Int32Array((packed * 3) / 4);
  const scratchBytes = Buffer.from(scratch.buffer);
  // Bit 24 to 31 of each word is a pixel's alpha: ANDed together they stay 0xff only if all are.
  let alpha = -1;
  let read = 0;
  let write = 0;
  for (let row = 0; row < rows; row += 1) {
    out[write] = 0;
    write += 1;
    let word = 0;
    for (let column = 0; column < packed; column += 4) {
      const p0 = pixels[read] as number;
      const p1 = pixels[read + 1] as number;
      const p2 = pixels[read + 2] as number;
      const p3 = pixels[read + 3] as number;
      read += 4;
      alpha &= p0 & p1 & p2 & p3;
      // Little-endian words: R | G << 8 | B << 16 | A << 24.
      scratch[word] = (p0 & 0xffffff) | (p1 << 24);
      scratch[word + 1] = ((p1 >>> 8) & 0xffff) | (p2 << 16);
      scratch[word + 2] = ((p2 >>> 16) & 0xff) | (p3 << 8);
      word += 3;
    }
    scratchBytes.copy(out, write);
    write += packed * 3;
    for (let column = packed; column < width; column += 1) {
      const pixel = pixels[read] as number;
      read += 1;
      alpha &= pixel;
      out[write] = pixel & 0xff;
      out[write + 1] = (pixel >>> 8) & 0xff;
      out[write + 2] = (pixel >>> 16) & 0xff;
      write += 3;
    }
  }
  if (alpha >>> 24 !== 0xff) throw new Error('encodePng: the image has transparent pixels; only opaque images are encoded (as RGB)');
}

/**
 * The Adler-32 of two byte runs laid end to end, from the Adler-32 of each and the length of
 * the second (zlib's `adler32_combine`).
 * @example combineAdler32(adler32('ab'), adler32('c'), 1) === adler32('abc')
 */
export function combineAdler32(first: number, second: number, secondLength: number): number {
  const remainder = secondLength % ADLER_BASE;
  let sum1 = first & 0xffff;
  let sum2 = (remainder * sum1) % ADLER_BASE;
  sum1 += (second & 0xffff) + ADLER_BASE - 1;
  sum2 += (first >>> 16) + (second >>> 16) + ADLER_BASE - remainder;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum1 >= ADLER_BASE) sum1 -= ADLER_BASE;
  if (sum2 >= 2 * ADLER_BASE) sum2 -= 2 * ADLER_BASE;
  if (sum2 >= ADLER_BASE) sum2 -= ADLER_BASE;
  return ((sum2 << 16) | sum1) >>> 0;
}

/** Rows of a PNG's scanline data, deflated on their own so that they can be reused. */
export interface PngSegment {
  /** Deflate blocks ending in a sync flush: byte-aligned, not final, no back-references out of them. */
  deflated: Buffer;
  /** Adler-32 of the segment's uncompressed scanlines. */
  adler: number;
  /** Length of the uncompressed scanlines (rows × (1 + 3 × width)). */
  length: number;
  width: number;
  rows: number;
}

function checkSize(rgba: Uint8Array, width: number, rows: number): void {
  if (rgba.length !== width * 4 * rows)
    throw new Error(`encodePng: expected ${width * 4 * rows} bytes for ${width}×${rows}, got ${rgba.length}`);
}

// What zlib appends to a stream whose data ended in a sync flush: the flush's empty stored
// block, then, at the end of the stream, a final empty block with fixed codes.
const SYNC_FLUSH_MARKER = Buffer.from([0x00, 0x00, 0xff, 0xff]);

/**
 * Deflates some rows of opaque RGBA pixels as RGB scanlines into a segment that
 * `assemblePng` joins with others. The deflate runs on libuv's thread pool (zlib's
 * asynchronous API), and zlib computes the Adler-32 there too; the main thread only packs
 * the rows.
 */
export async function encodePngSegment(rgba: Uint8Array, width: number, rows: number): Promise<PngSegment> {
  checkSize(rgba, width, rows);
  const length = rows * (1 + 3 * width);
  const scanlines = takeScanlineBuffer(length);
  let stream: Buffer;
  try {
    writeRgbScanlines(rgba, width, rows, scanlines);
    // The data is written with a sync flush and the stream finished empty, so zlib ends the
    // data's blocks byte-aligned and not final; only the header, the final empty block and the
    // Adler-32 are cut off: [0x78 ..][blocks, 00 00 ff ff][03 00][adler32].
    stream = await deflateAsync(scanlines, { level: DEFLATE_LEVEL, flush: constants.Z_SYNC_FLUSH });
  } finally {
    spare.push(scanlines);
  }
  const end = stream.length - FINAL_EMPTY_BLOCK.length - 4;
  if (
    !stream.subarray(end - SYNC_FLUSH_MARKER.length, end).equals(SYNC_FLUSH_MARKER) ||
    !stream.subarray(end, end + 2).equals(FINAL_EMPTY_BLOCK)
  ) {
    throw new Error(
      'encodePngSegment: zlib did not end the stream with a sync flush and an empty final block; the segments cannot be joined',
    );
  }
  return { deflated: stream.subarray(2, end), adler: stream.readUInt32BE(end + 2), length, width, rows };
}

function pngOf(width: number, height: number, zlibStream: Buffer[]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // colour type: RGB (cards are opaque; a quarter less data than RGBA)
  // Compression, filter method and interlace stay 0.
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', Buffer.concat(zlibStream)), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * A PNG (8-bit RGB, no row filter, one IDAT) from segments of rows, top to bottom: one zlib
 * stream made of their deflate blocks, a final empty block and the Adler-32 of all rows.
 */
export function assemblePng(segments: readonly PngSegment[]): Buffer {
  const [first] = segments;
  if (!first) throw new Error('assemblePng: no rows');
  if (segments.some((segment) => segment.width !== first.width)) throw new Error('assemblePng: segments of different widths');
  const adler = segments.slice(1).reduce((sum, segment) => combineAdler32(sum, segment.adler, segment.length), first.adler);
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler, 0);
  const height = segments.reduce((rows, segment) => rows + segment.rows, 0);
  return pngOf(first.width, height, [ZLIB_HEADER, ...segments.map((segment) => segment.deflated), FINAL_EMPTY_BLOCK, trailer]);
}

/**
 * A PNG (8-bit RGB, no row filter) of opaque straight RGBA pixels in one pass, zlib making the
 * whole stream. The deflate step, nearly all of the cost, runs on libuv's thread pool through
 * zlib's asynchronous API, so the main thread keeps rendering pages while cards are encoded;
 * resvg's own `asPng()` is synchronous and blocked it for about as long as the raster took.
 */
export async function encodePng(rgba: Uint8Array, width: number, height: number): Promise<Buffer> {
  checkSize(rgba, width, height);
  const scanlines = takeScanlineBuffer(height * (1 + 3 * width));
  try {
    writeRgbScanlines(rgba, width, height, scanlines);
    return pngOf(width, height, [await deflateAsync(scanlines, { level: DEFLATE_LEVEL })]);
  } finally {
    spare.push(scanlines);
  }
}

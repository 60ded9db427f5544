import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Diagnostic } from './diagnostic';

/** Where contributors put the images their posts show, beside the posts. */
export const POST_IMAGES_DIR = 'content/posts/images';

/** The formats a post's image may have, by extension, as sharp names them. */
const FORMATS: Readonly<Record<string, string>> = { png: 'png', jpg: 'jpeg', jpeg: 'jpeg', webp: 'webp', gif: 'gif', avif: 'heif' };

/** The largest image file a post may add: a screenshot or diagram needs far less. */
const MAX_IMAGE_BYTES = 1024 * 1024;

/**
 * The most pixels an image may declare: a 40-megapixel photo. The build decodes images under the
 * same limit (astro.config.ts), so a file that claims more is refused here before it is decoded.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** Whether a path under content/posts/images/ names an image a post may use (kebab-case, a raster format). */
function isPostImagePath(path: string): boolean {
  const match = /^content\/posts\/images\/[a-z0-9]+(?:-[a-z0-9]+)*\.([a-z]+)$/.exec(path);
  return match?.[1] !== undefined && FORMATS[match[1]] !== undefined;
}

const IMAGE_FIX =
  'save it as PNG, JPEG or WebP under content/posts/images/<kebab-case-name>.png; an SVG is a maintainer’s addition under public/images/';

/**
 * Every problem of the images under content/posts/images/: too large a file, content not of the
 * format its name says (sharp reads the header only), or more pixels than the build decodes.
 */
export async function checkPostImages(root: string, paths: readonly string[]): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const refuse = (file: string, message: string, fix = IMAGE_FIX) => diagnostics.push({ severity: 'error', file, message, fix });
  for (const path of paths) {
    if (!isPostImagePath(path)) {
      refuse(path, 'is not an image a post may use: PNG, JPEG, WebP, GIF or AVIF with a kebab-case name');
      continue;
    }
    const absolute = join(root, path);
    const { size } = await stat(absolute);
    if (size > MAX_IMAGE_BYTES) {
      const message = `is ${Math.ceil(size / 1024)} KiB; an image may have at most ${MAX_IMAGE_BYTES / 1024} KiB`;
      refuse(path, message, 'make it smaller (crop it, or save a screenshot as PNG with fewer colours)');
      continue;
    }
    const metadata = await sharp(absolute, { limitInputPixels: false })
      .metadata()
      .catch(() => undefined);
    const expected = FORMATS[path.slice(path.lastIndexOf('.') + 1)];
    if (!metadata || metadata.format !== expected) {
      const content = metadata ? `${metadata.format.toUpperCase()}, not what its extension says` : 'no image sharp can read';
      refuse(path, `its content is ${content}`, 'save it again in the format its name says, or rename it');
      continue;
    }
    const pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
    if (pixels > MAX_IMAGE_PIXELS) {
      const message = `declares ${metadata.width}×${metadata.height} pixels; an image may have at most ${MAX_IMAGE_PIXELS / 1_000_000} million`;
      refuse(path, message, 'scale it down: a page shows at most about 1,500 pixels across');
    }
  }
  return diagnostics;
}

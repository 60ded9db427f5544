import type { RasterKind } from './image-kind';

/**
 * The site's own files under public/, relative to it: the only files outside public/images/
 * that may exist there. Adding or changing one is a maintainer's change (see .github/CODEOWNERS).
 */
export const SITE_PUBLIC_FILES: readonly string[] = ['_headers', 'favicon.svg'];

/** The largest image (and SVG of the site) the checks accept, in bytes: 1 MiB. */
export const MAX_IMAGE_BYTES = 1024 * 1024;

/** Where a post's images live, relative to public/. */
const IMAGES_DIR = 'images';

/** An image's file name: a lower-case ASCII slug and one allowed extension. */
const IMAGE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*\.(png|jpe?g|webp|avif|gif|svg)$/;

/** A folder below public/images/ (one level, e.g. named after the post). */
const FOLDER_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What a file's extension promises: a raster format (checked by its first bytes) or SVG (parsed). */
export type ImageFormat = RasterKind | 'svg';

const FORMAT_OF_EXTENSION: Readonly<Record<string, ImageFormat>> = {
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  gif: 'gif',
  webp: 'webp',
  avif: 'avif',
  svg: 'svg',
};

/** What a file under public/ is to the checks. */
export type PublicFileRole =
  { role: 'site-file'; format?: 'svg' } | { role: 'image'; format: ImageFormat } | { role: 'refused'; message: string; fix: string };

const OUTSIDE_IMAGES_MESSAGE =
  'only images under public/images/ may be added by a post’s pull request; changing the site’s own files is a maintainer’s change';
const OUTSIDE_IMAGES_FIX =
  'move images to public/images/ and write ![what it shows](/images/name.png); for anything else, ask a maintainer in the pull request';
const RENAME_FIX =
  'rename it to lower-case letters, digits and single hyphens with one extension, e.g. public/images/kcp-workspaces.png, and change the path in the post too';

/**
 * The role of a file under public/, from its path relative to public/ ('/'-separated): one of
 * the site's own files, an image with the format its extension promises, or refused with why.
 * Images sit directly in public/images/ or in one folder below it (public/images/<post-slug>/).
 * @example publicFileRole('images/kcp.png') // { role: 'image', format: 'png' }
 * @example publicFileRole('index.html').role // 'refused'
 */
export function publicFileRole(path: string): PublicFileRole {
  if (SITE_PUBLIC_FILES.includes(path)) return path.endsWith('.svg') ? { role: 'site-file', format: 'svg' } : { role: 'site-file' };
  const parts = path.split('/');
  if (parts[0] !== IMAGES_DIR || parts.length < 2) return { role: 'refused', message: OUTSIDE_IMAGES_MESSAGE, fix: OUTSIDE_IMAGES_FIX };
  if (parts.length > 3) {
    return {
      role: 'refused',
      message: 'is nested too deep: images go directly in public/images/ or in one folder below it (public/images/<post-slug>/)',
      fix: 'move it to public/images/ or public/images/<post-slug>/ and change the path in the post too',
    };
  }
  const name = parts[parts.length - 1] ?? '';
  const folder = parts.length === 3 ? (parts[1] ?? '') : undefined;
  if (folder !== undefined && !FOLDER_NAME.test(folder)) {
    return {
      role: 'refused',
      message: 'is in a folder whose name is not a lower-case ASCII slug (a-z, 0-9 and single hyphens)',
      fix: 'name the folder after the post, e.g. public/images/kcp/, and change the path in the post too',
    };
  }
  const match = IMAGE_NAME.exec(name);
  if (!match) {
    const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
    if (FORMAT_OF_EXTENSION[extension] === undefined) {
      return {
        role: 'refused',
        message:
          'is not an image the site accepts: PNG, JPEG, WebP, AVIF, GIF or SVG, named .png, .jpg, .jpeg, .webp, .avif, .gif or .svg (lower case)',
        fix: 'convert it to one of these formats (WebP or PNG for screenshots), or leave it out of the pull request if it is not an image',
      };
    }
    return {
      role: 'refused',
      message: 'has a name that is not a lower-case ASCII slug (a-z, 0-9 and single hyphens, then the extension)',
      fix: RENAME_FIX,
    };
  }
  return { role: 'image', format: FORMAT_OF_EXTENSION[match[1] ?? ''] ?? 'png' };
}

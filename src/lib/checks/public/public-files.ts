import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostic';
import { imageKindOf, type RasterKind } from './image-kind';
import { MAX_IMAGE_BYTES, publicFileRole, type ImageFormat } from './public-paths';
import { svgProblem } from './svg-problem';

export { MAX_IMAGE_BYTES, SITE_PUBLIC_FILES } from './public-paths';

const FORMAT_NAMES: Readonly<Record<ImageFormat, string>> = {
  png: 'PNG',
  jpeg: 'JPEG',
  gif: 'GIF',
  webp: 'WebP',
  avif: 'AVIF',
  svg: 'SVG',
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A diagnostic of this check: every finding under public/ is an error. */
function error(
  file: string,
  { line, subject, message, fix }: { line?: number; subject?: string; message: string; fix: string },
): Diagnostic {
  return { severity: 'error', file, ...(line === undefined ? {} : { line }), ...(subject === undefined ? {} : { subject }), message, fix };
}

/** A size in bytes and in MiB (one decimal, none when whole), as a reader would say it. */
const size = (bytes: number): string => {
  const mebibytes = bytes / (1024 * 1024);
  return `${bytes} bytes (${Number.isInteger(mebibytes) ? mebibytes : mebibytes.toFixed(1)} MiB)`;
};

/** What is wrong with an image's content against the format its extension promises, or undefined. */
function contentProblem(
  format: ImageFormat,
  bytes: Uint8Array,
): { line?: number; subject?: string; message: string; fix: string } | undefined {
  if (format === 'svg') {
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      return { message: 'is not UTF-8 text, so it cannot be checked as SVG', fix: 'save it as UTF-8 plain SVG, or as PNG or WebP' };
    }
    return svgProblem(text);
  }
  const kind: RasterKind | undefined = imageKindOf(bytes);
  if (kind === format) return undefined;
  const found = kind === undefined ? 'no image format the site accepts' : FORMAT_NAMES[kind];
  return {
    message: `its extension says ${FORMAT_NAMES[format]}, but its content (its first bytes) is ${found}`,
    fix:
      kind === undefined
        ? `save it as ${FORMAT_NAMES[format]} (or another accepted format) and name it after that format`
        : `rename it to the extension of its real format, or save it as ${FORMAT_NAMES[format]}`,
  };
}

/** The finding for one regular file under public/ (`path` relative to public/), or none. */
async function fileDiagnostics(root: string, path: string, bytes: number): Promise<Diagnostic[]> {
  const file = `public/${path}`;
  const role = publicFileRole(path);
  if (role.role === 'refused') return [error(file, { message: role.message, fix: role.fix })];
  if (role.format === undefined) return [];
  if (bytes > MAX_IMAGE_BYTES) {
    return [
      error(file, {
        message: `is ${size(bytes)}; an image may be at most ${size(MAX_IMAGE_BYTES)}`,
        fix: 'make it smaller: export it at the size it is shown (about 1600 pixels wide at most), as WebP or AVIF, or compress the PNG or JPEG',
      }),
    ];
  }
  const problem = contentProblem(role.format, await readFile(join(root, 'public', path)));
  return problem ? [error(file, problem)] : [];
}

/** A folder's entries with their names as bytes, sorted, so that every name is seen as it is on disk. */
async function entriesOf(directory: string): Promise<Dirent<Buffer>[]> {
  const entries = await readdir(directory, { encoding: 'buffer', withFileTypes: true });
  return entries.sort((a, b) => Buffer.compare(a.name, b.name));
}

/**
 * Everything under `<root>/public/` that a post's pull request must not bring: symbolic links
 * (never followed), files outside public/images/ other than the site's own (SITE_PUBLIC_FILES),
 * image names that are not lower-case slugs with an accepted extension or sit more than one
 * folder deep, images over MAX_IMAGE_BYTES, content that does not match its extension, and SVGs
 * (the site's favicon too) that carry anything active. One error per file, the first found.
 */
export async function checkPublicFiles(root: string): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  const symlink = (file: string) =>
    error(file, {
      message: 'is a symbolic link: the build would publish whatever it points to, and the checks do not follow it',
      fix: 'commit the image itself under public/images/, not a link to it',
    });
  let top;
  try {
    top = await lstat(join(root, 'public'));
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw cause;
  }
  if (top.isSymbolicLink()) return [symlink('public')];
  if (!top.isDirectory())
    return [
      error('public', { message: 'is not a folder', fix: 'ask a maintainer: public/ holds the site’s own files and public/images/' }),
    ];
  // Folders still to read, relative to public/ ('' for public/ itself); a stack, read depth first.
  const folders = [''];
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    const found: string[] = [];
    for (const entry of await entriesOf(join(root, 'public', folder))) {
      let name: string;
      try {
        name = utf8.decode(entry.name);
      } catch {
        const shown = new TextDecoder('utf-8').decode(entry.name);
        diagnostics.push(
          error(`public/${folder}${shown}`, {
            message: 'has a name that is not UTF-8 text',
            fix: 'rename it to lower-case letters, digits and single hyphens',
          }),
        );
        continue;
      }
      const path = `${folder}${name}`;
      const stats = await lstat(join(root, 'public', path));
      if (stats.isSymbolicLink()) diagnostics.push(symlink(`public/${path}`));
      else if (stats.isDirectory()) found.push(`${path}/`);
      else if (stats.isFile()) diagnostics.push(...(await fileDiagnostics(root, path, stats.size)));
      else diagnostics.push(error(`public/${path}`, { message: 'is neither a file nor a folder', fix: 'remove it' }));
    }
    folders.push(...found.reverse());
  }
  return diagnostics;
}

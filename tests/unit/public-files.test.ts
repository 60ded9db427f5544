import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { imageKindOf } from '../../src/lib/checks/public/image-kind';
import { checkPublicFiles, MAX_IMAGE_BYTES, SITE_PUBLIC_FILES } from '../../src/lib/checks/public/public-files';
import { publicFileRole } from '../../src/lib/checks/public/public-paths';
import { PROJECT_ROOT } from '../helpers/paths';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((character) => character.charCodeAt(0)) : part)));

// The first bytes of each format (what imageKindOf reads), padded like a real file.
const PNG = bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], 'IHDR');
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF');
const GIF = bytes('GIF89a', [1, 0, 1, 0]);
const WEBP = bytes('RIFF', [26, 0, 0, 0], 'WEBPVP8 ');
const AVIF = bytes([0, 0, 0, 28], 'ftypavif', [0, 0, 0, 0], 'avifmif1miaf');
const AVIF_COMPATIBLE = bytes([0, 0, 0, 24], 'ftypmif1', [0, 0, 0, 0], 'mif1avif');
const HEIC = bytes([0, 0, 0, 24], 'ftypheic', [0, 0, 0, 0], 'mif1heic');
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>';

describe('imageKindOf', () => {
  test.each([
    ['PNG', PNG, 'png'],
    ['JPEG', JPEG, 'jpeg'],
    ['GIF', GIF, 'gif'],
    ['GIF87a', bytes('GIF87a'), 'gif'],
    ['WebP', WEBP, 'webp'],
    ['AVIF', AVIF, 'avif'],
    ['AVIF as a compatible brand', AVIF_COMPATIBLE, 'avif'],
    ['HEIC', HEIC, undefined],
    ['SVG text', bytes(SVG), undefined],
    ['HTML', bytes('<!doctype html><script>alert(1)</script>'), undefined],
    ['a RIFF that is not WebP', bytes('RIFF', [4, 0, 0, 0], 'WAVE'), undefined],
    ['a truncated PNG signature', PNG.slice(0, 4), undefined],
    ['nothing', new Uint8Array(), undefined],
  ])('%s → %j', (_name, input, kind) => {
    expect(imageKindOf(input)).toBe(kind);
  });
});

const OUTSIDE =
  'only images under public/images/ may be added by a post’s pull request; changing the site’s own files is a maintainer’s change';
const NOT_A_SLUG = 'has a name that is not a lower-case ASCII slug (a-z, 0-9 and single hyphens, then the extension)';
const NOT_AN_IMAGE =
  'is not an image the site accepts: PNG, JPEG, WebP, AVIF, GIF or SVG, named .png, .jpg, .jpeg, .webp, .avif, .gif or .svg (lower case)';
const TOO_DEEP = 'is nested too deep: images go directly in public/images/ or in one folder below it (public/images/<post-slug>/)';
const BAD_FOLDER = 'is in a folder whose name is not a lower-case ASCII slug (a-z, 0-9 and single hyphens)';

describe('publicFileRole', () => {
  test.each([
    ['_headers', { role: 'site-file' }],
    ['favicon.svg', { role: 'site-file', format: 'svg' }],
    ['images/kcp-workspaces.png', { role: 'image', format: 'png' }],
    ['images/a.jpg', { role: 'image', format: 'jpeg' }],
    ['images/a.jpeg', { role: 'image', format: 'jpeg' }],
    ['images/a1.webp', { role: 'image', format: 'webp' }],
    ['images/a.avif', { role: 'image', format: 'avif' }],
    ['images/a.gif', { role: 'image', format: 'gif' }],
    ['images/diagram.svg', { role: 'image', format: 'svg' }],
    ['images/kcp/workspaces.png', { role: 'image', format: 'png' }],
    ['index.html', OUTSIDE],
    ['robots.txt', OUTSIDE],
    ['x.svg', OUTSIDE],
    ['de/posts/kcp/index.html', OUTSIDE],
    ['images', OUTSIDE],
    ['img/a.png', OUTSIDE],
    ['Images/a.png', OUTSIDE],
    ['images/Kcp.png', NOT_A_SLUG],
    ['images/kcp.PNG', NOT_A_SLUG],
    ['images/kcp workspaces.png', NOT_A_SLUG],
    ['images/kcp--x.png', NOT_A_SLUG],
    ['images/-kcp.png', NOT_A_SLUG],
    ['images/kcp.png.png', NOT_A_SLUG],
    ['images/.hidden.png', NOT_A_SLUG],
    ['images/kсp.png', NOT_A_SLUG], // a Cyrillic "с"
    ['images/kcp.html', NOT_AN_IMAGE],
    ['images/kcp.svgz', NOT_AN_IMAGE],
    ['images/kcp.png.html', NOT_AN_IMAGE],
    ['images/.DS_Store', NOT_AN_IMAGE],
    ['images/README', NOT_AN_IMAGE],
    ['images/Kcp/a.png', BAD_FOLDER],
    ['images/a b/a.png', BAD_FOLDER],
    ['images/kcp/deeper/a.png', TOO_DEEP],
  ])('%j', (path, expected) => {
    const role = publicFileRole(path);
    expect(typeof expected === 'string' ? role.role === 'refused' && role.message : role).toEqual(expected);
  });

  test('the site’s own files are the files in public/ today', async () => {
    const tracked = execFileSync('git', ['ls-files', '-z', 'public'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    expect(tracked.filter((path) => !path.startsWith('public/images/')).sort()).toEqual(
      SITE_PUBLIC_FILES.map((file) => `public/${file}`).sort(),
    );
  });
});

describe('checkPublicFiles', () => {
  let root = '';
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
    root = '';
  });

  /** A repository root with these files under public/ (a string is written as UTF-8). */
  async function repository(files: Record<string, string | Uint8Array>): Promise<string> {
    root = await mkdtemp(join(tmpdir(), 'kubecon-recap-public-'));
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), content);
    }
    return root;
  }

  test('the repository’s own public/ passes', async () => {
    expect(await checkPublicFiles(PROJECT_ROOT)).toEqual([]);
  });

  test('a repository without public/ has nothing to report', async () => {
    expect(await checkPublicFiles(await repository({ 'README.md': 'x' }))).toEqual([]);
  });

  test('accepts images of every format, flat or one folder deep, and the site’s own files', async () => {
    const favicon = await readFile(join(PROJECT_ROOT, 'public/favicon.svg'));
    const dir = await repository({
      'public/_headers': '/*\n  X-Frame-Options: DENY\n',
      'public/favicon.svg': favicon,
      'public/images/a.png': PNG,
      'public/images/b.jpg': JPEG,
      'public/images/c.gif': GIF,
      'public/images/d.webp': WEBP,
      'public/images/e.avif': AVIF,
      'public/images/kcp/f.svg': SVG,
      'public/images/kcp/g.jpeg': JPEG,
    });
    expect(await checkPublicFiles(dir)).toEqual([]);
  });

  test('refuses, one error per file: symlinks, files outside public/images/, bad names, sizes, contents and active SVGs', async () => {
    const dir = await repository({
      'public/_headers': '/*\n',
      'public/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      'public/index.html': '<script>alert(1)</script>',
      'public/images/Kcp.png': PNG,
      'public/images/big.png': new Uint8Array(MAX_IMAGE_BYTES + 1).fill(0x89),
      'public/images/fake.png': '<html><script>alert(1)</script></html>',
      'public/images/gif.png': GIF,
      'public/images/latin1.svg': bytes('<svg xmlns="http://www.w3.org/2000/svg"><title>', [0xe9], '</title></svg>'),
      'public/images/script.svg': `<svg xmlns="http://www.w3.org/2000/svg">\n<script>alert(document.domain)</script>\n</svg>`,
      'public/images/notes.txt': 'x',
      'public/images/kcp/deep/a.png': PNG,
      'public/images/ok.png': PNG,
    });
    await symlink('/etc/passwd', join(dir, 'public/images/passwd.png'));
    await symlink('../../content', join(dir, 'public/images/linked'));
    await mkdir(join(dir, 'outside'));
    await writeFile(join(dir, 'outside/x.svg'), SVG);
    await symlink('../outside', join(dir, 'public/elsewhere'));
    const SYMLINK = 'is a symbolic link: the build would publish whatever it points to, and the checks do not follow it';
    const diagnostics = await checkPublicFiles(dir);
    for (const diagnostic of diagnostics) {
      expect(Object.keys(diagnostic).every((key) => ['severity', 'file', 'line', 'subject', 'message', 'fix'].includes(key))).toBe(true);
      expect(diagnostic.fix, diagnostic.file).toMatch(/\w/);
    }
    const found = diagnostics.map(({ severity, file, line, subject, message }) => ({ severity, file, line, subject, message }));
    const error = (file: string, message: string, line?: number, subject?: string) => ({ severity: 'error', file, line, subject, message });
    expect(found).toEqual([
      error('public/elsewhere', SYMLINK),
      error('public/favicon.svg', 'is an event handler, which runs a script', 1, 'attribute onload="alert(1)" on <svg>'),
      error('public/index.html', OUTSIDE),
      error('public/images/Kcp.png', NOT_A_SLUG),
      error('public/images/big.png', 'is 1048577 bytes (1.0 MiB); an image may be at most 1048576 bytes (1 MiB)'),
      error('public/images/fake.png', 'its extension says PNG, but its content (its first bytes) is no image format the site accepts'),
      error('public/images/gif.png', 'its extension says PNG, but its content (its first bytes) is GIF'),
      error('public/images/latin1.svg', 'is not UTF-8 text, so it cannot be checked as SVG'),
      error('public/images/linked', SYMLINK),
      error('public/images/notes.txt', NOT_AN_IMAGE),
      error('public/images/passwd.png', SYMLINK),
      error('public/images/script.svg', 'is a script, which would run on this site’s address when the image is opened', 2, '<script>'),
      error('public/images/kcp/deep/a.png', TOO_DEEP),
    ]);
  });

  test('a file name that is not UTF-8, or holds a newline, is reported as it is, for the formatter to escape', async () => {
    const dir = await repository({ 'public/images/ok.png': PNG });
    await writeFile(Buffer.concat([Buffer.from(join(dir, 'public/images/')), Buffer.from([0x61, 0xff, 0x2e, 0x70, 0x6e, 0x67])]), PNG);
    await writeFile(join(dir, 'public/images/a\n::warning::b.png'), PNG);
    expect((await checkPublicFiles(dir)).map(({ file, message }) => [file, message])).toEqual([
      ['public/images/a\n::warning::b.png', NOT_A_SLUG],
      ['public/images/a\ufffd.png', 'has a name that is not UTF-8 text'],
    ]);
  });

  test('a public/ that is itself a symlink is refused without being followed', async () => {
    const dir = await repository({ 'outside/index.html': '<script>alert(1)</script>' });
    await symlink('outside', join(dir, 'public'));
    expect((await checkPublicFiles(dir)).map(({ file }) => file)).toEqual(['public']);
  });
});

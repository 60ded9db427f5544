import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Locale } from '../../i18n/locales';
import { GONE_FILE, parsePostPath, POSTS_DIR } from './content-paths';
import { lineAt } from './front-matter';
import { KEBAB_CASE } from './post-schema';

/** The largest post file the checks read: seven times the longest post so far. */
const MAX_POST_BYTES = 100 * 1024;

// Characters no post needs and a reader cannot see, each with what it would do: control
// characters other than tab, line feed and carriage return; the replacement character a reader
// puts where a file is not UTF-8; what XML forbids (noncharacters such as U+FFFF break the
// feeds); and the bidirectional controls that make a line read differently from what it says.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTER = /[\u0000-\u0008\v\f\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufeff\ufffd\ufffe\uffff]/;

/** The noncharacters at the end of every plane above the first (U+1FFFE, U+1FFFF, …). */
const ASTRAL_NONCHARACTER = new RegExp(
  `[${Array.from({ length: 16 }, (_, plane) => `\\u{${(plane + 1).toString(16)}FFFE}\\u{${(plane + 1).toString(16)}FFFF}`).join('')}]`,
  'u',
);

/** What an unsafe character is, for the author who cannot see it. */
function characterProblem(character: string): { message: string; fix: string } {
  const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (character === '\ufffd') return { message: 'is not UTF-8 text (or holds the replacement character �)', fix: 'save it as UTF-8 text' };
  if (/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(character)) {
    return {
      message: `holds the invisible bidirectional control ${code}, which makes text read differently from what it says`,
      fix: 'delete it (it usually comes with text pasted from elsewhere)',
    };
  }
  if (character === '\ufeff') return { message: `holds an invisible zero-width no-break space (${code})`, fix: 'delete it' };
  if (/[\ufdd0-\ufdef\ufffe\uffff]/.test(character) || ASTRAL_NONCHARACTER.test(character)) {
    return { message: `holds ${code}, which is not a character: the feeds (XML) cannot carry it`, fix: 'delete it' };
  }
  return { message: `holds the control character ${code}`, fix: 'save it as UTF-8 text without control characters' };
}

/** A post file as read from disk. */
export interface SourceFile {
  /** Repository-relative path, e.g. `content/posts/de/kcp.md`. */
  path: string;
  locale: Locale;
  slug: string;
  source: string;
}

/** A file under content/ that is no post the loader would read right, and why: always an error. */
export interface Refusal {
  severity: 'error';
  file: string;
  line?: number;
  message: string;
  fix: string;
}

const MOVE_FIX = 'move it to content/posts/de/<slug>.md or content/posts/en/<slug>.md (or .mdx), or delete it';

function refusal(path: string, message: string, fix: string, line?: number): Refusal {
  return { severity: 'error', file: path, ...(line === undefined ? {} : { line }), message, fix };
}

/** What is wrong with a file under content/ as a post, or undefined when it is one. */
function placeProblem(path: string): Refusal | undefined {
  const ref = parsePostPath(path);
  if (!ref || !path.startsWith(`${POSTS_DIR}/`) || path.split('/').length !== 4) {
    return refusal(path, 'is not a post file at content/posts/<de|en>/<slug>.md or .mdx', MOVE_FIX);
  }
  if (!KEBAB_CASE.test(ref.slug)) {
    const suggestion = ref.slug
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return refusal(
      path,
      'has a name that is not a slug: lower-case ASCII letters, digits and single hyphens, which becomes the post’s address',
      `rename it${suggestion === '' ? '' : `, e.g. to ${suggestion}${path.slice(path.lastIndexOf('.'))}`}, in both languages`,
    );
  }
  return undefined;
}

/**
 * Every file under `<root>/content`: a post the checks read, an image under content/posts/images/,
 * or a refusal (a symbolic link the loader would follow out; a file it would skip or misread, such
 * as a dot file or a name that is no slug; a file too large or not text).
 */
export async function readPostFiles(root: string): Promise<{ files: SourceFile[]; images: string[]; refused: Refusal[] }> {
  const entries = await readdir(join(root, 'content'), { recursive: true, withFileTypes: true }).catch(() => []);
  const files: SourceFile[] = [];
  const images: string[] = [];
  const refused: Refusal[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const absolute = join(entry.parentPath, entry.name);
    const path = relative(root, absolute).replaceAll('\\', '/');
    if (entry.isSymbolicLink()) {
      const message = 'is a symbolic link; the build would publish whatever it points to';
      refused.push(refusal(path, message, 'commit the file itself, not a link to it'));
      continue;
    }
    if (!entry.isFile()) {
      refused.push(refusal(path, 'is not a regular file', MOVE_FIX));
      continue;
    }
    // The list of addresses removed on purpose (src/lib/checks/published-links.ts) lives beside the posts.
    if (path === GONE_FILE) continue;
    // Images beside the posts are the image check's (src/lib/checks/post-images.ts).
    if (path.startsWith(`${POSTS_DIR}/images/`)) {
      images.push(path);
      continue;
    }
    const problem = placeProblem(path);
    if (problem) {
      refused.push(problem);
      continue;
    }
    const { size } = await lstat(absolute);
    if (size > MAX_POST_BYTES) {
      const message = `is ${Math.ceil(size / 1024)} KiB; a post may have at most ${MAX_POST_BYTES / 1024} KiB`;
      refused.push(refusal(path, message, 'split it into two posts, or move long listings into examples/'));
      continue;
    }
    const source = await readFile(absolute, 'utf8');
    // A byte-order mark at the very start is how some editors save UTF-8; Astro reads past it.
    const text = source.startsWith('\ufeff') ? source.slice(1) : source;
    const unsafe = UNSAFE_CHARACTER.exec(text) ?? ASTRAL_NONCHARACTER.exec(text);
    if (unsafe) {
      const { message, fix } = characterProblem(unsafe[0]);
      refused.push(refusal(path, message, fix, lineAt(text, unsafe.index)));
      continue;
    }
    files.push({ path, ...(parsePostPath(path) as NonNullable<ReturnType<typeof parsePostPath>>), source });
  }
  return {
    files: files.sort((a, b) => a.path.localeCompare(b.path)),
    images: images.sort(),
    refused: refused.sort((a, b) => a.file.localeCompare(b.file)),
  };
}

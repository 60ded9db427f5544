import { parseArgs } from 'node:util';
import type { Locale } from '../../i18n/locales';
import type { SourceFile } from '../content/read-posts';
import { translationSourceHashOfFile } from '../content/translations/translation-hash';
import { stampTranslation } from '../content/translations/translation-stamp';
import { originalLocaleOf, recordedSourceHash } from '../content/translations/translation-status';
import { splitFrontMatter } from '../content/front-matter';

const USAGE = 'usage: npm run translation:done -- <slug> [<slug> …]   or   npm run translation:done -- --all';

/** One outcome of the stamping command, for one post. */
export type StampOutcome =
  | { kind: 'stamped' | 'unchanged'; slug: string; path: string; originalPath: string; hash: string; content: string }
  | { kind: 'skipped'; slug: string; reason: string }
  | { kind: 'error'; slug: string; reason: string };

/** A post file with its front matter read, as `originalLocaleOf` takes it. */
type ReadFile = { file: SourceFile; data: unknown; body: string };

/**
 * Reads the arguments of `npm run translation:done`.
 * @example parseStampArgs(['--all']) // { ok: true, all: true, slugs: [] }
 */
export function parseStampArgs(args: readonly string[]): { ok: true; all: boolean; slugs: string[] } | { ok: false; error: string } {
  try {
    const { values, positionals: slugs } = parseArgs({ args: [...args], options: { all: { type: 'boolean' } }, allowPositionals: true });
    const all = values.all === true;
    if (all === slugs.length > 0)
      return { ok: false, error: `${all ? 'either --all or slugs, not both' : 'name a slug or --all'}. ${USAGE}` };
    return { ok: true, all, slugs };
  } catch (error) {
    return { ok: false, error: `${(error as Error).message.split('\n')[0]} ${USAGE}` };
  }
}

/**
 * Stamps the translation of each asked-for post with the hash of its original's current text.
 * With `all`, posts that exist in one language only are skipped; named ones are errors.
 */
export function planStamps(files: readonly SourceFile[], request: { all: boolean; slugs: readonly string[] }): StampOutcome[] {
  const bySlug = new Map<string, Partial<Record<Locale, ReadFile>>>();
  for (const file of files) {
    const pair = bySlug.get(file.slug) ?? {};
    // A second file for the same slug and locale is the duplicate-slug check's finding.
    pair[file.locale] ??= { file, data: splitFrontMatter(file.source).data, body: '' };
    bySlug.set(file.slug, pair);
  }
  const slugs = request.all ? [...bySlug.keys()].sort() : request.slugs;
  return slugs.map((slug) => planStamp(slug, bySlug.get(slug), request.all));
}

function planStamp(slug: string, pair: Partial<Record<Locale, ReadFile>> | undefined, isAll: boolean): StampOutcome {
  if (!pair) return { kind: 'error', slug, reason: `there is no post "${slug}" under content/posts/` };
  const originalLocale = originalLocaleOf(pair);
  const original = originalLocale === undefined ? undefined : pair[originalLocale]?.file;
  const translation = Object.values(pair).find(({ file }) => file !== original)?.file;
  if (!original || !translation) {
    const reason = `${original?.path ?? slug} has no translation yet`;
    return isAll ? { kind: 'skipped', slug, reason } : { kind: 'error', slug, reason };
  }
  if (Object.values(pair).every((entry) => recordedSourceHash(entry.data) !== undefined)) {
    const reason = `both ${original.path} and ${translation.path} record "translationOf": remove it from the original`;
    return { kind: 'error', slug, reason };
  }
  const hash = translationSourceHashOfFile(original.source);
  if (hash === undefined)
    return { kind: 'error', slug, reason: `${original.path}: the front matter is not valid YAML; fix it first (npm run check)` };
  try {
    const content = stampTranslation(translation.source, hash);
    const kind = content === translation.source ? 'unchanged' : 'stamped';
    return { kind, slug, path: translation.path, originalPath: original.path, hash, content };
  } catch (error) {
    return { kind: 'error', slug, reason: `${translation.path}: ${(error as Error).message}; fix it first (npm run check)` };
  }
}

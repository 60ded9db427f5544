import { otherLocale, type Locale } from '../../../i18n/locales';
import { postFilePath } from '../../content/content-paths';
import { splitFrontMatterOf, type SplitSource } from '../../content/front-matter';
import { recordedSourceHash, translationStateOf, type TranslatableFile } from '../../content/translations/translation-status';
import { translationSourceHash } from '../../content/translations/translation-hash';
import { errorIn, type Diagnostic } from '../diagnostic';
import type { PostSet } from '../post-set';

interface ReadFile extends TranslatableFile {
  path: string;
  locale: Locale;
  split: SplitSource;
}

/** The command a translator runs once a translation matches its original. */
const stampCommand = (slug: string) => `npm run translation:done -- ${slug}`;

/**
 * Translation drift: a translation whose original changed since it was stamped (warning),
 * a stamp without an original (error), both languages stamped (error), no stamp (warning).
 * Files whose front matter is not YAML are left to the other checks, which report them.
 */
export function checkTranslationDrift({ files }: PostSet): Diagnostic[] {
  const bySlug = new Map<string, Partial<Record<Locale, ReadFile>>>();
  for (const file of files) {
    const split = splitFrontMatterOf(file);
    if (split.yamlError) continue;
    const pair = bySlug.get(file.slug) ?? {};
    // A second file for the same slug and locale is the duplicate-slug check's finding.
    pair[file.locale] ??= { path: file.path, locale: file.locale, split, data: split.data, body: split.body };
    bySlug.set(file.slug, pair);
  }
  const diagnostics: Diagnostic[] = [];
  for (const [slug, pair] of bySlug) {
    const stamped = Object.values(pair).filter((file) => recordedSourceHash(file.data) !== undefined);
    if (stamped.length === 2) {
      for (const file of stamped) {
        const message = 'both languages of this post record "translationOf", so neither is the original';
        const fix = 'remove "translationOf" from the original; only the translation records it';
        diagnostics.push(errorIn(file.path, 'translationOf', message, fix, stampLine(file)));
      }
      continue;
    }
    const [orphan] = stamped;
    const originalLocale = orphan ? otherLocale(orphan.locale) : undefined;
    if (orphan && originalLocale && pair[originalLocale] === undefined) {
      const message = `records a translation of ${postFilePath(originalLocale, slug)}, which does not exist`;
      const fix = `restore the original at ${postFilePath(originalLocale, slug)}, or remove "translationOf" if this file is now the original`;
      diagnostics.push(errorIn(orphan.path, 'translationOf', message, fix, stampLine(orphan)));
      continue;
    }
    const state = translationStateOf(slug, pair);
    if (!state?.translation) continue;
    const originalPath = state.original.path;
    const translation = state.translation;
    if (state.status === 'outdated') {
      const line = stampLine(translation);
      diagnostics.push({
        severity: 'warning',
        file: translation.path,
        ...(line === undefined ? {} : { line }),
        subject: 'translationOf',
        message: `the original ${originalPath} changed after this translation (recorded ${recordedSourceHash(translation.data)}, now ${translationSourceHash(state.original.data, state.original.body)})`,
        fix: `bring this file up to date with ${originalPath}, then run ${stampCommand(slug)}`,
      });
    } else if (state.status === 'unstamped') {
      diagnostics.push({
        severity: 'warning',
        file: translation.path,
        subject: 'translationOf',
        message: `records no "translationOf", so nobody can tell whether it still matches ${originalPath}`,
        fix: `check it against ${originalPath}, then run ${stampCommand(slug)}`,
      });
    }
  }
  return diagnostics.sort((a, b) => a.file.localeCompare(b.file));
}

/** The file line of the stamp (lineOf already counts the opening "---"). */
function stampLine(file: ReadFile): number | undefined {
  return file.split.lineOf(['translationOf']);
}

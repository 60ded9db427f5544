import { DEFAULT_LOCALE, LOCALES, otherLocale, type Locale } from '../../../i18n/locales';
import { translationSourceHash } from './translation-hash';

/** Where a post's translation stands against its original. */
export type TranslationStatus = 'up-to-date' | 'outdated' | 'unstamped' | 'missing';

/** What the status needs of a post file: its front matter and its body. */
export interface TranslatableFile {
  data: unknown;
  body: string;
}

/**
 * The original's hash a translation records in `translationOf`, if any.
 * @example recordedSourceHash({ translationOf: { hash: '0123456789ab' } }) // '0123456789ab'
 */
export function recordedSourceHash(data: unknown): string | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const stamp = (data as { translationOf?: unknown }).translationOf;
  if (stamp === null || typeof stamp !== 'object') return undefined;
  const hash = (stamp as { hash?: unknown }).hash;
  return typeof hash === 'string' ? hash : undefined;
}

/**
 * Which language of a post is the original: the other side of a stamped translation; else
 * German (the site's original language) when it exists; else the only language there is.
 * @example originalLocaleOf({ de: german, en: { data: { translationOf: { hash } }, body } }) // 'de'
 */
export function originalLocaleOf<F extends TranslatableFile>(files: Partial<Record<Locale, F>>): Locale | undefined {
  const stamped = LOCALES.find((locale) => files[locale] !== undefined && recordedSourceHash(files[locale]?.data) !== undefined);
  if (stamped) return otherLocale(stamped);
  if (files[DEFAULT_LOCALE]) return DEFAULT_LOCALE;
  return LOCALES.find((locale) => files[locale] !== undefined);
}

/**
 * Where the translation stands: missing, without a stamp, stamped with the original's current
 * hash (up to date) or with an older one (outdated).
 */
export function translationStatusOf(original: TranslatableFile, translation: TranslatableFile | undefined): TranslationStatus {
  if (!translation) return 'missing';
  const recorded = recordedSourceHash(translation.data);
  if (recorded === undefined) return 'unstamped';
  return recorded === translationSourceHash(original.data, original.body) ? 'up-to-date' : 'outdated';
}

/** One post's translation state, as the status page and the notice need it. */
export interface TranslationState<F extends TranslatableFile> {
  slug: string;
  originalLocale: Locale;
  original: F;
  translation: F | undefined;
  status: TranslationStatus;
}

/** The translation state of one post from its files by locale, or undefined when it has none. */
export function translationStateOf<F extends TranslatableFile>(
  slug: string,
  files: Partial<Record<Locale, F>>,
): TranslationState<F> | undefined {
  const originalLocale = originalLocaleOf(files);
  const original = originalLocale === undefined ? undefined : files[originalLocale];
  if (originalLocale === undefined || original === undefined) return undefined;
  const translation = files[otherLocale(originalLocale)];
  return { slug, originalLocale, original, translation, status: translationStatusOf(original, translation) };
}

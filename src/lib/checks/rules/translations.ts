import { LOCALES, otherLocale } from '../../../i18n/locales';
import { postFilePath } from '../../content/content-paths';
import type { Diagnostic } from '../diagnostic';
import type { PostSet } from '../post-set';

/** The recap and every highlight exist in both languages; a follow-up may wait for its translation (a warning). */
export function checkTranslations({ bySlug, onDisk }: PostSet): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [slug, entry] of bySlug) {
    for (const locale of LOCALES) {
      const file = entry[locale];
      const other = otherLocale(locale);
      // A translation that exists but failed its own checks is reported there, not as missing.
      if (!file || onDisk.has(`${other}/${slug}`)) continue;
      const isFollowUp = file.data.type === 'follow-up';
      diagnostics.push({
        severity: isFollowUp ? 'warning' : 'error',
        file: file.path,
        message: isFollowUp
          ? `this follow-up has no ${other === 'de' ? 'German' : 'English'} version yet; /${other}/posts/${slug}/ shows this text with a notice`
          : `this ${file.data.type} has no ${other === 'de' ? 'German' : 'English'} version`,
        fix: `add ${postFilePath(other, slug)}${isFollowUp ? ' when the translation is ready' : ': the recap and every highlight must exist in both languages'}`,
      });
    }
  }
  return diagnostics;
}

import { otherLocale } from '../../../i18n/locales';
import type { Diagnostic } from '../diagnostic';
import type { PostSet } from '../post-set';

/** Translations keep the heading structure of their original, so shared section links land alike. */
export function checkHeadingStructure({ posts: files, bySlug: lookup }: PostSet): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const translation = lookup.get(file.slug)?.[otherLocale(file.locale)];
    const original = file.report?.facts.headings;
    const translated = translation?.report?.facts.headings;
    const readable = !file.report?.unreadable && !translation?.report?.unreadable;
    if (file.locale !== 'de' || !translation || !original || !translated || !readable) continue;
    if (original.length !== translated.length) {
      diagnostics.push({
        severity: 'warning',
        file: translation.path,
        message: `has ${translated.length} headings, ${file.path} has ${original.length}`,
        fix: 'keep the same headings in both languages so shared section links land on the same section',
      });
    } else if (original.some((heading, index) => heading.depth !== translated[index]?.depth)) {
      diagnostics.push({
        severity: 'warning',
        file: translation.path,
        message: `its heading levels differ from ${file.path}`,
        fix: 'keep the same heading structure in both languages',
      });
    }
  }
  return diagnostics;
}

import { otherLocale } from '../../../i18n/locales';
import { postFilePath } from '../../content/content-paths';
import { followUpsIdOf } from '../../content/layout-ids';
import { errorIn, type Diagnostic } from '../diagnostic';
import { fileLineOf, type PostSet } from '../post-set';

/** The recap lists every published highlight once, in the same order in both languages, and no draft. */
export function checkRecaps({ posts: files, bySlug: lookup, onDisk }: PostSet): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const recaps = files.filter((file) => file.data.type === 'recap');
  for (const recap of recaps) {
    if (recap.data.type !== 'recap') continue;
    const talkIds: string[] = [];
    for (const slug of recap.data.highlights) {
      const highlight = lookup.get(slug)?.[recap.locale];
      // A highlight that exists but failed its own checks is reported there, not here.
      if (!highlight && onDisk.has(`${recap.locale}/${slug}`)) continue;
      if (highlight?.data.type !== 'highlight') {
        const message = `"${slug}" is not a highlight post in ${recap.locale === 'de' ? 'German' : 'English'}`;
        const fix = `add ${postFilePath(recap.locale, slug)} with type "highlight", or remove "${slug}" from the list`;
        diagnostics.push(errorIn(recap.path, 'highlights', message, fix));
        continue;
      }
      if (highlight.data.draft && !recap.data.draft) {
        const message = `"${slug}" is still a draft, so its section would be missing from the published recap`;
        const fix = `set draft: false in ${highlight.path} when it is ready, or remove "${slug}" from the list until then`;
        diagnostics.push(errorIn(recap.path, 'highlights', message, fix));
      }
      if (talkIds.includes(highlight.data.talkId)) {
        const message = `the talk id "${highlight.data.talkId}" would appear twice on the recap page`;
        const fix = `list "${slug}" once`;
        diagnostics.push(errorIn(recap.path, 'highlights', message, fix));
      }
      talkIds.push(highlight.data.talkId);
    }
    for (const highlight of files) {
      if (highlight.locale !== recap.locale || highlight.data.type !== 'highlight' || highlight.data.draft) continue;
      if (recap.data.highlights.includes(highlight.slug)) continue;
      const message = `this highlight is not listed in the recap (${recap.path}), so it would be published as a page nothing leads to`;
      const fix = `add "${highlight.slug}" to the highlights of the recap in both languages, or make this post a follow-up of the highlight it extends`;
      diagnostics.push(errorIn(highlight.path, 'type', message, fix));
    }
    const translation = lookup.get(recap.slug)?.[otherLocale(recap.locale)];
    if (recap.locale === 'en' && translation?.data.type === 'recap') {
      const german = translation.data.highlights.join(', ');
      const english = recap.data.highlights.join(', ');
      if (german !== english) {
        const message = `lists [${english}] but ${translation.path} lists [${german}]`;
        const fix = 'list the same highlights in the same order in both languages, so every talk anchor works in both';
        diagnostics.push(errorIn(recap.path, 'highlights', message, fix));
      }
    }
  }
  return diagnostics;
}

/** On the recap page, a body's ids must not take a talk section's id or its follow-up list's. */
export function checkRecapIds({ posts: files }: PostSet): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const talkIds = new Set(files.flatMap((file) => (file.data.type === 'highlight' ? [file.data.talkId] : [])));
  for (const file of files) {
    if (file.data.type !== 'recap') continue;
    for (const id of file.report?.facts.ids ?? []) {
      const clash = talkIds.has(id)
        ? 'is a talk id on the recap page'
        : [...talkIds].some((talkId) => followUpsIdOf(talkId) === id)
          ? 'is the id of a talk section’s follow-up list on the recap page'
          : undefined;
      if (!clash) continue;
      const line = fileLineOf(file, file.report?.facts.headings.find((heading) => heading.id === id)?.line);
      diagnostics.push(
        errorIn(file.path, `id "${id}"`, clash, 'give the heading another explicit id, e.g. "## Heading {#another-id}"', line),
      );
    }
  }
  return diagnostics;
}

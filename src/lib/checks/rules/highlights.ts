import { LOCALES, otherLocale, type Locale } from '../../../i18n/locales';
import { splitFrontMatterOf } from '../../content/front-matter';
import { RESERVED_IDS } from '../../content/layout-ids';
import { speakerId } from '../../content/speaker-id';
import { errorIn, type Diagnostic } from '../diagnostic';
import type { CheckedPost, PostSet } from '../post-set';

/** The ids every page of the layout uses itself. */
const LAYOUT_IDS: ReadonlySet<string> = new Set(RESERVED_IDS);

/** The talk ids of a locale's highlights. */
function talkIds(files: readonly CheckedPost[], locale: Locale): Set<string> {
  return new Set(files.flatMap((file) => (file.locale === locale && file.data.type === 'highlight' ? [file.data.talkId] : [])));
}

/**
 * A speaker's id on the talk index (their slugged name) must be theirs alone: not a talk id,
 * not a layout id, not another speaker's.
 */
function checkSpeakerIds(file: CheckedPost, talks: ReadonlySet<string>, speakers: Map<string, string>, diagnostics: Diagnostic[]): void {
  if (file.data.type !== 'highlight') return;
  for (const [index, speaker] of file.data.talk.speakers.entries()) {
    const id = speakerId(speaker.name);
    const other = speakers.get(id);
    const clash =
      id === ''
        ? 'gives no id (it has no letters or digits)'
        : talks.has(id) || LAYOUT_IDS.has(id)
          ? `gives the id "${id}", which the talk index already uses for a talk or its layout`
          : other !== undefined && other !== speaker.name
            ? `gives the id "${id}", as "${other}" does`
            : undefined;
    speakers.set(id, speaker.name);
    if (!clash) continue;
    const line = splitFrontMatterOf(file).lineOf(['talk', 'speakers', index, 'name']);
    const message = `"${speaker.name}" ${clash}; it is the speaker's anchor on the talk index`;
    const fix = 'write the name exactly as the schedule does; if two people share it, tell a maintainer';
    diagnostics.push(errorIn(file.path, `talk.speakers.${index}.name`, message, fix, line));
  }
}

/**
 * Talk ids are unique and the same in both languages, speakers' anchors are theirs alone, and a
 * follow-up extends a highlight that exists.
 */
export function checkHighlights({ posts: files, bySlug: lookup, onDisk }: PostSet): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const locale of LOCALES) {
    const seen = new Map<string, CheckedPost>();
    const speakers = new Map<string, string>();
    const localeTalkIds = talkIds(files, locale);
    for (const file of files) {
      if (file.locale !== locale || file.data.type !== 'highlight') continue;
      const { talkId } = file.data;
      const earlier = seen.get(talkId);
      if (earlier) {
        const message = `the talk id "${talkId}" is already used by ${earlier.path}`;
        const fix = 'give every highlight its own talkId';
        diagnostics.push(errorIn(file.path, 'talkId', message, fix));
      }
      seen.set(talkId, file);
      checkSpeakerIds(file, localeTalkIds, speakers, diagnostics);
      const translation = lookup.get(file.slug)?.[otherLocale(locale)];
      if (locale === 'de' && translation?.data.type === 'highlight' && translation.data.talkId !== talkId) {
        const message = `the talk id "${translation.data.talkId}" differs from "${talkId}" in ${file.path}`;
        const fix = 'use the same talkId in both languages: it is the shared anchor of the recap section';
        diagnostics.push(errorIn(translation.path, 'talkId', message, fix));
      }
    }
  }
  for (const file of files) {
    if (file.data.type !== 'follow-up') continue;
    const { followUpOf } = file.data;
    const target = lookup.get(followUpOf);
    const isHighlight = Object.values(target ?? {}).some((candidate) => candidate.data.type === 'highlight');
    // A target that exists but failed its own checks is reported there, not here.
    const failedItsOwnChecks = !target && LOCALES.some((locale) => onDisk.has(`${locale}/${followUpOf}`));
    if (!isHighlight && !failedItsOwnChecks) {
      const message = `"${followUpOf}" is not the slug of a highlight post`;
      const fix = `use one of: ${highlightSlugs(files).join(', ')}`;
      diagnostics.push(errorIn(file.path, 'followUpOf', message, fix));
    }
  }
  return diagnostics;
}

function highlightSlugs(files: readonly CheckedPost[]): string[] {
  return [...new Set(files.filter((file) => file.data.type === 'highlight').map((file) => file.slug))].sort();
}

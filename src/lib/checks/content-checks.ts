import { posix } from 'node:path';
import type { z } from 'astro/zod';
import { LOCALES, otherLocale, type Locale } from '../../i18n/locales';
import { localeFromPath, stripLocale } from '../../i18n/urls';
import { postFilePath } from '../content/content-paths';
import { bodyBoundProblem } from './body-bounds';
import { POST_IMAGES_DIR } from './post-images';
import { splitFrontMatterOf } from '../content/front-matter';
import { followUpsIdOf, RESERVED_IDS } from '../content/layout-ids';
import type { BodyReport } from '../markdown/body-report';
import { placeholdersIn } from '../authoring/new-post';
import { postSchema, type PostData } from '../content/post-schema';
import { TOPICS } from '../content/topics';
import { speakerId } from '../content/speaker-id';
import { valueAt } from '../content/value-at';
import type { Diagnostic } from './diagnostic';
import { checkPublishedLinks, type PublishedFile } from './published-links';

export type { Diagnostic } from './diagnostic';

/** A post file as read from disk. */
export interface SourceFile {
  /** Repository-relative path, e.g. `content/posts/de/kcp.md`. */
  path: string;
  locale: Locale;
  slug: string;
  source: string;
}

/** A post whose front matter passed the schema, as the checks across posts read it. */
export interface ParsedFile extends SourceFile {
  data: PostData;
}

/** A parsed post and, once the pipeline rendered it, what its body reported. */
interface RenderedFile extends ParsedFile {
  report: BodyReport | undefined;
}

/** The ids every page of the layout uses itself. */
const LAYOUT_IDS: ReadonlySet<string> = new Set(RESERVED_IDS);

/** Turns one zod issue into words an author understands, without zod's JSON. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): { message: string; fix: string } {
  const field = issue.path.join('.');
  if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) {
    return { message: 'is missing', fix: `add "${field}" to the front matter (see CONTRIBUTING.md for every field)` };
  }
  if (issue.code === 'invalid_union' && issue.path.length === 0) {
    return { message: 'the field "type" must be "recap", "highlight" or "follow-up"', fix: 'set type to the kind of post this is' };
  }
  if (issue.code === 'invalid_value' && issue.path.at(-2) === 'topics') {
    return { message: `"${String(valueAt(data, issue.path))}" is not a topic`, fix: `use one of: ${TOPICS.join(', ')}` };
  }
  if (issue.code === 'invalid_value') {
    return { message: issue.message, fix: `use one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}` };
  }
  if (issue.code === 'invalid_format' && issue.format === 'url') {
    return { message: issue.message, fix: 'write the full https:// address, or "" while there is no verified link' };
  }
  if (issue.code === 'unrecognized_keys') {
    return {
      message: `has unknown field(s) ${issue.keys.map((key) => `"${key}"`).join(', ')}`,
      fix: 'remove or rename them: a typo here would otherwise be silently ignored',
    };
  }
  if (issue.code === 'custom' && (field === 'pubDate' || field === 'updatedDate')) {
    return { message: issue.message, fix: `write the day as YYYY-MM-DD, e.g. ${field}: 2024-05-06` };
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    return { message: issue.message, fix: 'shorten or lengthen the value as the message says' };
  }
  return { message: issue.message, fix: 'correct the value as described in CONTRIBUTING.md' };
}

/** A post dated after today, or changed after today, is published too early unless a draft. */
function checkDates(
  file: SourceFile,
  data: PostData,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  today: Date,
  diagnostics: Diagnostic[],
): void {
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  for (const field of ['pubDate', 'updatedDate'] as const) {
    const date = data[field];
    const line = lineOf([field]);
    if (date && date.getTime() > startOfToday && !data.draft) {
      diagnostics.push({
        severity: 'error',
        file: file.path,
        ...(line === undefined ? {} : { line }),
        subject: field,
        message: `${date.toISOString().slice(0, 10)} is in the future`,
        fix: `use the day the post goes live (today at the latest), or keep draft: true until then`,
      });
    }
  }
  if (data.updatedDate && data.updatedDate < data.pubDate) {
    const line = lineOf(['updatedDate']);
    diagnostics.push({
      severity: 'error',
      file: file.path,
      ...(line === undefined ? {} : { line }),
      subject: 'updatedDate',
      message: 'is before pubDate',
      fix: 'set updatedDate to the day of the real change, after pubDate, or remove it',
    });
  }
}

/** Text the `npm run new:post` scaffold wrote, left in a post that is no longer a draft. */
function checkPlaceholders(
  file: SourceFile,
  data: PostData,
  body: string,
  bodyLine: number,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  diagnostics: Diagnostic[],
): void {
  if (data.draft) return;
  const fields: [string, string][] = [
    ['title', data.title],
    ['description', data.description],
  ];
  if (data.type === 'highlight') fields.push(['summary', data.summary]);
  for (const [field, value] of fields) {
    if (placeholdersIn(value).length === 0) continue;
    const line = lineOf([field]);
    diagnostics.push({
      severity: 'error',
      file: file.path,
      ...(line === undefined ? {} : { line }),
      subject: field,
      message: 'still has the placeholder text of npm run new:post',
      fix: `write the real ${field}, or keep draft: true while the post is unfinished`,
    });
  }
  // One line for the body, at its first placeholder: the rest are the same mistake.
  const lines = body.split('\n');
  const found = lines.flatMap((text, index) => placeholdersIn(text).map((placeholder) => ({ placeholder, line: bodyLine + index })));
  const [first] = found;
  if (first) {
    diagnostics.push({
      severity: 'error',
      file: file.path,
      line: first.line,
      subject: 'body',
      message: `"${first.placeholder}"${found.length > 1 ? ` and ${found.length - 1} more line(s)` : ''} are the placeholder text of npm run new:post, and the post is not a draft`,
      fix: 'replace them with the real text, or keep draft: true while the post is unfinished',
    });
  }
}

/**
 * The gate before any body is parsed: front matter against YAML rules and the schema, dates,
 * placeholders, and bodies the Markdown parser must not be handed (see `bodyBoundProblem`).
 * Returns the files that passed, for the pipeline to render.
 */
export function checkFrontMatter(files: readonly SourceFile[], today: Date, diagnostics: Diagnostic[]): ParsedFile[] {
  const parsed: ParsedFile[] = [];
  for (const file of files) {
    const split = splitFrontMatterOf(file);
    if (split.yamlError) {
      diagnostics.push({ severity: 'error', file: file.path, ...split.yamlError });
      continue;
    }
    const result = postSchema.safeParse(split.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const { message, fix } = describeIssue(issue, split.data);
        const line = split.lineOf(issue.path);
        diagnostics.push({
          severity: 'error',
          file: file.path,
          ...(line === undefined ? {} : { line }),
          subject: issue.path.length > 0 ? issue.path.join('.') : 'front matter',
          message,
          fix,
        });
      }
      continue;
    }
    checkDates(file, result.data, split.lineOf, today, diagnostics);
    checkPlaceholders(file, result.data, split.body, split.bodyLine, split.lineOf, diagnostics);
    const bound = bodyBoundProblem(split.body);
    if (bound) {
      diagnostics.push({
        severity: 'error',
        file: file.path,
        line: split.bodyLine + bound.line - 1,
        subject: 'body',
        message: `cannot be rendered: ${bound.message}`,
        fix: bound.fix,
      });
      continue;
    }
    parsed.push({ ...file, data: result.data });
  }
  return parsed;
}

type Lookup = Map<string, Partial<Record<Locale, RenderedFile>>>;

function bySlug(files: readonly RenderedFile[], diagnostics: Diagnostic[]): Lookup {
  const lookup: Lookup = new Map();
  for (const file of files) {
    const entry = lookup.get(file.slug) ?? {};
    const existing = entry[file.locale];
    if (existing) {
      diagnostics.push({
        severity: 'error',
        file: file.path,
        subject: 'slug',
        message: `the slug "${file.slug}" is already used by ${existing.path}`,
        fix: 'rename one of the two files: each slug is one post per language',
      });
      continue;
    }
    entry[file.locale] = file;
    lookup.set(file.slug, entry);
  }
  return lookup;
}

function checkTranslations(lookup: Lookup, onDisk: ReadonlySet<string>, diagnostics: Diagnostic[]): void {
  for (const [slug, entry] of lookup) {
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
}

/** The talk ids of a locale's highlights. */
function talkIds(files: readonly ParsedFile[], locale: Locale): Set<string> {
  return new Set(files.flatMap((file) => (file.locale === locale && file.data.type === 'highlight' ? [file.data.talkId] : [])));
}

/**
 * A speaker's id on the talk index (their slugged name) must be theirs alone: not a talk id,
 * not a layout id, not another speaker's.
 */
function checkSpeakerIds(file: RenderedFile, talks: ReadonlySet<string>, speakers: Map<string, string>, diagnostics: Diagnostic[]): void {
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
    diagnostics.push({
      severity: 'error',
      file: file.path,
      ...(line === undefined ? {} : { line }),
      subject: `talk.speakers.${index}.name`,
      message: `"${speaker.name}" ${clash}; it is the speaker's anchor on the talk index`,
      fix: 'write the name exactly as the schedule does; if two people share it, tell a maintainer',
    });
  }
}

function checkHighlights(files: readonly RenderedFile[], lookup: Lookup, onDisk: ReadonlySet<string>, diagnostics: Diagnostic[]): void {
  for (const locale of LOCALES) {
    const seen = new Map<string, RenderedFile>();
    const speakers = new Map<string, string>();
    const localeTalkIds = talkIds(files, locale);
    for (const file of files) {
      if (file.locale !== locale || file.data.type !== 'highlight') continue;
      const { talkId } = file.data;
      const earlier = seen.get(talkId);
      if (earlier) {
        diagnostics.push({
          severity: 'error',
          file: file.path,
          subject: 'talkId',
          message: `the talk id "${talkId}" is already used by ${earlier.path}`,
          fix: 'give every highlight its own talkId',
        });
      }
      seen.set(talkId, file);
      checkSpeakerIds(file, localeTalkIds, speakers, diagnostics);
      const translation = lookup.get(file.slug)?.[otherLocale(locale)];
      if (locale === 'de' && translation?.data.type === 'highlight' && translation.data.talkId !== talkId) {
        diagnostics.push({
          severity: 'error',
          file: translation.path,
          subject: 'talkId',
          message: `the talk id "${translation.data.talkId}" differs from "${talkId}" in ${file.path}`,
          fix: 'use the same talkId in both languages: it is the shared anchor of the recap section',
        });
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
      diagnostics.push({
        severity: 'error',
        file: file.path,
        subject: 'followUpOf',
        message: `"${followUpOf}" is not the slug of a highlight post`,
        fix: `use one of: ${highlightSlugs(files).join(', ')}`,
      });
    }
  }
}

function highlightSlugs(files: readonly ParsedFile[]): string[] {
  return [...new Set(files.filter((file) => file.data.type === 'highlight').map((file) => file.slug))].sort();
}

function checkRecaps(files: readonly RenderedFile[], lookup: Lookup, onDisk: ReadonlySet<string>, diagnostics: Diagnostic[]): void {
  const recaps = files.filter((file) => file.data.type === 'recap');
  for (const recap of recaps) {
    if (recap.data.type !== 'recap') continue;
    const talkIds: string[] = [];
    for (const slug of recap.data.highlights) {
      const highlight = lookup.get(slug)?.[recap.locale];
      // A highlight that exists but failed its own checks is reported there, not here.
      if (!highlight && onDisk.has(`${recap.locale}/${slug}`)) continue;
      if (highlight?.data.type !== 'highlight') {
        diagnostics.push({
          severity: 'error',
          file: recap.path,
          subject: 'highlights',
          message: `"${slug}" is not a highlight post in ${recap.locale === 'de' ? 'German' : 'English'}`,
          fix: `add ${postFilePath(recap.locale, slug)} with type "highlight", or remove "${slug}" from the list`,
        });
        continue;
      }
      if (highlight.data.draft && !recap.data.draft) {
        diagnostics.push({
          severity: 'error',
          file: recap.path,
          subject: 'highlights',
          message: `"${slug}" is still a draft, so its section would be missing from the published recap`,
          fix: `set draft: false in ${highlight.path} when it is ready, or remove "${slug}" from the list until then`,
        });
      }
      if (talkIds.includes(highlight.data.talkId)) {
        diagnostics.push({
          severity: 'error',
          file: recap.path,
          subject: 'highlights',
          message: `the talk id "${highlight.data.talkId}" would appear twice on the recap page`,
          fix: `list "${slug}" once`,
        });
      }
      talkIds.push(highlight.data.talkId);
    }
    for (const highlight of files) {
      if (highlight.locale !== recap.locale || highlight.data.type !== 'highlight' || highlight.data.draft) continue;
      if (recap.data.highlights.includes(highlight.slug)) continue;
      diagnostics.push({
        severity: 'error',
        file: highlight.path,
        subject: 'type',
        message: `this highlight is not listed in the recap (${recap.path}), so it would be published as a page nothing leads to`,
        fix: `add "${highlight.slug}" to the highlights of the recap in both languages, or make this post a follow-up of the highlight it extends`,
      });
    }
    const translation = lookup.get(recap.slug)?.[otherLocale(recap.locale)];
    if (recap.locale === 'en' && translation?.data.type === 'recap') {
      const german = translation.data.highlights.join(', ');
      const english = recap.data.highlights.join(', ');
      if (german !== english) {
        diagnostics.push({
          severity: 'error',
          file: recap.path,
          subject: 'highlights',
          message: `lists [${english}] but ${translation.path} lists [${german}]`,
          fix: 'list the same highlights in the same order in both languages, so every talk anchor works in both',
        });
      }
    }
  }
}

/** Every anchor a post page will have, from its own headings and, on a recap, its talk sections. */
function anchorsOf(file: RenderedFile, lookup: Lookup): Set<string> {
  const anchors = new Set(file.report?.facts.headings.map((heading) => heading.id));
  if (file.data.type === 'recap') {
    for (const slug of file.data.highlights) {
      const highlight = lookup.get(slug)?.[file.locale] ?? lookup.get(slug)?.[otherLocale(file.locale)];
      if (highlight?.data.type === 'highlight') anchors.add(highlight.data.talkId);
    }
  }
  return anchors;
}

/** Site pages that are not posts, as locale-free paths. */
const OTHER_PAGES = new Set([
  '/',
  '/rss.xml',
  '/search/',
  '/posts/',
  '/topics/',
  '/talks/',
  '/translations/',
  ...TOPICS.flatMap((topic) => [`/topics/${topic}/`, `/talks/${topic}/`]),
]);

/** Files the build writes beside the pages (src/integrations/sbom.ts), which posts may link to. */
const SITE_FILES = new Set(['/sbom.cdx.json']);

/** The file line of a line in a body: Markdown bodies are counted from their first line, MDX from the file's. */
function fileLineOf(file: SourceFile, bodyLine: number | undefined): number | undefined {
  if (bodyLine === undefined) return undefined;
  return file.path.endsWith('.mdx') ? bodyLine : splitFrontMatterOf(file).bodyLine + bodyLine - 1;
}

function checkLinks(files: readonly RenderedFile[], lookup: Lookup, diagnostics: Diagnostic[]): void {
  for (const file of files) {
    // Schemes and hosts are the pipeline's; here: do site links lead somewhere?
    for (const { url, line: bodyLine } of file.report?.facts.internalLinks ?? []) {
      const line = fileLineOf(file, bodyLine);
      const report = (message: string, fix: string) =>
        diagnostics.push({
          severity: 'error',
          file: file.path,
          ...(line === undefined ? {} : { line }),
          subject: `link "${url}"`,
          message,
          fix,
        });
      checkInternalLink(file, url, lookup, report);
    }
  }
}

function checkInternalLink(file: RenderedFile, url: string, lookup: Lookup, report: (message: string, fix: string) => void): void {
  const [pathPart = '', fragment = ''] = url.split('#');
  const path = pathPart === '' ? `/${file.locale}/posts/${file.slug}/` : pathPart;
  if (SITE_FILES.has(path) && fragment === '') return;
  const postMatch = /^\/(de|en)\/posts\/([^/]+)\/$/.exec(path);
  if (!postMatch) {
    const known = /^\/(de|en)\//.test(path) && OTHER_PAGES.has(stripLocale(path));
    if (!known)
      report(
        `leads to ${path}, which is not a page of this site`,
        'link to /<de|en>/posts/<slug>/ with a trailing slash, or to /de/ or /en/',
      );
    else if (fragment !== '') report(`points to #${fragment} on a page without such an anchor`, 'remove the #anchor');
    return;
  }
  const slug = postMatch[2] ?? '';
  const targetLocale = localeFromPath(path);
  const entry = lookup.get(slug);
  const target = entry?.[targetLocale] ?? entry?.[otherLocale(targetLocale)];
  if (!target) {
    report(`leads to ${path}, but there is no post "${slug}"`, `check the slug; posts are: ${[...lookup.keys()].sort().join(', ')}`);
    return;
  }
  if (target.data.draft && !file.data.draft) {
    report(
      `leads to ${path}, which is still a draft and so not published`,
      `publish ${target.path} first (draft: false), or link to it once it is`,
    );
    return;
  }
  // A body not rendered here (MDX, compiled with its page) is left to the built site's link guard.
  if (fragment !== '' && target.report && !anchorsOf(target, lookup).has(fragment)) {
    const known = [...anchorsOf(target, lookup)];
    report(
      `points to #${fragment}, which ${path} does not have`,
      known.length > 0 ? `use one of: ${known.map((id) => `#${id}`).join(', ')}` : 'remove the #anchor: that page has no headings',
    );
  }
}

/** Images a body shows from beside the posts must be files under content/posts/images/. */
function checkImagePaths(files: readonly RenderedFile[], images: ReadonlySet<string>, diagnostics: Diagnostic[]): void {
  for (const file of files) {
    for (const { src, line: bodyLine } of file.report?.facts.images ?? []) {
      let path: string;
      try {
        path = posix.normalize(posix.join(posix.dirname(file.path), decodeURI(src)));
      } catch {
        path = src;
      }
      if (images.has(path)) continue;
      const line = fileLineOf(file, bodyLine);
      diagnostics.push({
        severity: 'error',
        file: file.path,
        ...(line === undefined ? {} : { line }),
        subject: `image "${src}"`,
        message: path.startsWith(`${POST_IMAGES_DIR}/`) ? `there is no image ${path}` : `is not an image under ${POST_IMAGES_DIR}/`,
        fix: `save the image as ${POST_IMAGES_DIR}/<name>.png and write ![what it shows](../images/<name>.png)`,
      });
    }
  }
}

/** What the pipeline reported on each body, as diagnostics at the file's lines. */
function bodyFindings(files: readonly RenderedFile[], diagnostics: Diagnostic[]): void {
  for (const file of files) {
    for (const finding of file.report?.findings ?? []) {
      const line = finding.field ? splitFrontMatterOf(file).lineOf(finding.field) : fileLineOf(file, finding.line);
      diagnostics.push({
        severity: finding.severity,
        file: file.path,
        ...(line === undefined ? {} : { line }),
        subject: finding.subject,
        message: finding.message,
        fix: finding.fix,
      });
    }
  }
}

/** On the recap page, a body's ids must not take a talk section's id or its follow-up list's. */
function checkRecapIds(files: readonly RenderedFile[], diagnostics: Diagnostic[]): void {
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
      diagnostics.push({
        severity: 'error',
        file: file.path,
        ...(line === undefined ? {} : { line }),
        subject: `id "${id}"`,
        message: clash,
        fix: 'give the heading another explicit id, e.g. "## Heading {#another-id}"',
      });
    }
  }
}

/** Translations keep the heading structure of their original, so shared section links land alike. */
function checkHeadingStructure(files: readonly RenderedFile[], lookup: Lookup, diagnostics: Diagnostic[]): void {
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
}

function publishedFileOf(file: RenderedFile): PublishedFile {
  return { ...file, headingIds: file.report?.facts.headings.map((heading) => heading.id) ?? [] };
}

/** The posts whose front matter passes the schema, with their rendered headings, as the published-links check sees them. */
export function publishedFilesOf(files: readonly ParsedFile[], reports: ReadonlyMap<string, BodyReport>): PublishedFile[] {
  return files.map((file) => publishedFileOf({ ...file, report: reports.get(file.path) }));
}

/**
 * The checks on posts that passed `checkFrontMatter`, once the pipeline rendered their bodies
 * (`reports`, by path): what each body reported, translations, highlights and talk ids,
 * follow-up references, links and anchors across posts, heading structure. Errors fail
 * `npm run check` and the build; warnings are printed.
 */
export function checkAcrossPosts(
  files: readonly SourceFile[],
  parsed: readonly ParsedFile[],
  reports: ReadonlyMap<string, BodyReport>,
  { images }: { images: ReadonlySet<string> },
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const rendered: RenderedFile[] = parsed.map((file) => ({ ...file, report: reports.get(file.path) }));
  const lookup = bySlug(rendered, diagnostics);
  const onDisk = new Set(files.map((file) => `${file.locale}/${file.slug}`));
  checkTranslations(lookup, onDisk, diagnostics);
  checkHighlights(rendered, lookup, onDisk, diagnostics);
  checkRecaps(rendered, lookup, onDisk, diagnostics);
  bodyFindings(rendered, diagnostics);
  checkRecapIds(rendered, diagnostics);
  checkHeadingStructure(rendered, lookup, diagnostics);
  checkLinks(rendered, lookup, diagnostics);
  checkImagePaths(rendered, images, diagnostics);
  diagnostics.push(...checkPublishedLinks(rendered.map(publishedFileOf)));
  return diagnostics;
}

/** Findings in the order an author reads them: by file, then by line. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

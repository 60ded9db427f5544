import { LOCALES, otherLocale, type Locale } from '../../i18n/locales';
import { postPath, talksPath } from '../../i18n/urls';
import { speakerId } from '../content/speaker-id';
import type { PostData } from '../content/post-schema';
import type { Diagnostic } from './diagnostic';

/** The committed record of every published post address and section id, one a line. */
export const PUBLISHED_LINKS_FILE = 'content/published-links.txt';

const RECORD_HEADER = [
  '# Every post address and section id this site has published, one a line; npm run links:record adds new ones.',
  '# A line never goes: a renamed post keeps its address with redirectFrom, a renamed section its id with',
  '# idAliases (CONTRIBUTING.md), and a removed one is marked "<address> gone: <reason>".',
];

/** A post file as the published-links check needs it. */
export interface PublishedFile {
  path: string;
  locale: Locale;
  slug: string;
  data: PostData;
  /** The section ids its page shows, in document order (headings, with rehype-slug's ids). */
  headingIds: readonly string[];
}

/** One line of the record: an address, or an address marked as deliberately gone. */
interface RecordLine {
  line: number;
  url: string;
  gone: string | undefined;
}

/**
 * Reads the record's lines; `#` starts a comment line.
 * @example parseRecord('/en/posts/kcp/\n/en/posts/old/ gone: merged into kcp') // [{ line: 1, url: '/en/posts/kcp/', gone: undefined }, { line: 2, url: '/en/posts/old/', gone: 'merged into kcp' }]
 */
export function parseRecord(text: string): RecordLine[] {
  return text.split('\n').flatMap((raw, index) => {
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) return [];
    const space = text.indexOf(' ');
    const url = space === -1 ? text : text.slice(0, space);
    const rest = space === -1 ? '' : text.slice(space + 1).trim();
    return [{ line: index + 1, url, gone: rest.startsWith('gone:') ? rest.slice('gone:'.length).trim() : undefined }];
  });
}

/**
 * Every address the site publishes for its posts, with the file responsible for it: each
 * post's page in both languages (an untranslated one shows its original), each section id on
 * it (headings, the recap's talk sections, declared aliases), and the redirect pages of
 * former slugs. Drafts publish nothing.
 */
export function publishedLinks(files: readonly PublishedFile[]): Map<string, string> {
  const live = files.filter((file) => !file.data.draft);
  const bySlug = new Map<string, Partial<Record<Locale, PublishedFile>>>();
  for (const file of live) bySlug.set(file.slug, { ...bySlug.get(file.slug), [file.locale]: file });
  const talkIdOf = (slug: string, locale: Locale) => {
    const files = bySlug.get(slug);
    const data = (files?.[locale] ?? files?.[otherLocale(locale)])?.data;
    return data?.type === 'highlight' ? data.talkId : undefined;
  };
  const links = new Map<string, string>();
  for (const [slug, files] of bySlug) {
    const formerSlugs = new Set(Object.values(files).flatMap((file) => file.data.redirectFrom ?? []));
    for (const locale of LOCALES) {
      const source = files[locale] ?? files[otherLocale(locale)];
      if (!source) continue;
      const page = postPath(locale, slug);
      links.set(page, source.path);
      const talkIds = source.data.type === 'recap' ? source.data.highlights.flatMap((highlight) => talkIdOf(highlight, locale) ?? []) : [];
      for (const id of [...source.headingIds, ...talkIds, ...Object.keys(source.data.idAliases ?? {})])
        links.set(`${page}#${id}`, source.path);
      for (const former of formerSlugs) links.set(postPath(locale, former), source.path);
      // The talk index shows the recap's talks: each talk's id and each speaker's.
      if (source.data.type !== 'recap') continue;
      for (const highlightSlug of source.data.highlights) {
        const highlight = bySlug.get(highlightSlug)?.[locale] ?? bySlug.get(highlightSlug)?.[otherLocale(locale)];
        if (highlight?.data.type !== 'highlight') continue;
        for (const id of [highlight.data.talkId, ...highlight.data.talk.speakers.map((speaker) => speakerId(speaker.name))]) {
          links.set(`${talksPath(locale)}#${id}`, highlight.path);
        }
      }
    }
  }
  return links;
}

/**
 * The record brought up to date: every line it had (a published address never silently
 * goes), and every address published now, sorted.
 */
export function updatedRecord(previous: string | undefined, links: ReadonlyMap<string, string>): string {
  const lines = new Map<string, string>();
  for (const { url, gone } of parseRecord(previous ?? '')) lines.set(url, gone === undefined ? url : `${url} gone: ${gone}`);
  for (const url of links.keys()) if (!lines.has(url)) lines.set(url, url);
  return `${[...RECORD_HEADER, ...[...lines.keys()].sort().map((url) => lines.get(url))].join('\n')}\n`;
}

const RECORD_FIX = `run npm run links:record and commit ${PUBLISHED_LINKS_FILE}`;

/** Where a former slug leads now: the slug of the post that declares it in `redirectFrom`. */
function redirectsOf(files: readonly PublishedFile[]): Map<string, string> {
  const redirects = new Map<string, string>();
  for (const file of files) if (!file.data.draft) for (const former of file.data.redirectFrom ?? []) redirects.set(former, file.slug);
  return redirects;
}

/**
 * Compares the record with what the content publishes now: a recorded address that no post
 * serves any more is an error naming it and how to keep it (a redirect, an alias, or "gone"
 * with a reason); an address published but not recorded is an error until the record is
 * brought up to date. Aliases and redirects must themselves make sense. No record, no
 * findings: a site that has published nothing yet.
 */
export function checkPublishedLinks(files: readonly PublishedFile[], record: string | undefined): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const slugs = new Set(files.map((file) => file.slug));
  const redirects = redirectsOf(files);
  for (const file of files) {
    for (const former of file.data.redirectFrom ?? []) {
      if (slugs.has(former)) {
        diagnostics.push({
          severity: 'error',
          file: file.path,
          subject: 'redirectFrom',
          message: `"${former}" is the slug of a post that exists, so its address cannot lead here`,
          fix: 'list only the slugs this post had before it was renamed',
        });
      } else if (redirects.get(former) !== file.slug) {
        diagnostics.push({
          severity: 'error',
          file: file.path,
          subject: 'redirectFrom',
          message: `"${former}" is also claimed by /posts/${redirects.get(former) ?? '?'}/`,
          fix: 'a former slug leads to one post: keep it in one post’s redirectFrom',
        });
      }
    }
    const data = file.data;
    const sectionIds = new Set([
      ...file.headingIds,
      ...(data.type === 'recap'
        ? files.flatMap((other) => (other.data.type === 'highlight' && data.highlights.includes(other.slug) ? [other.data.talkId] : []))
        : []),
    ]);
    for (const [former, current] of Object.entries(data.idAliases ?? {})) {
      const problem = sectionIds.has(former)
        ? `"${former}" is still the id of a section of this post`
        : sectionIds.has(current)
          ? undefined
          : `"${current}", which "${former}" should lead to, is not a section id of this post`;
      if (problem) {
        diagnostics.push({
          severity: 'error',
          file: file.path,
          subject: 'idAliases',
          message: problem,
          fix: 'map each former id to the id its section has now: idAliases: { former-id: current-id }',
        });
      }
    }
  }
  if (record === undefined) return diagnostics;
  const links = publishedLinks(files);
  const recorded = parseRecord(record);
  // A page that is gone (reported, or marked gone) takes its sections with it: one line, not one per id.
  const recordedPages = new Set(recorded.filter((entry) => !entry.url.includes('#')).map((entry) => entry.url));
  for (const { line, url, gone } of recorded) {
    if (gone !== undefined || links.has(url)) continue;
    const [page = '', id] = url.split('#');
    const slug = /^\/(?:de|en)\/posts\/([^/]+)\/$/.exec(page)?.[1];
    const target = slug === undefined ? undefined : redirects.get(slug);
    if (id !== undefined && !links.has(page) && recordedPages.has(page) && target === undefined) continue;
    const landing = target === undefined || id === undefined ? undefined : `${page.replace(`/posts/${slug}/`, `/posts/${target}/`)}#${id}`;
    if (landing !== undefined) {
      if (!links.has(landing)) {
        diagnostics.push({
          severity: 'error',
          file: links.get(landing.split('#')[0] ?? '') ?? PUBLISHED_LINKS_FILE,
          subject: `#${id}`,
          message: `was published at ${url}, which now leads to ${landing.split('#')[0]}, and that page has no such id`,
          fix: `give the section there the id ${id}, or declare idAliases: { ${id}: <its id> } in that post`,
        });
      }
    } else if (id !== undefined && links.has(page)) {
      diagnostics.push({
        severity: 'error',
        file: links.get(page) ?? PUBLISHED_LINKS_FILE,
        subject: `#${id}`,
        message: `was published at ${url} and this page no longer has it`,
        fix: `keep the id ("## Heading {#${id}}"), or declare idAliases: { ${id}: <the section's id now> } in the front matter; if the section is gone on purpose, write "gone: <reason>" after ${url} in ${PUBLISHED_LINKS_FILE}`,
      });
    } else {
      diagnostics.push({
        severity: 'error',
        file: PUBLISHED_LINKS_FILE,
        line,
        subject: url,
        message: 'was published, and no post has this address any more',
        fix: `if the post was renamed, add redirectFrom: ["${slug ?? '<old-slug>'}"] to its front matter; if it is gone on purpose, write "gone: <reason>" after the address`,
      });
    }
  }
  const known = new Set(recorded.map((entry) => entry.url));
  const unrecorded = new Map<string, string[]>();
  for (const [url, file] of links) if (!known.has(url)) unrecorded.set(file, [...(unrecorded.get(file) ?? []), url]);
  for (const [file, urls] of unrecorded) {
    diagnostics.push({
      severity: 'error',
      file,
      message: `publishes ${urls.length} address(es) not yet recorded in ${PUBLISHED_LINKS_FILE} (${urls.slice(0, 2).join(', ')}${urls.length > 2 ? ', …' : ''})`,
      fix: RECORD_FIX,
    });
  }
  return diagnostics;
}

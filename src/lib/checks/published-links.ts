import { LOCALES, otherLocale, type Locale } from '../../i18n/locales';
import { localeFromPath, postPath, talksPath } from '../../i18n/urls';
import { GONE_FILE } from '../content/content-paths';
import { speakerId } from '../content/speaker-id';
import type { PostData } from '../content/post-schema';
import type { Diagnostic } from './diagnostic';
import type { CheckedPost } from './post-set';

/** A post file as the published-links check needs it. */
export interface PublishedFile {
  path: string;
  locale: Locale;
  slug: string;
  data: PostData;
  /** The section ids its page shows, in document order (headings, with rehype-slug's ids). */
  headingIds: readonly string[];
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

/** Where a former slug leads now: the slug of the post that declares it in `redirectFrom`. */
function redirectsOf(files: readonly PublishedFile[]): Map<string, string> {
  const redirects = new Map<string, string>();
  for (const file of files) if (!file.data.draft) for (const former of file.data.redirectFrom ?? []) redirects.set(former, file.slug);
  return redirects;
}

/**
 * Whether the redirects and aliases the posts declare make sense: a former slug that is no
 * post's slug now and is claimed by one post only; an alias from an id the post no longer has
 * to one it has.
 */
export function checkPublishedLinks(files: readonly PublishedFile[]): Diagnostic[] {
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
  return diagnostics;
}

/** One line of GONE_FILE: an address removed on purpose and why. */
interface GoneLine {
  line: number;
  url: string;
  reason: string;
}

/**
 * Reads the list of addresses removed on purpose: the address, a space, the reason; `#`
 * starts a comment line.
 * @example parseGoneList('# removed\n/en/posts/old/ merged into kcp') // [{ line: 2, url: '/en/posts/old/', reason: 'merged into kcp' }]
 */
function parseGoneList(text: string): GoneLine[] {
  return text.split('\n').flatMap((raw, index) => {
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) return [];
    const space = text.search(/\s/);
    return [{ line: index + 1, url: space === -1 ? text : text.slice(0, space), reason: space === -1 ? '' : text.slice(space).trim() }];
  });
}

const GONE_FIX = (url: string) => `if it is gone on purpose, add the line "${url} <reason>" to ${GONE_FILE}, which a maintainer reviews`;

/**
 * What a pull request takes away from readers: every address (post page, section id, talk
 * index anchor) that `before` (the base branch's site, address → the file that published it)
 * serves and `files` no longer do, unless a redirect, an alias or a line of GONE_FILE (its
 * text in `goneList`) accounts for it. Each finding names the post to change and the fix; a
 * removed page is one finding, not one per section. The list itself must give a reason per
 * address, and a line for an address still served is a warning.
 */
export function checkRemovedAddresses(
  before: ReadonlyMap<string, string>,
  files: readonly PublishedFile[],
  goneList: string | undefined,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const links = publishedLinks(files);
  const redirects = redirectsOf(files);
  const gone = parseGoneList(goneList ?? '');
  for (const { line, url, reason } of gone) {
    if (reason === '') {
      diagnostics.push({
        severity: 'error',
        file: GONE_FILE,
        line,
        subject: url,
        message: 'has no reason',
        fix: `write why after the address, e.g. "${url} merged into another post"`,
      });
    } else if (links.has(url)) {
      diagnostics.push({
        severity: 'warning',
        file: GONE_FILE,
        line,
        subject: url,
        message: 'is listed as gone, but the site publishes it',
        fix: 'remove the line',
      });
    }
  }
  const goneUrls = new Set(gone.map((entry) => entry.url));
  for (const [url, publishedBy] of before) {
    const [page = '', id] = url.split('#');
    // A page that is gone takes its sections with it.
    if (links.has(url) || goneUrls.has(url) || goneUrls.has(page)) continue;
    const slug = /^\/(?:de|en)\/posts\/([^/]+)\/$/.exec(page)?.[1];
    const target = slug === undefined ? undefined : redirects.get(slug);
    if (id === undefined) {
      diagnostics.push({
        severity: 'error',
        file: publishedBy,
        subject: url,
        message: 'was published, and no post has this address any more',
        fix: `if the post was renamed, add redirectFrom: ["${slug ?? '<old-slug>'}"] to its front matter; ${GONE_FIX(url)}`,
      });
    } else if (target !== undefined) {
      const landing = postPath(localeFromPath(page), target);
      diagnostics.push({
        severity: 'error',
        file: links.get(landing) ?? publishedBy,
        subject: `#${id}`,
        message: `was published at ${url}, which now leads to ${landing}, and that page has no such id`,
        fix: `give the section there the id ${id}, or declare idAliases: { ${id}: <its id> } in that post; ${GONE_FIX(url)}`,
      });
    } else if (links.has(page)) {
      diagnostics.push({
        severity: 'error',
        file: links.get(page) ?? publishedBy,
        subject: `#${id}`,
        message: `was published at ${url} and this page no longer has it`,
        fix: `keep the id ("## Heading {#${id}}"), or declare idAliases: { ${id}: <the section's id now> } in the front matter; ${GONE_FIX(url)}`,
      });
    } else if (!before.has(page)) {
      // Only the talk index publishes ids on a page that is no post: talk ids and speakers.
      diagnostics.push({
        severity: 'error',
        file: publishedBy,
        subject: `#${id}`,
        message: `was published on the talk index at ${url}, which no longer has it`,
        fix: `keep the talk id and the speakers' names as they were; ${GONE_FIX(url)}`,
      });
    }
  }
  return diagnostics;
}

/** The posts as the published-links check sees them: their data and the section ids their pages show. */
export function publishedFilesOf(posts: readonly CheckedPost[]): PublishedFile[] {
  return posts.map((post) => ({ ...post, headingIds: post.report?.facts.headings.map((heading) => heading.id) ?? [] }));
}

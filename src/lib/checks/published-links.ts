import { LOCALES, otherLocale, type Locale } from '../../i18n/locales';
import { localeFromPath, postPath, talksPath } from '../../i18n/urls';
import { GONE_FILE } from '../content/content-paths';
import { speakerId } from '../content/speaker-id';
import type { PostData } from '../content/post-schema';
import { errorIn, type Diagnostic } from './diagnostic';
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
 * Every address the site publishes for its posts, with the file responsible: each page in both
 * languages, each section id on it (aliases included), and former slugs' redirects. Drafts publish nothing.
 */
export function publishedLinks(files: readonly PublishedFile[]): Map<string, string> {
  const bySlug = new Map<string, Partial<Record<Locale, PublishedFile>>>();
  for (const file of files) if (!file.data.draft) bySlug.set(file.slug, { ...bySlug.get(file.slug), [file.locale]: file });
  const shownIn = (locale: Locale, slug: string) => bySlug.get(slug)?.[locale] ?? bySlug.get(slug)?.[otherLocale(locale)];
  const links = new Map<string, string>();
  for (const [slug, files] of bySlug) {
    const formerSlugs = new Set(Object.values(files).flatMap((file) => file.data.redirectFrom ?? []));
    for (const locale of LOCALES) {
      const source = shownIn(locale, slug);
      if (!source) continue;
      const page = postPath(locale, slug);
      // The recap has a section per highlight; the talk index shows each one's talk and speakers.
      const highlights = (source.data.type === 'recap' ? source.data.highlights : []).flatMap((highlightSlug) => {
        const highlight = shownIn(locale, highlightSlug);
        return highlight?.data.type === 'highlight' ? [{ path: highlight.path, data: highlight.data }] : [];
      });
      links.set(page, source.path);
      const sectionIds = [...source.headingIds, ...highlights.map(({ data }) => data.talkId), ...Object.keys(source.data.idAliases ?? {})];
      for (const id of sectionIds) links.set(`${page}#${id}`, source.path);
      for (const former of formerSlugs) links.set(postPath(locale, former), source.path);
      for (const { path, data } of highlights) {
        for (const id of [data.talkId, ...data.talk.speakers.map((speaker) => speakerId(speaker.name))])
          links.set(`${talksPath(locale)}#${id}`, path);
      }
    }
  }
  return links;
}

/** Where a former slug leads now: the slug of the post that declares it in `redirectFrom`. */
function redirectsOf(files: readonly PublishedFile[]): Map<string, string> {
  return new Map(
    files.flatMap((file) => (file.data.draft ? [] : (file.data.redirectFrom ?? []).map((former) => [former, file.slug] as const))),
  );
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
  for (const { path, slug, data, headingIds } of files) {
    for (const former of data.redirectFrom ?? []) {
      if (slugs.has(former)) {
        const message = `"${former}" is the slug of a post that exists, so its address cannot lead here`;
        diagnostics.push(errorIn(path, 'redirectFrom', message, 'list only the slugs this post had before it was renamed'));
      } else if (redirects.get(former) !== slug) {
        const message = `"${former}" is also claimed by /posts/${redirects.get(former) ?? '?'}/`;
        diagnostics.push(errorIn(path, 'redirectFrom', message, 'a former slug leads to one post: keep it in one post’s redirectFrom'));
      }
    }
    const talkIds =
      data.type === 'recap'
        ? files.flatMap((other) => (other.data.type === 'highlight' && data.highlights.includes(other.slug) ? [other.data.talkId] : []))
        : [];
    const sectionIds = new Set([...headingIds, ...talkIds]);
    for (const [former, current] of Object.entries(data.idAliases ?? {})) {
      const problem = sectionIds.has(former)
        ? `"${former}" is still the id of a section of this post`
        : sectionIds.has(current)
          ? undefined
          : `"${current}", which "${former}" should lead to, is not a section id of this post`;
      const fix = 'map each former id to the id its section has now: idAliases: { former-id: current-id }';
      if (problem) diagnostics.push(errorIn(path, 'idAliases', problem, fix));
    }
  }
  return diagnostics;
}

/**
 * Reads the list of addresses removed on purpose (GONE_FILE): the address, a space, the
 * reason; `#` starts a comment line.
 * @example parseGoneList('# removed\n/en/posts/old/ merged into kcp') // [{ line: 2, url: '/en/posts/old/', reason: 'merged into kcp' }]
 */
function parseGoneList(text: string): { line: number; url: string; reason: string }[] {
  return text.split('\n').flatMap((raw, index) => {
    const [url = '', ...reason] = raw.trim().split(/\s+/);
    return url === '' || url.startsWith('#') ? [] : [{ line: index + 1, url, reason: reason.join(' ') }];
  });
}

/**
 * What a pull request takes away from readers: each address `before` (the base's, address → file)
 * serves and `files` no longer do, unless a redirect, an alias or a line of GONE_FILE (`goneList`)
 * accounts for it; a removed page is one finding. A gone line needs a reason; one for an address
 * still served is a warning.
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
      const fix = `write why after the address, e.g. "${url} merged into another post"`;
      diagnostics.push(errorIn(GONE_FILE, url, 'has no reason', fix, line));
    } else if (links.has(url)) {
      const message = 'is listed as gone, but the site publishes it';
      diagnostics.push({ ...errorIn(GONE_FILE, url, message, 'remove the line', line), severity: 'warning' });
    }
  }
  const goneUrls = new Set(gone.map((entry) => entry.url));
  for (const [url, publishedBy] of before) {
    const [page = '', id] = url.split('#');
    // A page that is gone takes its sections with it.
    if (links.has(url) || goneUrls.has(url) || goneUrls.has(page)) continue;
    const slug = /^\/(?:de|en)\/posts\/([^/]+)\/$/.exec(page)?.[1];
    const target = slug === undefined ? undefined : redirects.get(slug);
    const landing = target === undefined ? undefined : postPath(localeFromPath(page), target);
    const goneFix = `if it is gone on purpose, add the line "${url} <reason>" to ${GONE_FILE}, which a maintainer reviews`;
    if (id === undefined) {
      const fix = `if the post was renamed, add redirectFrom: ["${slug ?? '<old-slug>'}"] to its front matter; ${goneFix}`;
      diagnostics.push(errorIn(publishedBy, url, 'was published, and no post has this address any more', fix));
    } else if (landing !== undefined) {
      const message = `was published at ${url}, which now leads to ${landing}, and that page has no such id`;
      const fix = `give the section there the id ${id}, or declare idAliases: { ${id}: <its id> } in that post; ${goneFix}`;
      diagnostics.push(errorIn(links.get(landing) ?? publishedBy, `#${id}`, message, fix));
    } else if (links.has(page)) {
      const fix = `keep the id ("## Heading {#${id}}"), or declare idAliases: { ${id}: <the section's id now> } in the front matter; ${goneFix}`;
      diagnostics.push(errorIn(links.get(page) ?? publishedBy, `#${id}`, `was published at ${url} and this page no longer has it`, fix));
    } else if (!before.has(page)) {
      // Only the talk index publishes ids on a page that is no post: talk ids and speakers.
      const message = `was published on the talk index at ${url}, which no longer has it`;
      diagnostics.push(errorIn(publishedBy, `#${id}`, message, `keep the talk id and the speakers' names as they were; ${goneFix}`));
    }
  }
  return diagnostics;
}

/** The posts as the published-links check sees them: their data and the section ids their pages show. */
export function publishedFilesOf(posts: readonly CheckedPost[]): PublishedFile[] {
  return posts.map((post) => ({ ...post, headingIds: post.report?.facts.headings.map((heading) => heading.id) ?? [] }));
}

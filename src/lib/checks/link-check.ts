/** What the link checker needs to know of one built page. */
export interface BuiltPage {
  /** The page's URL path, e.g. `/en/posts/kcp/`. */
  path: string;
  /** The built file, for messages. */
  file: string;
  /** Every `id` on the page, duplicates included. */
  ids: string[];
  /** Every `href` of an `<a>` or `<link>` and `src` of an `<img>` on the page, as written. */
  hrefs: string[];
}

/** One broken thing on a built page, worded for the person who has to fix it. */
export interface LinkProblem {
  file: string;
  message: string;
}

/**
 * The URL path a built file serves (directory-format builds).
 * @example pathFromBuiltFile('en/posts/kcp/index.html') // '/en/posts/kcp/'
 * @example pathFromBuiltFile('404.html') // '/404.html'
 */
export function pathFromBuiltFile(relativeFile: string): string {
  const normalized = relativeFile.replaceAll('\\', '/');
  if (normalized === 'index.html') return '/';
  if (normalized.endsWith('/index.html')) return `/${normalized.slice(0, -'index.html'.length)}`;
  return `/${normalized}`;
}

/** The site's address as the deployed site has it: served over https, whatever the build was told. */
function deployedOrigin(site: string): URL {
  const url = new URL(site);
  url.protocol = 'https:';
  return url;
}

/** A percent-encoded part of a URL decoded, or undefined where its encoding is broken. */
function decoded(part: string, decode: (value: string) => string): string | undefined {
  try {
    return decode(part);
  } catch {
    return undefined;
  }
}

/**
 * Resolves an href written on page `fromPath` as a browser on the https site does, to a
 * same-site path and fragment ('invalid' where its percent-encoding is broken), or undefined
 * for links that leave the site (other origins, mailto:, and so on).
 * @example resolveInternalHref('#kcp', '/de/posts/x/', 'https://example.org') // { path: '/de/posts/x/', fragment: 'kcp' }
 * @example resolveInternalHref('https:docs.kcp.io', '/de/', 'http://127.0.0.1') // { path: '/de/docs.kcp.io', fragment: '' }
 */
export function resolveInternalHref(
  href: string,
  fromPath: string,
  site: string,
): { path: string; fragment: string } | 'invalid' | undefined {
  const origin = deployedOrigin(site);
  let url: URL;
  try {
    url = new URL(href, new URL(fromPath, origin));
  } catch {
    return 'invalid';
  }
  if (url.origin !== origin.origin) return undefined;
  const path = decoded(url.pathname, decodeURI);
  const fragment = decoded(url.hash.slice(1), decodeURIComponent);
  return path === undefined || fragment === undefined ? 'invalid' : { path, fragment };
}

/**
 * Finds links to pages or anchors that do not exist and ids used twice on one page.
 * `assets` are the other built files (feeds, images, CSS) a link may point to.
 */
export function findLinkProblems(pages: readonly BuiltPage[], assets: ReadonlySet<string>, site: string): LinkProblem[] {
  const idsByPath = new Map(pages.map((page) => [page.path, new Set(page.ids)]));
  const problems: LinkProblem[] = [];
  for (const page of pages) {
    const seen = new Set<string>();
    for (const id of page.ids) {
      if (seen.has(id))
        problems.push({ file: page.file, message: `the id "${id}" is used twice on ${page.path}: ids must be unique on a page` });
      seen.add(id);
    }
    for (const href of new Set(page.hrefs)) {
      const target = resolveInternalHref(href, page.path, site);
      if (!target) continue;
      if (target === 'invalid') {
        problems.push({ file: page.file, message: `the link "${href}" is not a valid address (a broken %-escape?): fix the link` });
        continue;
      }
      const targetIds = idsByPath.get(target.path);
      if (!targetIds) {
        if (!assets.has(target.path)) {
          problems.push({
            file: page.file,
            message: `the link "${href}" leads to ${target.path}, which the build did not produce: fix the link or add the page`,
          });
        }
        continue;
      }
      if (target.fragment !== '' && target.fragment !== 'top' && !targetIds.has(target.fragment)) {
        problems.push({
          file: page.file,
          message: `the link "${href}" points to #${target.fragment}, which ${target.path} does not have: use one of that page's heading or talk ids`,
        });
      }
    }
  }
  return problems;
}

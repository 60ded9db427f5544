import { posix } from 'node:path';
import { otherLocale } from '../../../i18n/locales';
import { localeFromPath, stripLocale } from '../../../i18n/urls';
import { TOPICS } from '../../content/topics';
import { DEPLOY_FILES } from '../../../site';
import { errorIn, type Diagnostic } from '../diagnostic';
import { POST_IMAGES_DIR } from '../post-images';
import { fileLineOf, type CheckedPost, type PostSet } from '../post-set';

/** Every anchor a post page will have, from its own headings and, on a recap, its talk sections. */
function anchorsOf(file: CheckedPost, lookup: PostSet['bySlug']): Set<string> {
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

/** Links into the site lead to a page, and an anchor the page has; a draft is not linked from a published post. */
export function checkLinks({ posts: files, bySlug: lookup }: PostSet): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    // Schemes and hosts are the pipeline's; here: do site links lead somewhere?
    for (const { url, line: bodyLine } of file.report?.facts.internalLinks ?? []) {
      const line = fileLineOf(file, bodyLine);
      const report = (message: string, fix: string) => diagnostics.push(errorIn(file.path, `link "${url}"`, message, fix, line));
      checkInternalLink(file, url, lookup, report);
    }
  }
  return diagnostics;
}

function checkInternalLink(
  file: CheckedPost,
  url: string,
  lookup: PostSet['bySlug'],
  report: (message: string, fix: string) => void,
): void {
  const [pathPart = '', fragment = ''] = url.split('#');
  const path = pathPart === '' ? `/${file.locale}/posts/${file.slug}/` : pathPart;
  if (DEPLOY_FILES.includes(path) && fragment === '') return;
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
export function checkImagePaths({ posts: files, images }: PostSet): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
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
      const message = path.startsWith(`${POST_IMAGES_DIR}/`) ? `there is no image ${path}` : `is not an image under ${POST_IMAGES_DIR}/`;
      const fix = `save the image as ${POST_IMAGES_DIR}/<name>.png and write ![what it shows](../images/<name>.png)`;
      diagnostics.push(errorIn(file.path, `image "${src}"`, message, fix, line));
    }
  }
  return diagnostics;
}

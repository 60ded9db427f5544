import { POST_IMAGES_DIR } from '../checks/post-images';
import { LOCALES } from '../../i18n/locales';
import { localizePath, postPath, talksPath } from '../../i18n/urls';
import { changedPosts, type FileChange } from '../authoring/pr-summary';
import type { PostData } from '../content/post-schema';

/** What the preview needs to know of a post on the pull request's site. */
export interface PreviewPost {
  slug: string;
  type: PostData['type'];
  /** A follow-up's highlight, whose page lists it. */
  followUpOf?: string | undefined;
  /** The images its body shows, as repository paths (`content/posts/images/…`). */
  images: readonly string[];
}

/** Why a page is in the preview. */
type PreviewChange = 'new' | 'changed' | 'removed' | 'lists a changed post' | 'shows changed code';

/** One page to show a reviewer: its root-relative address, why it is shown, and its name in file names. */
export type PreviewPage = ReturnType<typeof previewPages>[number];

/**
 * A page's address as a file name: the query and fragment dropped, the slashes at either end
 * trimmed, the others turned into hyphens; the site's root is "root".
 * @example pageFileName('/de/posts/kcp/') // 'de-posts-kcp'
 * @example pageFileName('/en/search/?q=sbom') // 'en-search'
 */
export function pageFileName(path: string): string {
  const [pathname = ''] = path.split(/[?#]/);
  return pathname.split('/').filter(Boolean).join('-') || 'root';
}

/** Files whose change can change how every page looks: the site's code, styles and packages. */
const SITE_CODE = /^(?:src\/|public\/|astro\.config\.ts$|package(?:-lock)?\.json$)/;

/**
 * The pages a pull request adds, changes or removes, in both languages: its posts (a changed
 * image changes its post), then the pages listing them (highlight, recap, home, talk index),
 * which also serve as samples when only code or styles changed.
 */
export function previewPages(changes: readonly FileChange[], posts: readonly PreviewPost[]) {
  const pages = new Map<string, PreviewChange>();
  const add = (path: string, change: PreviewChange) => pages.set(path, pages.get(path) ?? change);
  const bothLanguages = (slug: string, change: PreviewChange) => {
    for (const locale of LOCALES) add(postPath(locale, slug), change);
  };
  const touched = changedPosts(changes);
  const touchedSlugs = new Set(touched.map((post) => post.slug));
  const changedImages = new Set(
    changes.flatMap((change) => [change.path, change.from]).flatMap((path) => (path?.startsWith(`${POST_IMAGES_DIR}/`) ? [path] : [])),
  );
  for (const { slug, change, from } of touched) {
    bothLanguages(slug, change === 'added' || change === 'renamed' ? 'new' : change === 'deleted' ? 'removed' : 'changed');
    if (from !== undefined) bothLanguages(from, 'removed');
  }
  for (const post of posts) {
    if (!touchedSlugs.has(post.slug) && post.images.some((image) => changedImages.has(image))) {
      touchedSlugs.add(post.slug);
      bothLanguages(post.slug, 'changed');
    }
  }
  const listing: PreviewChange | undefined =
    touchedSlugs.size > 0
      ? 'lists a changed post'
      : changes.some(({ path, from }) => SITE_CODE.test(path) || SITE_CODE.test(from ?? ''))
        ? 'shows changed code'
        : undefined;
  if (listing !== undefined) {
    const highlights = posts.flatMap((post) => (touchedSlugs.has(post.slug) && post.followUpOf !== undefined ? [post.followUpOf] : []));
    const recap = posts.find((post) => post.type === 'recap')?.slug;
    for (const locale of LOCALES) {
      for (const highlight of new Set(highlights)) add(postPath(locale, highlight), listing);
      if (recap !== undefined) add(postPath(locale, recap), listing);
      add(localizePath('/', locale), listing);
      add(talksPath(locale), listing);
    }
  }
  return [...pages].map(([path, change]) => ({ path, change, name: pageFileName(path) }));
}

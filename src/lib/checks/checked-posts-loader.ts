import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { POSTS_DIR } from '../content/content-paths';
import type { SourceFile } from '../content/read-posts';
import { reportIn, type BodyReport } from '../markdown/body-report';
import { shareCardOf } from '../share-card/card-layout';
import { announceCards } from '../share-card/share-cards';
import { publishDevProblems } from './dev-problems';
import { authorError, reportLines, type Diagnostic } from './diagnostic';
import { gateContent } from './gate';
import { postSetOf, sortDiagnostics } from './post-set';
import { renderBodies } from './render-bodies';
import { checkPostSet } from './rules';

/** Where posts are and which files are posts, as Astro's glob loader reads them. */
const PATTERN = '*/*.{md,mdx}';

/** The entry id of a post file relative to the posts folder: `<locale>/<slug>`. */
const entryIdOf = (path: string) => path.replace(/\.mdx?$/, '');

/** A pattern that matches exactly this path, whatever characters its name has. */
const literalPattern = (path: string) => path.replace(/[\\*?[\]{}()!+@]/g, '\\$&');

/** Prints the findings as `npm run check` does; a build stops on any error, before a page is rendered. */
function report(diagnostics: readonly Diagnostic[], fileCount: number, context: LoaderContext, isDev: boolean): void {
  const lines = reportLines(sortDiagnostics(diagnostics), fileCount);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  if (errors > 0 && !isDev) {
    for (const line of lines) console.error(line);
    throw authorError(`The content has ${errors} error(s), listed above; nothing was built. Fix them, then run npm run check.`);
  }
  // The dev server keeps serving the posts that passed, so there the errors are warnings.
  for (const line of lines) {
    if (errors > 0) context.logger.warn(line);
    else context.logger.info(line);
  }
}

/**
 * The report of every body: a Markdown entry's from the rendering the sync stored with it; an MDX
 * entry's from a compile of its own (cached by content), since Astro compiles MDX only with its
 * page, after the checks must have spoken.
 */
async function bodyReports(context: LoaderContext, root: string, files: readonly SourceFile[]): Promise<Map<string, BodyReport>> {
  const mdxFiles = files.filter((file) => file.path.endsWith('.mdx'));
  const reports = await renderBodies(root, mdxFiles, true);
  for (const file of files) {
    const entry = context.store.get(entryIdOf(relative(POSTS_DIR, file.path)));
    const bodyReport = reportIn(entry?.rendered?.metadata?.frontmatter);
    if (bodyReport) reports.set(file.path, bodyReport);
  }
  return reports;
}

/**
 * Astro's glob loader for `content/posts/<locale>/<slug>.md(x)` behind the content checks: the
 * gate before any body is parsed, Astro's sync (one rendering per body reports its findings),
 * then the checks across posts. A build stops on an error before any page; the dev server leaves
 * a post that fails the gate out until it is fixed.
 */
export function checkedPosts(): Loader {
  let watching = false;
  const loader: Loader = {
    name: 'checked-posts',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const isDev = context.watcher !== undefined;
      const started = performance.now();
      const { files, images, refused, parsed, diagnostics } = await gateContent(root, new Date());
      announceCards(parsed.filter((file) => !file.data.draft).map((file) => shareCardOf(file.data, file.locale)));
      const passed = new Set(parsed.map((file) => file.path));
      const leftOut = [...files.map((file) => file.path), ...refused.map((diagnostic) => diagnostic.file)].filter(
        (path) => !passed.has(path),
      );
      const pattern = [PATTERN, ...leftOut.map((path) => `!${literalPattern(relative(POSTS_DIR, path))}`)];
      // The dev server's watcher stays with this loader, which runs the checks again on a change.
      const withoutWatcher: LoaderContext = { ...context };
      delete withoutWatcher.watcher;
      await glob({ pattern, base: `./${POSTS_DIR}`, generateId: ({ entry }) => entryIdOf(entry) }).load(withoutWatcher);
      const reports = await bodyReports(context, root, parsed);
      diagnostics.push(...checkPostSet(postSetOf(files, parsed, reports, images)));
      if (isDev) publishDevProblems(diagnostics);
      report(diagnostics, files.length, context, isDev);
      context.logger.info(`content checks took ${Math.round(performance.now() - started)} ms`);
      if (context.watcher && !watching) {
        watching = true;
        watchPosts(context.watcher, join(root, POSTS_DIR), () => loader.load(context));
      }
    },
  };
  return loader;
}

/** Runs `check` again once saves under `folder` come to rest, one run at a time. */
function watchPosts(watcher: NonNullable<LoaderContext['watcher']>, folder: string, check: () => Promise<void>): void {
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  watcher.add(folder);
  watcher.on('all', (_event, path) => {
    if (!path.startsWith(folder)) return;
    clearTimeout(timer);
    // Editors save in bursts (a temporary file, a rename): one check after the last event.
    timer = setTimeout(() => {
      running = running.then(check).catch(() => undefined);
    }, 100);
  });
}

import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { RESERVED_IDS } from '../lib/content/layout-ids';
import { countWords } from '../lib/content/reading-time';
import { attachReport, findingsOf, reportFinding, type BodyFacts } from '../lib/markdown/body-report';

const HEADING_DEPTH: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Whether an element is an id alias (rehype-id-aliases), which the front matter declares. */
function isIdAlias(element: Element): boolean {
  return Array.isArray(element.properties.className) && element.properties.className.includes('id-alias');
}

/** Reports ids the page would carry twice or that the layout uses itself. */
function checkIds(tree: Root, file: VFile): string[] {
  const ids: string[] = [];
  const first = new Map<string, Element>();
  visit(tree, 'element', (element) => {
    const { id } = element.properties;
    if (typeof id !== 'string') return;
    const clash = RESERVED_IDS.includes(id)
      ? 'is used by the page layout'
      : ids.includes(id)
        ? 'is used twice in this post (by two headings, a heading and a footnote, or a former id in idAliases)'
        : undefined;
    ids.push(id);
    if (!first.has(id)) first.set(id, element);
    if (!clash) return;
    const earlier = first.get(id);
    const alias = isIdAlias(element) || (earlier !== undefined && isIdAlias(earlier));
    // An id the pipeline made itself (the footnotes' heading) has no place: the other one is the author's.
    const place = element.position ? element : earlier;
    reportFinding(file, alias ? undefined : place, {
      severity: 'error',
      subject: `id "${id}"`,
      message: clash,
      fix: alias
        ? 'remove that former id from idAliases, or rename the heading that has it'
        : 'give the heading another explicit id, e.g. "## Heading {#another-id}"',
      ...(alias ? { field: ['idAliases', id] } : {}),
    });
  });
  return ids;
}

/** The facts the checks across posts read: heading ids, ids, links into the site, words. */
function factsOf(tree: Root, file: VFile, ids: string[]): BodyFacts {
  const facts: BodyFacts = { headings: [], ids, internalLinks: [], images: [], words: countWords(String(file.value)) };
  visit(tree, 'element', (element) => {
    const { id, href, src } = element.properties;
    if (element.tagName === 'img' && typeof src === 'string' && element.position && !/^([a-z][a-z0-9+.-]*:|\/)/i.test(src)) {
      facts.images.push({ src, line: element.position.start.line });
    }
    const depth = HEADING_DEPTH[element.tagName];
    if (depth !== undefined && element.position && typeof id === 'string') {
      facts.headings.push({ id, depth, line: element.position.start.line });
    }
    const isFootnoteLink = element.properties.dataFootnoteRef !== undefined || element.properties.dataFootnoteBackref !== undefined;
    if (element.tagName === 'a' && typeof href === 'string' && element.position && !isFootnoteLink && /^(\/(?![/\\])|#)/.test(href)) {
      facts.internalLinks.push({ url: href, line: element.position.start.line });
    }
  });
  return facts;
}

/**
 * The pipeline's last plugin: reads the published tree's facts, checks its ids, and returns the
 * report (findings and facts) with the rendering for the checks. MDX compiles after the content
 * sync, so an MDX body with an error stops its compile here.
 */
export function rehypeBodyReport({ pipelineVersion }: { pipelineVersion: string }) {
  return (tree: Root, file: VFile) => {
    const ids = checkIds(tree, file);
    const report = { pipelineVersion, findings: findingsOf(file), facts: factsOf(tree, file, ids) };
    attachReport(file, report);
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    if (!file.path?.endsWith('.mdx') || errors.length === 0) return;
    const error = new Error(`${file.path} has ${errors.length} error(s); run npm run check for each line and its fix`);
    error.stack = '';
    throw Object.assign(error, { report });
  };
}

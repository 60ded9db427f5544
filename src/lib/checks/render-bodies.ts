import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { reportIn, type BodyReport } from '../markdown/body-report';
import type { siteMarkdownProcessor } from '../../plugins/site-markdown';
import { splitFrontMatterOf } from '../content/front-matter';
import { markdownPipelineVersion } from '../markdown/pipeline-version';
import { openReportCache } from './report-cache';
import type { SourceFile } from '../content/read-posts';

type Processor = ReturnType<typeof siteMarkdownProcessor>;
type MarkdownRenderer = Awaited<ReturnType<Processor['createRenderer']>>;
type MdxRenderer = Awaited<ReturnType<NonNullable<Processor['createMdxRenderer']>>>;

/** The report of an MDX body the compiler could not read: one error at its line. */
function mdxSyntaxReport(error: { line?: number; reason?: string; message?: string }, source: string, pipelineVersion: string): BodyReport {
  const line = error.line ?? 1;
  const text = source.split('\n')[line - 1] ?? '';
  const marker = /^#{1,6} .*[^\\]\{#([a-z0-9-]+)\}\s*$/.exec(text);
  const finding = marker
    ? {
        subject: `heading id "${marker[1]}"`,
        message: 'is written {#…}, which MDX reads as a JavaScript expression',
        fix: `escape the braces in .mdx files: \\{#${marker[1]}\\}`,
      }
    : {
        subject: 'MDX',
        message: `cannot be read as MDX (${(error.reason ?? error.message ?? 'unknown error').replace(/ \(\d+:\d+(-\d+:\d+)?\)/g, '').replace(/\.$/, '')})`,
        fix: 'in .mdx files { } and < start code: escape them as \\{ \\} and \\<, or write the post as .md',
      };
  return {
    pipelineVersion,
    findings: [{ severity: 'error', line, ...finding }],
    facts: { headings: [], ids: [], internalLinks: [], images: [], words: 0 },
    unreadable: true,
  };
}

/**
 * Renders bodies as the build does: Markdown through Astro's renderer, MDX through @astrojs/mdx's
 * compiler (compiled, never run); each report comes back with its rendering.
 */
async function createBodyRenderer() {
  // Loaded only when a body is not in the cache: the pipeline takes a second to load.
  const { SHARED_MARKDOWN_OPTIONS, siteMarkdownProcessor } = await import('../../plugins/site-markdown');
  const pipelineVersion = await markdownPipelineVersion();
  const processor = siteMarkdownProcessor(pipelineVersion);
  const { createMdxRenderer } = processor;
  if (!createMdxRenderer) throw new Error('the site’s Markdown processor compiles no MDX');
  let markdown: MarkdownRenderer | undefined;
  let mdx: MdxRenderer | undefined;
  return async (root: string, file: SourceFile): Promise<BodyReport> => {
    const path = join(root, file.path);
    if (file.path.endsWith('.mdx')) {
      mdx ??= await createMdxRenderer(
        { ...SHARED_MARKDOWN_OPTIONS, shikiConfig: {} } as never,
        { optimize: false, srcDir: pathToFileURL(join(root, 'src/')), sourcemap: false } as never,
      );
      const { frontmatter, content } = parseFrontmatter(file.source, { frontmatter: 'empty-with-spaces' });
      try {
        await mdx.process(content, path, frontmatter);
      } catch (error) {
        const carried = (error as { report?: BodyReport }).report;
        return carried ?? mdxSyntaxReport(error as { line?: number }, file.source, pipelineVersion);
      }
      return reportIn(frontmatter) as BodyReport;
    }
    markdown ??= await processor.createRenderer({ ...SHARED_MARKDOWN_OPTIONS, shikiConfig: {} } as never);
    const split = splitFrontMatterOf(file);
    const frontmatter = { ...(split.data as Record<string, unknown>) };
    const rendered = await markdown.render(split.body, { frontmatter, fileURL: pathToFileURL(path) });
    return reportIn(rendered.metadata.frontmatter) as BodyReport;
  };
}

/**
 * The report of every body in `files`, by path, rendered in turn through the site's pipeline or,
 * with `cache`, taken from an earlier run on the same text and code (`openReportCache`).
 */
export async function renderBodies(root: string, files: readonly SourceFile[], cache: boolean): Promise<Map<string, BodyReport>> {
  const cached = cache ? await openReportCache(root) : undefined;
  let render: Awaited<ReturnType<typeof createBodyRenderer>> | undefined;
  const reports = new Map<string, BodyReport>();
  for (const file of files) {
    let report = cached?.get(file);
    if (!report) {
      render ??= await createBodyRenderer();
      report = await render(root, file);
      cached?.set(file, report);
    }
    reports.set(file.path, report);
  }
  await cached?.save();
  return reports;
}

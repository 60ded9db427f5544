import { pathToFileURL } from 'node:url';
import { reportIn, type BodyReport } from '../../src/lib/markdown/body-report';
import { SHARED_MARKDOWN_OPTIONS, siteMarkdownProcessor } from '../../src/plugins/site-markdown';

const renderer = siteMarkdownProcessor('test').createRenderer({ ...SHARED_MARKDOWN_OPTIONS, shikiConfig: {} } as never);

/**
 * Renders a Markdown body through the site's own processor, as the content sync does, at a post
 * path (English by default): the HTML a page carries and what the pipeline reported.
 */
export async function renderMarkdown(
  markdown: string,
  path = '/repo/content/posts/en/post.md',
  frontmatter: Record<string, unknown> = {},
): Promise<{ html: string; report: BodyReport }> {
  const rendered = await (await renderer).render(markdown, { frontmatter: { ...frontmatter }, fileURL: pathToFileURL(path) });
  return { html: rendered.code, report: reportIn(rendered.metadata.frontmatter) as BodyReport };
}

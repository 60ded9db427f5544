import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import { rehypeAllowList } from './rehype-allow-list';
import { rehypeBodyReport } from './rehype-body-report';
import { rehypeCodeBlocks } from './rehype-code-blocks';
import { rehypeFootnoteLabels } from './rehype-footnote-labels';
import { rehypeHeadingLinks } from './rehype-heading-links';
import { rehypeIdAliases } from './rehype-id-aliases';
import { rehypeInlineCodeBreaks } from './rehype-inline-code-breaks';
import { rehypePostLint } from './rehype-post-lint';
import { remarkGenderStars } from './remark-gender-stars';
import { remarkHeadingIds } from './remark-heading-ids';
import { remarkSmartPunctuation } from './remark-smart-punctuation';

// MDX's own nodes pass through the raw-HTML parser untouched (the allow-list judges them).
const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'];

/**
 * The site's one Markdown pipeline for `.md` and `.mdx`, in order (Astro adds GFM first). Raw
 * HTML is parsed first, so later steps see what a browser would; explicit heading ids come before
 * rehype-slug; the allow-list cuts the tree to what may be published, and the report hands
 * findings and facts to the checks.
 */
const siteMarkdown = (pipelineVersion: string) => ({
  gfm: true,
  smartypants: false,
  remarkPlugins: [remarkSmartPunctuation, remarkHeadingIds, remarkGenderStars],
  rehypePlugins: [
    rehypeCodeBlocks,
    [rehypeRaw, { passThrough: MDX_NODE_TYPES }],
    rehypeInlineCodeBreaks,
    rehypeSlug,
    rehypeIdAliases,
    rehypeFootnoteLabels,
    rehypeHeadingLinks,
    rehypePostLint,
    rehypeAllowList,
    [rehypeBodyReport, { pipelineVersion }],
  ],
});

/**
 * The Markdown processor of astro.config.ts and the checks. `pipelineVersion` goes into the config
 * whose JSON keys Astro's content store, so a changed plugin renders every post anew.
 */
export function siteMarkdownProcessor(pipelineVersion: string) {
  return unified(siteMarkdown(pipelineVersion) as Parameters<typeof unified>[0]);
}

/**
 * What Astro hands the processor besides its own options (astro.config.ts sets the same): no
 * Shiki, whose inline styles would need 'unsafe-inline'; our code-block plugin highlights.
 */
export const SHARED_MARKDOWN_OPTIONS = { syntaxHighlight: false, gfm: true, smartypants: false } as const;

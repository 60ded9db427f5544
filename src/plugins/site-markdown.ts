import { rehypePrism } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { rehypeCodeBlockFocus, rehypeCodeBlocks } from './rehype-code-blocks';
import { rehypeFootnoteLabels } from './rehype-footnote-labels';
import { rehypeHeadingLinks } from './rehype-heading-links';
import { rehypeIdAliases } from './rehype-id-aliases';
import { rehypeInlineCodeBreaks } from './rehype-inline-code-breaks';
import { remarkHeadingIds } from './remark-heading-ids';
import { remarkSmartPunctuation } from './remark-smart-punctuation';

// Order matters: explicit ids first, then rehype-slug fills the rest, former ids join the
// headings they now mean, the footnotes' heading gets the post's language, then every id gets
// its permalink. Smart punctuation is ours, in the place Astro's remark-smartypants takes
// (first): the library cost a fifth of a cold build at 1000 posts per locale ("Libraries
// first" in bench/REPORT.md), so Astro's option is off.
// Code blocks get their captions before Prism highlights them: Prism rebuilds each <pre> from
// its text and drops the fence's meta (title="…"). Astro would run it before any plugin of
// ours, so Astro's highlighter is off and Astro's own Prism plugin runs here instead. Inline
// code then gets its line-break pieces (never at a hyphen inside a name).
const SITE_REMARK_PLUGINS = [remarkSmartPunctuation, remarkGfm, remarkHeadingIds];
const SITE_REHYPE_PLUGINS = [
  rehypeCodeBlocks,
  rehypePrism,
  rehypeCodeBlockFocus,
  rehypeInlineCodeBreaks,
  rehypeSlug,
  rehypeIdAliases,
  rehypeFootnoteLabels,
  rehypeHeadingLinks,
];

/**
 * The site's Markdown configuration, read by astro.config.ts and by the content checks, which
 * render each body through Astro's processor with it, so that both read a post alike.
 */
export function siteMarkdownConfig() {
  return {
    // Prism (in the rehype plugins) marks tokens with classes that our stylesheet colours for
    // both schemes; Shiki's inline style attributes would need 'unsafe-inline' in the
    // Content-Security-Policy.
    syntaxHighlight: false as const,
    smartypants: false,
    remarkPlugins: SITE_REMARK_PLUGINS,
    rehypePlugins: SITE_REHYPE_PLUGINS,
  };
}

import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { leversOff } from '../lib/levers';
import { rehypeHeadingLinks } from './rehype-heading-links';
import { rehypeIdAliases } from './rehype-id-aliases';
import { remarkHeadingIds } from './remark-heading-ids';
import { remarkSmartPunctuation } from './remark-smart-punctuation';

// Order matters: explicit ids first, then rehype-slug fills the rest, former ids join the
// headings they now mean, then every id gets its permalink. Smart punctuation is ours, in the place Astro's default remark-smartypants had
// (first), at an eighth of a build less.
const SITE_REMARK_PLUGINS = [remarkSmartPunctuation, remarkGfm, remarkHeadingIds];
const SITE_REHYPE_PLUGINS = [rehypeSlug, rehypeIdAliases, rehypeHeadingLinks];

/**
 * The site's Markdown configuration, read by astro.config.ts and by the content checks, which
 * render each body through Astro's processor with it: one reading of each post. With the
 * speed levers off (src/lib/levers.ts) smart punctuation is Astro's default
 * (remark-smartypants, in the same place: before our plugins) instead of ours.
 */
export function siteMarkdownConfig() {
  const levers = !leversOff();
  return {
    // Prism marks tokens with classes that our stylesheet colours for both schemes; Shiki's
    // inline style attributes would need 'unsafe-inline' in the Content-Security-Policy.
    syntaxHighlight: 'prism' as const,
    smartypants: !levers,
    remarkPlugins: levers ? SITE_REMARK_PLUGINS : SITE_REMARK_PLUGINS.filter((plugin) => plugin !== remarkSmartPunctuation),
    rehypePlugins: SITE_REHYPE_PLUGINS,
  };
}

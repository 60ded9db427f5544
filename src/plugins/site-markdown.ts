import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingLinks } from './rehype-heading-links';
import { remarkCollectFacts } from './remark-collect-facts';
import { remarkHeadingIds } from './remark-heading-ids';
import { remarkSmartPunctuation } from './remark-smart-punctuation';

// Order matters: explicit ids first, then rehype-slug fills the rest, then every id gets its
// permalink. Smart punctuation is ours, in the place Astro's default remark-smartypants had
// (first), at an eighth of a build less. remarkCollectFacts hands the content checks the tree
// as parsed here, so a build parses each post once; src/lib/markdown-facts.ts parses with the
// same plugins up to that point.
export const SITE_REMARK_PLUGINS = [remarkSmartPunctuation, remarkGfm, remarkHeadingIds, remarkCollectFacts];
export const SITE_REHYPE_PLUGINS = [rehypeSlug, rehypeHeadingLinks];

/**
 * The options of the site's unified processor. With issue 11's levers off (src/lib/levers.ts)
 * it is Astro's default smart punctuation (remark-smartypants, in the same place: before our
 * plugins) instead of ours, so a test can compare the two sites.
 */
export function siteMarkdownOptions({ levers }: { levers: boolean }) {
  return levers
    ? { smartypants: false, remarkPlugins: SITE_REMARK_PLUGINS, rehypePlugins: SITE_REHYPE_PLUGINS }
    : {
        smartypants: true,
        remarkPlugins: SITE_REMARK_PLUGINS.filter((plugin) => plugin !== remarkSmartPunctuation),
        rehypePlugins: SITE_REHYPE_PLUGINS,
      };
}

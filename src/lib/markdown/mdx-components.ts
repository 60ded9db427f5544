/** Where the components that MDX posts may import live. */
export const MDX_COMPONENT_DIR = 'src/components/mdx/';

/**
 * The reviewed components a post may import, by file name in `MDX_COMPONENT_DIR`, with the props
 * a post may pass them (as plain text). A file in that folder is importable only once it is
 * listed here: adding it to this list is the review (no client script, no `set:html`, props
 * rendered as text). See CONTRIBUTING.md.
 */
export const MDX_COMPONENTS: Readonly<Record<string, readonly string[]>> = { 'Callout.astro': ['kind', 'title'] };

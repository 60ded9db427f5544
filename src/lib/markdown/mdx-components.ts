/** Where the components that MDX posts may import live. */
export const MDX_COMPONENT_DIR = 'src/components/mdx/';

/**
 * The reviewed components a post may import (file name in `MDX_COMPONENT_DIR` → props it may pass,
 * as plain text). Listing a file here is its review (CONTRIBUTING.md); unlisted files are refused.
 */
export const MDX_COMPONENTS: Readonly<Record<string, readonly string[]>> = { 'Callout.astro': ['kind', 'title'] };

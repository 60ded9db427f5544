/** The properties of published elements whose value a browser follows or loads. */
export const URL_PROPERTIES = ['href', 'src'] as const;

// The site is served over https: a browser resolves what a post wrote against such an address,
// so `https:docs.kcp.io` is a path of the site, not another host.
const SITE = new URL('https://site.invalid/');
const LINK_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/**
 * Whether a page may carry this address: a link to the web, to a mail address or into the site;
 * an image from the site only. Read as a browser on the https site reads it.
 * @example isPublishableUrl('href', 'https://kcp.io') // true
 * @example isPublishableUrl('src', '//tracker.example/p.gif') // false
 * @example isPublishableUrl('href', 'javascript:alert(1)') // false
 */
export function isPublishableUrl(property: (typeof URL_PROPERTIES)[number], value: string): boolean {
  let url: URL;
  try {
    url = new URL(value, SITE);
  } catch {
    return false;
  }
  if (url.origin === SITE.origin) return true;
  return property === 'href' && LINK_PROTOCOLS.has(url.protocol);
}

/** Where Astro serves a page or endpoint: `Astro` and an endpoint's `APIContext` both fit. */
interface ServedAt {
  site: URL | undefined;
  url: URL;
}

/**
 * The deployed site's base URL: the configured `site`, else the origin being served.
 * @example siteUrl({ site: undefined, url: new URL('http://127.0.0.1:4321/en/') }).href // 'http://127.0.0.1:4321/'
 */
export function siteUrl({ site, url }: ServedAt): URL {
  return site ?? new URL(url.origin);
}

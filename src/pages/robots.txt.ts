import type { APIContext } from 'astro';
import { absoluteUrl } from '../i18n/urls';
import { siteUrl } from '../lib/views/parts/site-url';

/** Lets every crawler in and tells it where the sitemap is (the address depends on SITE_URL). */
export function GET(context: APIContext): Response {
  const body = `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', siteUrl(context))}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

import type { APIContext } from 'astro';

/** Lets every crawler in and tells it where the sitemap is (the address depends on SITE_URL). */
export function GET(context: APIContext): Response {
  const site = context.site ?? new URL(context.url.origin);
  const body = `User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

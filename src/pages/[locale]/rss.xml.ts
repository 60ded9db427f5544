import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';
import { localeStaticPaths, type Locale } from '../../i18n/locales';
import { getSiteIndex } from '../../lib/content/posts';
import { feedOf, feedPages } from '../../lib/feed/feed-view';
import { siteUrl } from '../../lib/views/parts/site-url';

let container: Promise<AstroContainer> | undefined;

// MDX posts render through the JSX renderer (their reviewed components); Markdown needs none.
function sharedContainer(): Promise<AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return container;
}

const renderedBodies = new Map<string, Promise<string>>();

/**
 * A post's body as its page renders it (Markdown and MDX alike, through Astro's own `render()`),
 * as HTML: what a feed carries. Rendered once per entry, as both feeds may list it.
 */
function postBodyHtml(entry: CollectionEntry<'posts'>): Promise<string> {
  const known = renderedBodies.get(entry.id);
  if (known && !import.meta.env.DEV) return known;
  const html = Promise.all([render(entry), sharedContainer()]).then(([{ Content }, renderer]) => renderer.renderToString(Content));
  renderedBodies.set(entry.id, html);
  return html;
}

export const getStaticPaths = localeStaticPaths satisfies GetStaticPaths;

/** One RSS feed per locale, each post with its full text. */
export async function GET(context: APIContext) {
  const { locale } = context.props as { locale: Locale };
  const index = await getSiteIndex();
  const entries = feedPages(index, locale).map((page) => page.post.record);
  const bodies = new Map(await Promise.all(entries.map(async (entry) => [entry.id, await postBodyHtml(entry)] as const)));
  return rss(feedOf(index, locale, siteUrl(context), bodies));
}

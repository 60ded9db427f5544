import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry } from 'astro:content';

let container: Promise<AstroContainer> | undefined;

// MDX posts render through the JSX renderer (their reviewed components); Markdown needs none.
function sharedContainer(): Promise<AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return container;
}

const bodies = new Map<string, Promise<string>>();

/**
 * A post's body as its page renders it (Markdown and MDX alike, through Astro's own `render()`),
 * as HTML: what a feed carries. Rendered once per entry, as both feeds may list it.
 */
export function postBodyHtml(entry: CollectionEntry<'posts'>): Promise<string> {
  const known = bodies.get(entry.id);
  if (known && !import.meta.env.DEV) return known;
  const html = Promise.all([render(entry), sharedContainer()]).then(([{ Content }, renderer]) => renderer.renderToString(Content));
  bodies.set(entry.id, html);
  return html;
}

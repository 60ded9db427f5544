import type { APIContext } from 'astro';
import { shareCardOf } from '../../../../lib/share-card/card-layout';
import { shareCardPng } from '../../../../lib/share-card/share-cards';
import { getSiteIndex } from '../../../../lib/content/posts';
import type { PostPage } from '../../../../lib/content/site-index';

export async function getStaticPaths() {
  const { pages } = await getSiteIndex();
  return pages.filter((page) => !page.isFallback).map((page) => ({ params: { locale: page.locale, slug: page.slug }, props: { page } }));
}

/** The share image of one post, in the post's language. */
export async function GET(context: APIContext<{ page: PostPage }>): Promise<Response> {
  const { page } = context.props;
  const png = await shareCardPng(shareCardOf(page.post.record.data, page.locale));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}

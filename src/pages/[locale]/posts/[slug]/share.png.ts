import type { APIContext } from 'astro';
import { useTranslations } from '../../../../i18n/ui';
import { renderShareImage } from '../../../../lib/share-image';
import { getPostPages, type EntryPage } from '../../../../lib/posts';
import { EVENT } from '../../../../site';

export async function getStaticPaths() {
  const pages = await getPostPages();
  return pages.filter((page) => !page.isFallback).map((page) => ({ params: { locale: page.locale, slug: page.slug }, props: { page } }));
}

/** The share image of one post, in the post's language. */
export async function GET(context: APIContext<{ page: EntryPage }>): Promise<Response> {
  const { page } = context.props;
  const { data } = page.post.record;
  const t = useTranslations(page.locale);
  const label = { recap: t('home.recap'), highlight: t('home.highlight'), 'follow-up': t('home.followUp') }[data.type];
  const png = await renderShareImage({
    title: data.title,
    session: data.type === 'highlight' ? `${t(`talk.kind.${data.talk.kind}`)} · ${data.talk.title}` : undefined,
    event: `${EVENT.name} · ${t('event.place')}`,
    label,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}

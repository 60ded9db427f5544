import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { EVENT } from '../../site';
import type { PostData } from '../content/post-schema';
import type { ShareCard } from './card-layout';

/** What a post's share card says, in the post's language. */
export function shareCardOf(data: PostData, locale: Locale): ShareCard {
  const t = useTranslations(locale);
  const label = { recap: t('home.recap'), highlight: t('home.highlight'), 'follow-up': t('home.followUp') }[data.type];
  return {
    title: data.title,
    session: data.type === 'highlight' ? `${t(`talk.kind.${data.talk.kind}`)} · ${data.talk.title}` : undefined,
    event: `${EVENT.name} · ${t('event.place')}`,
    kicker: `${label} · ${EVENT.shortName}`,
  };
}

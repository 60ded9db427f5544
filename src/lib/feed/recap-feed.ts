import type { ElementContent, Properties } from 'hast';
import { h } from 'hastscript';
import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import type { TalkSectionView } from '../views/recap';

const langOf = (lang: string | undefined): Properties => (lang ? { lang } : {});

/**
 * What the recap's layout adds to its Markdown body, as a feed reader should read it: each
 * highlight section (heading linked to its post, the session, who gave it, the summary, the
 * follow-ups) and the closing paragraph. Only what the page shows as text; no page controls.
 * @example recapFeedParts(sections, 'Bis bald!', 'de').at(-1) // <p>Bis bald!</p> as hast
 */
export function recapFeedParts(sections: readonly TalkSectionView[], closing: string, locale: Locale): ElementContent[] {
  const t = useTranslations(locale);
  return [
    ...sections.flatMap(({ link, talk, summary, followUps }) => [
      h('h2', langOf(link.lang), [h('a', { href: link.href }, [link.title])]),
      h('p', {}, [
        `${t(`talk.kind.${talk.kind}`)}: `,
        h('cite', { lang: 'en' }, [talk.title]),
        ...(talk.people ? [` · ${t(talk.people.labelKey)}: ${talk.people.text}`] : []),
      ]),
      h('p', langOf(link.lang), [summary]),
      ...(followUps.length > 0
        ? [
            h('p', {}, [`${t('recap.followUps')}:`]),
            h(
              'ul',
              {},
              followUps.map((followUp) => h('li', {}, [h('a', { href: followUp.href, ...langOf(followUp.lang) }, [followUp.title])])),
            ),
          ]
        : []),
      h('p', {}, [h('a', { href: link.href }, [t('recap.readMore')])]),
    ]),
    h('p', {}, [closing]),
  ];
}

import type { Element, ElementContent, Properties } from 'hast';
import type { Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import type { TalkSectionView } from '../views/recap';

type Child = ElementContent | string;
const element = (tagName: string, properties: Properties, children: readonly Child[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children: children.map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
});
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
      element('h2', langOf(link.lang), [element('a', { href: link.href }, [link.title])]),
      element('p', {}, [
        `${t(`talk.kind.${talk.kind}`)}: `,
        element('cite', { lang: 'en' }, [talk.title]),
        ...(talk.people ? [` · ${t(talk.people.labelKey)}: ${talk.people.text}`] : []),
      ]),
      element('p', langOf(link.lang), [summary]),
      ...(followUps.length > 0
        ? [
            element('p', {}, [`${t('recap.followUps')}:`]),
            element(
              'ul',
              {},
              followUps.map((followUp) =>
                element('li', {}, [element('a', { href: followUp.href, ...langOf(followUp.lang) }, [followUp.title])]),
              ),
            ),
          ]
        : []),
      element('p', {}, [element('a', { href: link.href }, [t('recap.readMore')])]),
    ]),
    element('p', {}, [closing]),
  ];
}

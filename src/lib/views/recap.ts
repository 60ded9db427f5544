import type { Locale } from '../../i18n/locales';
import { translateCount } from '../../i18n/ui';
import { postPath } from '../../i18n/urls';
import type { SiteIndex } from '../content/site-index';
import { followUpsIdOf } from '../content/layout-ids';
import { postLinkOf } from './parts/post-link';
import { talkFacts } from './parts/talk-facts';
import { smartPunctuation } from '../../plugins/remark-smart-punctuation';

/** One highlight section of the recap: the highlight, its page and its follow-ups. */
type RecapSection = ReturnType<typeof recapSections>[number];

/**
 * What the recap covers, for its conference facts, each count singular or plural as it must be.
 * @example recapScope('en', 7, 1) // '7 highlights, 1 follow-up'
 */
export function recapScope(locale: Locale, highlights: number, followUps: number): string {
  return `${translateCount(locale, 'event.highlights', highlights)}, ${translateCount(locale, 'event.followUps', followUps)}`;
}

/**
 * A talk's section on the recap page: its id is the same in both languages.
 * @example recapSectionPath('en', 'kubecon-2024-paris', 'kcp') // '/en/posts/kubecon-2024-paris/#kcp'
 */
export function recapSectionPath(locale: Locale, recapSlug: string, talkId: string): string {
  return `${postPath(locale, recapSlug)}#${talkId}`;
}

/**
 * The recap's highlight sections in the order its front matter lists them. A slug that is not
 * a published highlight is an author error: the message names the file and the slug.
 */
export function recapSections(recapFile: string, highlightSlugs: readonly string[], index: SiteIndex, locale: Locale) {
  return highlightSlugs.map((slug) => {
    const page = index.page(locale, slug);
    const data = page?.post.record.data;
    if (page === undefined || data?.type !== 'highlight') {
      throw new Error(
        `${recapFile}: field "highlights" lists "${slug}", but there is no published highlight post with that slug. ` +
          `Add content/posts/${locale}/${slug}.md with type "highlight", or remove "${slug}" from the list.`,
      );
    }
    return { slug, page, highlight: data, followUps: index.followUps[locale].get(slug) ?? [] };
  });
}

/** One talk section of the recap page, ready to render. */
export type TalkSectionView = ReturnType<typeof talkSectionViews>[number];

/**
 * The recap's sections as its page shows them, numbered in order; `idAliases` (the recap's)
 * keeps former talk ids on their sections.
 * @example talkSectionViews(sections)[0]?.number // '01'
 */
export function talkSectionViews(sections: readonly RecapSection[], idAliases: Readonly<Record<string, string>> = {}) {
  return sections.map(({ page, highlight, followUps }, index) => ({
    id: highlight.talkId,
    number: String(index + 1).padStart(2, '0'),
    link: postLinkOf(page),
    summary: smartPunctuation(highlight.summary),
    talk: talkFacts(highlight.talk),
    followUps: followUps.map(postLinkOf),
    followUpsId: followUpsIdOf(highlight.talkId),
    formerIds: Object.keys(idAliases).filter((former) => idAliases[former] === highlight.talkId),
  }));
}

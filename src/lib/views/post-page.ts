import { LOCALE_TAGS, type Locale } from '../../i18n/locales';
import { absoluteUrl, alternatePaths, postPath, talksPath } from '../../i18n/urls';
import { REPOSITORY_BRANCH, REPOSITORY_URL } from '../../site';
import { postFilePath } from '../content/content-paths';
import { hasOtherLanguage, type PostPage, type SiteIndex } from '../content/site-index';
import { outdatedNoticeOf } from '../content/translations/translation-pages';
import { mapAnchorsByPosition, type HeadingRef } from '../markdown/anchors';
import { tocEntries, type TocHeading } from '../markdown/toc';
import { blogPostingLd } from './parts/structured-data';
import { discussUrl } from './parts/discuss-url';
import type { LayoutProps } from './page-head';
import { pagerOf } from './parts/pager';
import { postKindKey } from './parts/post-kind';
import { postLinkOf, topicLinks } from './parts/post-link';
import { recapSectionPath, recapSections, talkSectionViews } from './recap';
import { searchFactsOf } from './parts/search-facts';
import { talkFacts } from './parts/talk-facts';
import { smartPunctuation } from '../../plugins/remark-smart-punctuation';

/** What the post page knows: its page, the whole index, the rendered headings and the site. */
export interface PostPageInput {
  page: PostPage;
  index: SiteIndex;
  /** The headings of the content the page shows, as Astro renders them. */
  headings: readonly TocHeading[];
  /** The headings of the translation, for the language switch; none without a translation. */
  translationHeadings: readonly HeadingRef[];
  site: URL;
}

/** A post page, ready for the post layout. */
export type PostView = ReturnType<typeof postPageView>;

/**
 * Where a highlight's speakers have their anchors: the talk index of the page's locale, which
 * lists the talks of the recap; undefined for a highlight the recap does not list.
 */
function talkIndexHrefOf(index: SiteIndex, locale: Locale, slug: string): string | undefined {
  const recap = index.recap[locale]?.post.record.data;
  return recap?.type === 'recap' && recap.highlights.includes(slug) ? talksPath(locale) : undefined;
}

/**
 * The language switch's id map with the post's former ids added: a former id is carried to
 * what its section is called on the other page.
 * @example withAliases({ warum: 'why' }, { alt: 'warum' }) // { warum: 'why', alt: 'why' }
 */
export function withAliases(anchorMap: Record<string, string>, idAliases: Readonly<Record<string, string>> = {}): Record<string, string> {
  const map = { ...anchorMap };
  for (const [former, current] of Object.entries(idAliases)) map[former] = anchorMap[current] ?? current;
  return map;
}

/**
 * Everything a post page shows besides its rendered content: head and JSON-LD, the kicker and
 * dates, the talk card, the recap's sections, follow-ups, topics, edit and discuss links, pager.
 * @example postPageView({ page, index, headings, translationHeadings: [], site }).editUrl
 * // 'https://github.com/puzzle/kubecon-recap/edit/main/content/posts/en/kcp.md'
 */
export function postPageView(input: PostPageInput) {
  const { page, index, headings, translationHeadings, site } = input;
  const { locale, slug } = page;
  const record = page.post.record;
  const { data } = record;
  const contentLocale = page.post.locale;
  const url = absoluteUrl(postPath(locale, slug), site);
  // A fallback page shares the original's card: the text it shows is the original's.
  const image = absoluteUrl(`${postPath(contentLocale, slug)}share.png`, site);
  const extension = record.filePath?.endsWith('.mdx') ? 'mdx' : 'md';

  const recap = index.recap[locale];
  const parent = data.type === 'follow-up' ? index.page(locale, data.followUpOf) : undefined;
  const parentData = parent?.post.record.data;
  const parentHighlight = parentData?.type === 'highlight' ? parentData : undefined;
  const sections = data.type === 'recap' ? recapSections(record.filePath ?? record.id, data.highlights, index, locale) : [];

  return {
    layout: {
      locale,
      title: data.title,
      description: smartPunctuation(data.description),
      alternates: alternatePaths((code) => postPath(code, slug)),
      hasTranslation: hasOtherLanguage(page),
      anchorMap: page.isFallback ? {} : withAliases(mapAnchorsByPosition(headings, translationHeadings), data.idAliases),
      ogType: 'article',
      image,
      jsonLd: blogPostingLd({
        image,
        data,
        url,
        inLanguage: LOCALE_TAGS[contentLocale].lang,
        talk: data.type === 'highlight' ? data.talk : parentHighlight?.talk,
      }),
    } satisfies LayoutProps,
    locale,
    uiLang: LOCALE_TAGS[locale].lang,
    articleLang: page.isFallback ? LOCALE_TAGS[contentLocale].lang : undefined,
    isFallback: page.isFallback,
    kindKey: postKindKey(data.type),
    title: data.title,
    isDraft: data.draft,
    published: data.pubDate,
    updated: data.updatedDate,
    readingMinutes: index.minutes.get(page) ?? 1,
    outdatedNotice: outdatedNoticeOf(page),
    followUpOf:
      parent && parentHighlight
        ? {
            title: parentHighlight.title,
            href: recap ? recapSectionPath(locale, recap.slug, parentHighlight.talkId) : postPath(locale, parent.slug),
          }
        : undefined,
    talkCard:
      data.type === 'highlight'
        ? { locale: contentLocale, talk: talkFacts(data.talk), talkIndexHref: talkIndexHrefOf(index, locale, slug) }
        : undefined,
    // The recap's contents are its highlights, which the layout adds after the body.
    toc: tocEntries([...headings, ...sections.map(({ highlight }) => ({ depth: 2, slug: highlight.talkId, text: highlight.title }))]),
    recap:
      data.type === 'recap'
        ? {
            highlights: sections.length,
            followUps: sections.reduce((sum, section) => sum + section.followUps.length, 0),
            sections: talkSectionViews(sections, data.idAliases),
            closing: smartPunctuation(data.closing),
          }
        : undefined,
    followUps: data.type === 'highlight' ? (index.followUps[locale].get(slug) ?? []).map(postLinkOf) : [],
    topics: topicLinks(data.topics, locale),
    editUrl: `${REPOSITORY_URL}/edit/${REPOSITORY_BRANCH}/${postFilePath(contentLocale, slug, extension)}`,
    discussUrl: discussUrl(REPOSITORY_URL, locale, data.title, url),
    pager: pagerOf(index, page),
    searchFacts: searchFactsOf(data),
  };
}

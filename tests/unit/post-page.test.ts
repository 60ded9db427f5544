import { describe, expect, test } from 'vitest';
import type { Locale } from '../../src/i18n/locales';
import { postPageView } from '../../src/lib/views/post-page';
import { pageAt, index, SITE, records } from './view-records';
import { siteIndexOf } from '../../src/lib/content/site-index';

const viewOf = (locale: Locale, slug: string, headings: { depth: number; slug: string; text: string }[] = [], translation = headings) =>
  postPageView({ page: pageAt(locale, slug), index, headings, translationHeadings: translation, site: SITE });

describe('postPageView', () => {
  test.each([
    // locale, slug, kind, article language, edit link's file
    ['en', 'recap', 'home.recap', undefined, 'content/posts/en/recap.md'],
    ['de', 'alpha', 'home.highlight', undefined, 'content/posts/de/alpha.md'],
    ['de', 'beta', 'home.highlight', undefined, 'content/posts/de/beta.mdx'],
    ['en', 'alpha-more', 'home.followUp', 'de-CH', 'content/posts/de/alpha-more.md'],
  ] as const)('labels %s/%s as %s, in language %s, edited at %s', (locale, slug, kindKey, articleLang, file) => {
    const view = viewOf(locale, slug);
    expect(view.kindKey).toBe(kindKey);
    expect(view.articleLang).toBe(articleLang);
    expect(view.uiLang).toBe(locale === 'de' ? 'de-CH' : locale);
    expect(view.editUrl).toBe(`https://github.com/puzzle/kubecon-recap/edit/main/${file}`);
  });

  test.each([
    // locale, slug, share image, page address in the JSON-LD, its language
    ['de', 'alpha', 'https://example.org/de/posts/alpha/share.png', 'https://example.org/de/posts/alpha/', 'de-CH'],
    ['en', 'alpha-more', 'https://example.org/de/posts/alpha-more/share.png', 'https://example.org/en/posts/alpha-more/', 'de-CH'],
  ] as const)('gives %s/%s the share card %s (a fallback shares its original’s)', (locale, slug, image, url, inLanguage) => {
    const { layout } = viewOf(locale, slug);
    expect(layout.image).toBe(image);
    expect(layout.jsonLd).toMatchObject({ '@type': 'BlogPosting', image, url, inLanguage });
    expect(layout.ogType).toBe('article');
    expect(layout.alternates).toEqual({ de: `/de/posts/${slug}/`, en: `/en/posts/${slug}/` });
  });

  test('says what a follow-up’s JSON-LD is about: the talk of the highlight it extends', () => {
    expect(viewOf('en', 'alpha-more').layout.jsonLd).toMatchObject({ about: { '@type': 'Event', name: 'Alpha in Practice' } });
  });

  test.each([
    // this page's heading ids, the translation's, whether it is a fallback page → the switch's map
    ['de', 'alpha', ['warum', 'wie'], ['why', 'wie'], { warum: 'why' }],
    ['de', 'alpha', ['same'], ['same'], {}],
    ['en', 'alpha-more', ['warum'], ['why'], {}],
  ] as const)('maps %s/%s heading ids %j to %j as %j', (locale, slug, own, translated, anchorMap) => {
    const h = (ids: readonly string[]) => ids.map((id) => ({ depth: 2, slug: id, text: id }));
    expect(viewOf(locale, slug, h(own), h(translated)).layout.anchorMap).toEqual(anchorMap);
  });

  test('links a follow-up to its highlight’s section on the recap', () => {
    expect(viewOf('en', 'alpha-more').followUpOf).toEqual({ title: 'Title of en/alpha', href: '/en/posts/recap/#alpha-talk' });
    expect(viewOf('en', 'alpha').followUpOf).toBeUndefined();
  });

  test('shows a highlight’s talk card in the language of its text, and its follow-ups', () => {
    const view = viewOf('en', 'alpha');
    expect(view.talkCard).toEqual({
      locale: 'en',
      talk: {
        title: 'Alpha in Practice',
        kind: 'talk',
        people: {
          labelKey: 'talk.speakers',
          text: 'Ada Example (Example AG), Bo Example',
          speakers: [
            { label: 'Ada Example (Example AG)', id: 'ada-example' },
            { label: 'Bo Example', id: 'bo-example' },
          ],
        },
        links: [
          { key: 'schedule', href: 'https://example.org/schedule/alpha' },
          { key: 'video', href: 'https://example.org/video/alpha' },
        ],
      },
      // The speakers link to their anchors on the talk index, which lists the recap's talks.
      talkIndexHref: '/en/talks/',
    });
    expect(view.followUps).toEqual([{ title: 'Title of de/alpha-more', href: '/en/posts/alpha-more/', lang: 'de-CH' }]);
    expect(viewOf('en', 'recap').talkCard).toBeUndefined();
  });

  test('links no speaker of a highlight the recap does not list: the talk index has no anchor for them', () => {
    const withoutRecap = siteIndexOf(records.filter((entry) => !entry.id.endsWith('/recap')));
    const page = withoutRecap.pages.find((candidate) => candidate.locale === 'en' && candidate.slug === 'alpha');
    if (!page) throw new Error('no page en/alpha');
    const view = postPageView({ page, index: withoutRecap, headings: [], translationHeadings: [], site: SITE });
    expect(view.talkCard?.talkIndexHref).toBeUndefined();
  });

  test('gives the recap its facts, numbered sections and closing', () => {
    const { recap } = viewOf('en', 'recap');
    expect(recap?.highlights).toBe(2);
    expect(recap?.followUps).toBe(1);
    expect(recap?.closing).toBe('Thanks.');
    expect(recap?.sections.map((section) => [section.number, section.id, section.link.href, section.followUpsId])).toEqual([
      ['01', 'beta', '/en/posts/beta/', 'beta-follow-ups'],
      ['02', 'alpha-talk', '/en/posts/alpha/', 'alpha-talk-follow-ups'],
    ]);
    expect(viewOf('en', 'alpha').recap).toBeUndefined();
  });

  test('warns on a translation older than its original, and nowhere else', () => {
    expect(viewOf('en', 'alpha').outdatedNotice).toEqual({
      originalLocale: 'de',
      originalDate: new Date('2024-04-20'),
      originalHref: '/de/posts/alpha/',
    });
    expect(viewOf('de', 'alpha').outdatedNotice).toBeUndefined();
  });

  test('leads the pager along the reading order, naming where each link goes', () => {
    expect(viewOf('en', 'alpha').pager.map((slot) => [slot.rel, slot.link?.href, slot.link?.labelKey])).toEqual([
      ['prev', '/en/posts/beta/', 'pager.previousHighlight'],
      ['next', '/en/posts/alpha-more/', 'pager.nextFollowUp'],
    ]);
  });

  test('links topics and the discussion in the page’s language', () => {
    const view = viewOf('de', 'alpha');
    expect(view.topics.map((topic) => [topic.label, topic.href])).toEqual([
      ['GitOps', '/de/topics/gitops/'],
      ['Sicherheit', '/de/topics/security/'],
    ]);
    expect(new URL(view.discussUrl).searchParams.get('title')).toBe('Diskussion: Title of de/alpha');
  });

  test('lists a table of contents only for posts with three sections or more', () => {
    const h = (depth: number, slug: string) => ({ depth, slug, text: slug });
    expect(viewOf('de', 'alpha', [h(2, 'a'), h(2, 'b')]).toc).toEqual([]);
    const { toc } = viewOf('de', 'alpha', [h(2, 'a'), h(3, 'a1'), h(2, 'b'), h(2, 'c')]);
    expect(toc.map((entry) => entry.slug)).toEqual(['a', 'a1', 'b', 'c']);
  });
});

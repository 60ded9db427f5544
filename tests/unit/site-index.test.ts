import { describe, expect, test } from 'vitest';
import type { PostData } from '../../src/lib/content/post-schema';
import { hasOtherLanguage, neighboursOf, siteIndexOf, type PostEntry } from '../../src/lib/content/site-index';

const common = { description: 'x'.repeat(60), topics: ['gitops' as const], draft: false };
const talk = { title: 'T', kind: 'talk' as const, speakers: [], links: {} };

function post(id: string, data: Partial<PostData> & Pick<PostData, 'type'>, pubDate = '2024-04-08', body = 'word '.repeat(10)): PostEntry {
  const base = { ...common, title: id, pubDate: new Date(pubDate) };
  const full =
    data.type === 'highlight'
      ? { ...base, talkId: id.split('/')[1] ?? '', summary: 's', talk, ...data }
      : data.type === 'recap'
        ? { ...base, highlights: [], closing: 'c', ...data }
        : { ...base, followUpOf: 'alpha', ...data };
  return { id, collection: 'posts', data: full as PostData, body } as PostEntry;
}

const index = siteIndexOf([
  post('de/recap', { type: 'recap', highlights: ['alpha'] }),
  post('en/recap', { type: 'recap', highlights: ['alpha'] }),
  post('de/alpha', { type: 'highlight' }),
  post('en/alpha', { type: 'highlight' }),
  post('de/alpha-older', { type: 'follow-up' }, '2024-04-10'),
  post('en/alpha-older', { type: 'follow-up' }, '2024-04-10'),
  post('de/alpha-newer', { type: 'follow-up' }, '2024-05-01', 'word '.repeat(450)),
]);
const slugs = (pages: readonly { slug: string }[]) => pages.map((page) => page.slug);

/** The page of `slug` in `locale`, which the index must have. */
function pageOf(locale: 'de' | 'en', slug: string) {
  const page = index.page(locale, slug);
  if (!page) throw new Error(`no page ${locale}/${slug}`);
  return page;
}

describe('siteIndexOf', () => {
  test('renders every slug in both locales, a missing translation from the other language as a fallback', () => {
    expect(index.pages).toHaveLength(8);
    const fallback = index.page('en', 'alpha-newer');
    expect([fallback?.isFallback, fallback?.post.locale, fallback && hasOtherLanguage(fallback)]).toEqual([true, 'de', true]);
    const original = index.page('de', 'alpha-newer');
    expect([original?.isFallback, original?.translation, original && hasOtherLanguage(original)]).toEqual([false, undefined, false]);
  });

  test.each(['fr/kcp', 'kcp', 'de/nested/kcp'])('refuses the entry id %j with a message naming the expected place', (id) => {
    expect(() => siteIndexOf([post(id, { type: 'highlight' })])).toThrow(/content\/posts\/<de\|en>\/<slug>\.md/);
  });

  test('lists a locale with the recap first, then newest first, same-day highlights in the recap’s order', () => {
    expect(slugs(index.listed.de)).toEqual(['recap', 'alpha-newer', 'alpha-older', 'alpha']);
    const sameDay = siteIndexOf([
      post('de/recap', { type: 'recap', highlights: ['zeta', 'alpha'] }),
      post('de/alpha', { type: 'highlight' }),
      post('de/zeta', { type: 'highlight' }),
      post('de/beta', { type: 'highlight' }),
    ]);
    expect(slugs(sameDay.listed.de)).toEqual(['recap', 'zeta', 'alpha', 'beta']);
  });

  test('knows a highlight’s follow-ups, newest first, fallbacks included', () => {
    expect(index.followUps.en.get('alpha')?.map((page) => [page.slug, page.isFallback])).toEqual([
      ['alpha-newer', true],
      ['alpha-older', false],
    ]);
    expect(index.followUps.de.get('beta')).toBeUndefined();
  });

  test('reads from the recap along its highlight list, each highlight’s follow-ups oldest first, every page once', () => {
    // The recap lists its highlights out of date and alphabetical order, so only the list decides.
    const order = siteIndexOf([
      post('en/recap', { type: 'recap', highlights: ['kcp', 'kubeflow', 'manifests'] }),
      post('en/manifests', { type: 'highlight' }),
      post('en/kubeflow', { type: 'highlight' }, '2024-04-09'),
      post('en/kcp', { type: 'highlight' }),
      post('en/manifests-later', { type: 'follow-up', followUpOf: 'manifests' }, '2024-06-01'),
      post('en/manifests-first', { type: 'follow-up', followUpOf: 'manifests' }, '2024-05-01'),
      post('en/kcp-deep', { type: 'follow-up', followUpOf: 'kcp' }, '2024-05-01'),
      post('en/unlisted', { type: 'highlight' }, '2024-07-01'),
    ]).readingOrder.en;
    expect(slugs(order)).toEqual(['recap', 'kcp', 'kcp-deep', 'kubeflow', 'manifests', 'manifests-first', 'manifests-later', 'unlisted']);
  });

  test('counts each page’s reading time once; the recap’s counts the sections its layout adds', () => {
    expect(index.minutes.get(pageOf('de', 'alpha-newer'))).toBe(3);
    expect(index.minutes.get(pageOf('en', 'alpha-newer'))).toBe(3);
    expect(index.minutes.get(pageOf('de', 'recap'))).toBe(1);
  });
});

describe('neighboursOf', () => {
  const at = (slug: string) => neighboursOf(index, pageOf('de', slug));

  test('leads from a highlight to its first follow-up and back, with no page before the recap or after the last', () => {
    expect([at('alpha').previous?.slug, at('alpha').next?.slug]).toEqual(['recap', 'alpha-older']);
    expect([at('alpha-older').previous?.slug, at('alpha-older').next?.slug]).toEqual(['alpha', 'alpha-newer']);
    expect([at('recap').previous, at('alpha-newer').next]).toEqual([undefined, undefined]);
  });
});

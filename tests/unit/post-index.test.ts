import { describe, expect, test } from 'vitest';
import {
  followUpsOf,
  hasOtherLanguage,
  indexPosts,
  listPostPages,
  locatePost,
  neighboursOf,
  pagesForLocale,
  readingOrder,
  withoutDrafts,
  type PostRecord,
} from '../../src/lib/content/post-index';
import type { PostData } from '../../src/lib/content/post-schema';

const common = { description: 'x'.repeat(60), topics: ['gitops' as const], draft: false };
const talk = { title: 'T', kind: 'talk' as const, speakers: [], links: {} };

function post(id: string, data: Partial<PostData> & Pick<PostData, 'type'>, pubDate = '2024-04-08'): PostRecord {
  const base = { ...common, title: id, pubDate: new Date(pubDate) };
  if (data.type === 'highlight') return { id, data: { ...base, talkId: id.split('/')[1] ?? '', summary: 's', talk, ...data } as PostData };
  if (data.type === 'recap') return { id, data: { ...base, highlights: [], closing: 'c', ...data } as PostData };
  return { id, data: { ...base, followUpOf: 'alpha', ...data } as PostData };
}

const records = [
  post('de/recap', { type: 'recap' }),
  post('en/recap', { type: 'recap' }),
  post('de/alpha', { type: 'highlight' }),
  post('en/alpha', { type: 'highlight' }),
  post('de/alpha-older', { type: 'follow-up' }, '2024-04-10'),
  post('en/alpha-older', { type: 'follow-up' }, '2024-04-10'),
  post('de/alpha-newer', { type: 'follow-up' }, '2024-05-01'),
  post('de/draft', { type: 'follow-up', draft: true }, '2024-06-01'),
];

describe('locatePost', () => {
  test('reads locale and slug from the entry id', () => {
    const record = post('en/kcp', { type: 'highlight' });
    expect(locatePost(record)).toEqual({ locale: 'en', slug: 'kcp', record });
  });

  test.each(['fr/kcp', 'kcp', 'de/nested/kcp'])('refuses %j with a message naming the expected place', (id) => {
    expect(() => locatePost(post(id, { type: 'highlight' }))).toThrow(/content\/posts\/<de\|en>\/<slug>\.md/);
  });
});

describe('withoutDrafts', () => {
  test('drops drafts and keeps the rest', () => {
    expect(withoutDrafts(records).map((record) => record.id)).not.toContain('de/draft');
    expect(withoutDrafts(records)).toHaveLength(records.length - 1);
  });
});

describe('listPostPages', () => {
  const pages = listPostPages(indexPosts(withoutDrafts(records)));

  test('renders every slug in both locales', () => {
    expect(pages).toHaveLength(8);
  });

  test('shows a missing translation from the other language, marked as fallback', () => {
    const page = pages.find((candidate) => candidate.locale === 'en' && candidate.slug === 'alpha-newer');
    expect(page?.isFallback).toBe(true);
    expect(page?.post.locale).toBe('de');
    expect(page && hasOtherLanguage(page)).toBe(true);
  });

  test('knows when an original has no translation yet', () => {
    const page = pages.find((candidate) => candidate.locale === 'de' && candidate.slug === 'alpha-newer');
    expect(page?.isFallback).toBe(false);
    expect(page?.translation).toBeUndefined();
    expect(page && hasOtherLanguage(page)).toBe(false);
  });
});

describe('pagesForLocale', () => {
  test('puts the recap first, then the newest', () => {
    const pages = listPostPages(indexPosts(withoutDrafts(records)));
    expect(pagesForLocale(pages, 'de').map((page) => page.slug)).toEqual(['recap', 'alpha-newer', 'alpha-older', 'alpha']);
  });
});

describe('pagesForLocale on one day', () => {
  test('keeps same-day highlights in the recap’s order', () => {
    const sameDay = [
      post('de/recap', { type: 'recap', highlights: ['zeta', 'alpha'] }),
      post('de/alpha', { type: 'highlight' }),
      post('de/zeta', { type: 'highlight' }),
      post('de/beta', { type: 'highlight' }),
    ];
    const pages = listPostPages(indexPosts(sameDay));
    expect(pagesForLocale(pages, 'de').map((page) => page.slug)).toEqual(['recap', 'zeta', 'alpha', 'beta']);
  });
});

describe('followUpsOf', () => {
  const pages = listPostPages(indexPosts(withoutDrafts(records)));

  test('lists a highlight’s follow-ups newest first, fallbacks included', () => {
    expect(followUpsOf(pages, 'alpha', 'en').map((page) => [page.slug, page.isFallback])).toEqual([
      ['alpha-newer', true],
      ['alpha-older', false],
    ]);
  });

  test('is empty for a highlight without follow-ups', () => {
    expect(followUpsOf(pages, 'beta', 'de')).toEqual([]);
  });
});

describe('readingOrder', () => {
  // The recap lists its highlights out of date and alphabetical order, so only the list decides.
  const recapOrder = [
    post('en/recap', { type: 'recap', highlights: ['kcp', 'kubeflow', 'manifests'] }, '2024-04-08'),
    post('en/manifests', { type: 'highlight' }, '2024-04-08'),
    post('en/kubeflow', { type: 'highlight' }, '2024-04-09'),
    post('en/kcp', { type: 'highlight' }, '2024-04-08'),
    post('en/manifests-later', { type: 'follow-up', followUpOf: 'manifests' }, '2024-06-01'),
    post('en/manifests-first', { type: 'follow-up', followUpOf: 'manifests' }, '2024-05-01'),
    post('en/kcp-deep', { type: 'follow-up', followUpOf: 'kcp' }, '2024-05-01'),
    post('en/unlisted', { type: 'highlight' }, '2024-07-01'),
  ];
  const pages = listPostPages(indexPosts(recapOrder)).filter((page) => page.locale === 'en');

  test('starts at the recap, follows its highlight list, and puts follow-ups (oldest first) after their highlight', () => {
    expect(readingOrder(pages, 'en').map((page) => page.slug)).toEqual([
      'recap',
      'kcp',
      'kcp-deep',
      'kubeflow',
      'manifests',
      'manifests-first',
      'manifests-later',
      'unlisted',
    ]);
  });

  test('places every page of the locale exactly once', () => {
    const order = readingOrder(pages, 'en');
    expect(new Set(order).size).toBe(order.length);
    expect(order).toHaveLength(pages.length);
  });
});

describe('neighboursOf', () => {
  const pages = listPostPages(indexPosts(withoutDrafts(records)));
  const at = (slug: string) => {
    const page = pages.find((candidate) => candidate.locale === 'de' && candidate.slug === slug);
    if (!page) throw new Error(`fixture page ${slug} missing`);
    return neighboursOf(pages, page);
  };

  test('leads from a highlight to its first follow-up and back', () => {
    expect(at('alpha').previous?.slug).toBe('recap');
    expect(at('alpha').next?.slug).toBe('alpha-older');
    expect(at('alpha-older').previous?.slug).toBe('alpha');
    expect(at('alpha-older').next?.slug).toBe('alpha-newer');
  });

  test('has no previous page on the recap and no next page at the end', () => {
    expect(at('recap').previous).toBeUndefined();
    expect(at('alpha-newer').next).toBeUndefined();
  });
});

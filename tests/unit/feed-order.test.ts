import { describe, expect, test } from 'vitest';
import { newestFirst } from '../../src/lib/meta/feed-order';
import type { PostPage } from '../../src/lib/content/post-index';
import type { PostData } from '../../src/lib/content/post-schema';

const page = (slug: string, pubDate: string): PostPage => {
  const record = { id: `en/${slug}`, data: { pubDate: new Date(pubDate) } as PostData };
  return { locale: 'en', slug, post: { locale: 'en', slug, record }, isFallback: false, translation: undefined };
};

describe('newestFirst', () => {
  test('orders by publication date, newest first, keeping the given order within a day', () => {
    const pages = [page('recap', '2024-04-08'), page('kcp', '2024-04-08'), page('follow-up', '2024-04-22'), page('old', '2024-03-30')];
    expect(newestFirst(pages).map((p) => p.slug)).toEqual(['follow-up', 'recap', 'kcp', 'old']);
  });

  test('leaves its input alone', () => {
    const pages = [page('a', '2024-01-01'), page('b', '2024-02-01')];
    newestFirst(pages);
    expect(pages.map((p) => p.slug)).toEqual(['a', 'b']);
  });
});

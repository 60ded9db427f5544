import { describe, expect, test } from 'vitest';
import { feedOf } from '../../src/lib/views/feed';
import { pages, SITE } from './view-records';

describe('feedOf', () => {
  const feed = feedOf(pages, 'en', SITE);

  test('names the feed after the site and its locale, at that locale’s home', () => {
    expect([feed.title, feed.site, feed.customData]).toEqual([
      'KubeCon Europe 2024 – Recap (EN)',
      'https://example.org/en/',
      '<language>en</language>',
    ]);
  });

  test('lists every post a reader of the locale can open, newest first, each in the language of its text', () => {
    const items = Array.isArray(feed.items) ? feed.items : [];
    expect(items.map((item) => [item.link, item.customData?.match(/<dc:language>(\w+)</)?.[1]])).toEqual([
      ['https://example.org/en/posts/alpha-more/', 'de'],
      ['https://example.org/en/posts/recap/', 'en'],
      ['https://example.org/en/posts/beta/', 'en'],
      ['https://example.org/en/posts/alpha/', 'en'],
    ]);
  });

  test('adds a highlight’s summary to its description and files items under their topics', () => {
    const items = Array.isArray(feed.items) ? feed.items : [];
    const alpha = items.find((item) => item.link === 'https://example.org/en/posts/alpha/');
    expect(alpha?.description).toBe(`${'x'.repeat(60)} Alpha summary.`);
    expect(alpha?.categories).toEqual(['GitOps', 'Security']);
  });
});

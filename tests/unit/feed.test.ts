import { describe, expect, test } from 'vitest';
import { feedPath } from '../../src/i18n/urls';
import { feedOf, feedPages, subscribeView } from '../../src/lib/feed/feed-view';
import { index, pages, SITE } from './view-records';

// What Astro renders of each body; the links are relative, as on the page.
const bodies = new Map(
  pages.map((page) => [page.post.record.id, `<p>Body of ${page.post.record.id}, <a href="#why">why</a>.</p><script>x()</script>`]),
);

describe('feedOf', () => {
  const feed = feedOf(index, 'en', SITE, bodies);
  const items = Array.isArray(feed.items) ? feed.items : [];

  test('names the feed after the site and its locale, at that locale’s home', () => {
    expect([feed.title, feed.site]).toEqual(['KubeCon Europe 2024 – Recap (EN)', 'https://example.org/en/']);
    expect(feed.customData).toContain('<language>en</language>');
  });

  test('names its own address and when it last changed, the newest date of its posts', () => {
    expect(feed.xmlns).toMatchObject({ atom: 'http://www.w3.org/2005/Atom' });
    expect(feed.customData).toContain('<atom:link href="https://example.org/en/rss.xml" rel="self" type="application/rss+xml"/>');
    const newest = Math.max(
      ...feedPages(index, 'en').flatMap(({ post }) => [post.record.data.pubDate.getTime(), post.record.data.updatedDate?.getTime() ?? 0]),
    );
    expect(feed.customData).toContain(`<lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>`);
  });

  test('lists every post a reader of the locale can open, newest first, each in the language of its text', () => {
    expect(items.map((item) => [item.link, item.customData?.match(/<dc:language>([\w-]+)</)?.[1]])).toEqual([
      ['https://example.org/en/posts/alpha-more/', 'de-CH'],
      ['https://example.org/en/posts/recap/', 'en'],
      ['https://example.org/en/posts/beta/', 'en'],
      ['https://example.org/en/posts/alpha/', 'en'],
    ]);
  });

  test('gives each item one summary, its description, and files items under their topics', () => {
    const alpha = items.find((item) => item.link === 'https://example.org/en/posts/alpha/');
    expect(alpha?.description).toBe('x'.repeat(60));
    expect(alpha?.categories).toEqual(['GitOps', 'Security']);
  });

  test('points browsers to no stylesheet: the subscribe page is the feed’s readable face', () => {
    expect(feed.stylesheet).toBeUndefined();
  });

  test('carries each post’s cleaned body, its links absolute to the item’s page', () => {
    const beta = items.find((item) => item.link === 'https://example.org/en/posts/beta/');
    expect(beta?.content).toBe('<p>Body of en/beta, <a href="https://example.org/en/posts/beta/#why">why</a>.</p>');
  });

  test('gives the recap the sections and closing its layout adds to the body, in the recap’s order', () => {
    const recap = items.find((item) => item.link === 'https://example.org/en/posts/recap/');
    expect(recap?.content).toBe(
      '<p>Body of en/recap, <a href="https://example.org/en/posts/recap/#why">why</a>.</p>' +
        '<h2><a href="https://example.org/en/posts/beta/">Title of en/beta</a></h2>' +
        '<p>Meetup: <cite lang="en">Beta Meetup</cite> · Hosted by: the Beta maintainers</p><p>Beta summary.</p>' +
        '<p><a href="https://example.org/en/posts/beta/">Read the full post</a></p>' +
        '<h2><a href="https://example.org/en/posts/alpha/">Title of en/alpha</a></h2>' +
        '<p>Talk: <cite lang="en">Alpha in Practice</cite> · Speakers: Ada Example (Example AG), Bo Example</p><p>Alpha summary.</p>' +
        '<p>Follow-ups:</p><ul><li><a href="https://example.org/en/posts/alpha-more/" lang="de-CH">Title of de/alpha-more</a></li></ul>' +
        '<p><a href="https://example.org/en/posts/alpha/">Read the full post</a></p>' +
        '<p>Thanks.</p>',
    );
  });

  test('names the rendered body it lacks, rather than publish an empty item', () => {
    expect(() => feedOf(index, 'en', SITE, new Map())).toThrow(/no rendered body for de\/alpha-more/);
  });
});

test('feedPath puts each locale’s feed under the locale', () => {
  expect(feedPath('de')).toBe('/de/rss.xml');
});

test('subscribeView offers each language’s feed by its absolute address, the page’s own language first', () => {
  const view = subscribeView('de', SITE);
  expect(view.feeds).toEqual([
    { lang: 'de-CH', name: 'Deutsch', url: 'https://example.org/de/rss.xml', href: '/de/rss.xml' },
    { lang: 'en', name: 'English', url: 'https://example.org/en/rss.xml', href: '/en/rss.xml' },
  ]);
  expect(view.alternates).toEqual({ de: '/de/feeds/', en: '/en/feeds/' });
});

test('feedPages carries the newest posts up to the limit, newest first', () => {
  const all = feedPages(index, 'en');
  expect(feedPages(index, 'en', 2)).toEqual(all.slice(0, 2));
  const dates = all.map((page) => page.post.record.data.pubDate.getTime());
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
});

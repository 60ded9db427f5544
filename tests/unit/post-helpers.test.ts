import { describe, expect, test } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/views/parts/dates';
import { readingMinutes } from '../../src/lib/content/reading-time';
import { blogPostingLd } from '../../src/lib/views/parts/structured-data';
import { tocEntries } from '../../src/lib/markdown/toc';
import type { PostData } from '../../src/lib/content/post-schema';

describe('readingMinutes', () => {
  test.each([
    ['', 1],
    ['word '.repeat(200), 1],
    ['word '.repeat(201), 2],
    ['word '.repeat(450), 3],
    [`## Heading {#heading}\n\n${'wort '.repeat(399)}`, 2],
  ])('reads %#: %i min', (text, minutes) => {
    expect(readingMinutes(text)).toBe(minutes);
  });

  test('does not count markup and ids as words', () => {
    expect(readingMinutes(`${'- * > # ` | '.repeat(500)}{#an-id}`)).toBe(1);
  });
});

describe('tocEntries', () => {
  const h = (depth: number, slug: string) => ({ depth, slug, text: slug });

  test('lists h2 and h3 of a post with at least three sections', () => {
    const entries = tocEntries([h(2, 'a'), h(3, 'a1'), h(4, 'a1x'), h(2, 'b'), h(2, 'c')]);
    expect(entries.map((entry) => entry.slug)).toEqual(['a', 'a1', 'b', 'c']);
  });

  test('leaves short posts without one', () => {
    expect(tocEntries([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')])).toEqual([]);
  });
});

test('formatDate writes dates the way each locale does, on the calendar day given', () => {
  const date = new Date('2024-04-08');
  expect(formatDate(date, 'de')).toBe('8. April 2024');
  expect(formatDate(date, 'en')).toBe('8 April 2024');
  expect(isoDate(date)).toBe('2024-04-08');
});

describe('blogPostingLd', () => {
  const base = {
    title: 'kcp',
    description: 'd'.repeat(60),
    pubDate: new Date('2024-04-08'),
    draft: false,
    topics: ['kubernetes' as const],
  };
  const talk = {
    title: 'Building a Platform Engineering API Layer with kcp',
    kind: 'talk' as const,
    speakers: [{ name: 'Marvin Beckers', affiliation: 'Kubermatic GmbH' }],
    links: { video: 'https://example.org/video', schedule: undefined, slides: undefined, project: undefined },
  };

  test('describes a highlight as a BlogPosting about its session, within the conference', () => {
    const data = { ...base, type: 'highlight', talkId: 'kcp', summary: 's', talk } as PostData;
    const ld = blogPostingLd({
      data,
      url: 'https://example.org/en/posts/kcp/',
      inLanguage: 'en',
      talk,
      image: 'https://example.org/x.png',
    });
    expect(ld).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'kcp',
      inLanguage: 'en',
      image: 'https://example.org/x.png',
      datePublished: '2024-04-08T00:00:00.000Z',
      about: {
        '@type': 'Event',
        name: talk.title,
        superEvent: { '@type': 'Event', name: 'KubeCon + CloudNativeCon Europe 2024' },
        performer: [{ '@type': 'Person', name: 'Marvin Beckers', affiliation: { '@type': 'Organization', name: 'Kubermatic GmbH' } }],
        recordedIn: { '@type': 'VideoObject', url: 'https://example.org/video' },
      },
    });
  });

  test('describes a post without a talk as about the conference, with no video', () => {
    const data = { ...base, type: 'follow-up', followUpOf: 'kcp' } as PostData;
    const ld = blogPostingLd({ data, url: 'https://example.org/de/posts/x/', inLanguage: 'de' });
    expect(ld.about).toMatchObject({
      '@type': 'Event',
      name: 'KubeCon + CloudNativeCon Europe 2024',
      startDate: '2024-03-19',
      endDate: '2024-03-22',
    });
    expect(JSON.stringify(ld)).not.toContain('VideoObject');
    expect(ld).not.toHaveProperty('image');
  });
});

import type { Locale } from '../../src/i18n/locales';
import type { PostData } from '../../src/lib/content/post-schema';
import { siteIndexOf, type PostEntry, type PostPage } from '../../src/lib/content/site-index';

/** A small site for the view tests: a recap, two highlights and a follow-up written only in German. */

export const SITE = new URL('https://example.org');

const common = { description: 'x'.repeat(60), draft: false, pubDate: new Date('2024-04-08'), topics: ['gitops'] };

/** A post entry with a body and a file, as Astro's collection has them. */
export function record(id: string, data: Record<string, unknown>, body = 'Some words.', extension = 'md'): PostEntry {
  const entry = { id, collection: 'posts', data: { ...common, title: `Title of ${id}`, ...data } as PostData, body };
  return { ...entry, filePath: `content/posts/${id}.${extension}` } as PostEntry;
}

const talkAlpha = {
  title: 'Alpha in Practice',
  kind: 'talk',
  speakers: [{ name: 'Ada Example', affiliation: 'Example AG' }, { name: 'Bo Example' }],
  links: {
    schedule: 'https://example.org/schedule/alpha',
    slides: undefined,
    video: 'https://example.org/video/alpha',
    project: undefined,
  },
};
const talkBeta = { title: 'Beta Meetup', kind: 'meetup', speakers: [], hostedBy: 'the Beta maintainers', links: {} };

export const records: PostEntry[] = [
  ...(['de', 'en'] as const).flatMap((locale) => [
    record(`${locale}/recap`, { type: 'recap', highlights: ['beta', 'alpha'], closing: 'Thanks.', topics: ['community'] }),
    record(`${locale}/alpha`, {
      type: 'highlight',
      talkId: 'alpha-talk',
      summary: 'Alpha summary.',
      talk: talkAlpha,
      topics: ['gitops', 'security'],
      // The English translation records a version of the German original that is not its current one.
      ...(locale === 'en' ? { translationOf: { hash: '000000000000' } } : { updatedDate: new Date('2024-04-20') }),
    }),
    record(
      `${locale}/beta`,
      { type: 'highlight', talkId: 'beta', summary: 'Beta summary.', talk: talkBeta, topics: ['ci-cd'] },
      'Some words.',
      'mdx',
    ),
  ]),
  record('de/alpha-more', { type: 'follow-up', followUpOf: 'alpha', pubDate: new Date('2024-05-01') }),
];

/** The site index of the records. */
export const index = siteIndexOf(records);

/** Every page of the site. */
export const pages = index.pages;

/** The page of `slug` in `locale`. */
export function pageAt(locale: Locale, slug: string): PostPage {
  const page = index.page(locale, slug);
  if (!page) throw new Error(`no page ${locale}/${slug} in the view records`);
  return page;
}

import { describe, expect, test } from 'vitest';
import { postSchema } from '../../src/lib/content/post-schema';

const highlight = {
  type: 'highlight',
  title: 'kcp',
  description: 'A description that is long enough to pass the fifty character minimum.',
  pubDate: '2024-04-08',
  talkId: 'kcp',
  summary: 'A summary that is long enough for the recap section to stand.',
  topics: ['platform-engineering'],
  talk: {
    title: 'Building a Platform Engineering API Layer with kcp',
    kind: 'talk',
    speakers: [{ name: 'Marvin Beckers', affiliation: 'Kubermatic GmbH' }],
    links: { project: 'https://kcp.io', video: '' },
  },
};

describe('postSchema', () => {
  test('accepts a highlight and turns empty links into "none yet"', () => {
    const data = postSchema.parse(highlight);
    expect(data.type).toBe('highlight');
    if (data.type !== 'highlight') return;
    expect(data.talk.links).toEqual({ project: 'https://kcp.io', video: undefined, schedule: undefined, slides: undefined });
    expect(data.pubDate).toEqual(new Date('2024-04-08'));
    expect(data.draft).toBe(false);
  });

  test('defaults missing talk links to none', () => {
    const data = postSchema.parse({ ...highlight, talk: { ...highlight.talk, links: undefined } });
    expect(data.type === 'highlight' && data.talk.links.video).toBeUndefined();
  });

  test.each([
    ['an http link', { talk: { ...highlight.talk, links: { video: 'http://example.org' } } }, ['talk', 'links', 'video']],
    ['a talk id that is not kebab-case', { talkId: 'Shift Left' }, ['talkId']],
    ['a talk id the layout uses', { talkId: 'content' }, ['talkId']],
    ['an unknown topic', { topics: ['kubernetes', 'blockchain'] }, ['topics', 1]],
    ['an unknown field', { speaker: 'x' }, []],
    ['a missing summary', { summary: undefined }, ['summary']],
  ])('rejects %s at the right field', (_, change, path) => {
    const result = postSchema.safeParse({ ...highlight, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
  });

  test('requires followUpOf on follow-ups and highlights on recaps', () => {
    const common = Object.fromEntries(Object.entries(highlight).filter(([key]) => !['talkId', 'summary', 'talk'].includes(key)));
    expect(postSchema.safeParse({ ...common, type: 'follow-up' }).success).toBe(false);
    expect(postSchema.safeParse({ ...common, type: 'follow-up', followUpOf: 'kcp' }).success).toBe(true);
    expect(postSchema.safeParse({ ...common, type: 'recap', closing: 'Bye.' }).success).toBe(false);
  });
});

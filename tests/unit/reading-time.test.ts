import { describe, expect, test } from 'vitest';
import { countWords, readingMinutes, recapGeneratedText } from '../../src/lib/content/reading-time';

describe('readingMinutes with generated text', () => {
  test('counts what the layout adds to the body', () => {
    expect(readingMinutes('word '.repeat(150))).toBe(1);
    expect(readingMinutes('word '.repeat(150), ['word '.repeat(100), 'word '.repeat(100)])).toBe(2);
  });
});

describe('recapGeneratedText', () => {
  const highlight = {
    title: 'Dagger: pipelines as code',
    summary: 'Four words of summary.',
    talk: {
      title: 'Dagger Meetup',
      kind: 'meetup' as const,
      speakers: [{ name: 'Ada Lovelace', affiliation: 'Analytical' }],
      hostedBy: 'the maintainers',
      links: { schedule: undefined, slides: undefined, video: undefined, project: undefined },
    },
  };
  const followUp = { post: { record: { data: { title: 'Our first module' } } } };

  test('gives one text per section with its title, summary, session, people and follow-ups, then the closing', () => {
    const texts = recapGeneratedText([{ highlight, followUps: [followUp] }], 'Thank you, Paris.');
    expect(texts).toHaveLength(2);
    expect(texts[1]).toBe('Thank you, Paris.');
    expect(countWords(texts[0] ?? '')).toBe(4 + 4 + 2 + 3 + 2 + 3);
  });
});

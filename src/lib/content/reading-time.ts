import type { HighlightData } from './post-schema';

/** Words a reader gets through in a minute of technical prose. */
const WORDS_PER_MINUTE = 200;

/**
 * Words in a Markdown text: heading-id markers and Markdown punctuation are not words.
 * @example countWords('## Why {#why}\n\nBecause *it* works.') // 4
 */
export function countWords(markdown: string): number {
  return markdown
    .replace(/\{#[a-z0-9-]+\}/g, ' ')
    .replace(/[#*_>`[\]()|-]+/g, ' ')
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Minutes to read a Markdown body, rounded up, at least one. Code counts like prose: readers
 * skim some of it and study the rest. Text the layout adds to the body (the recap's highlight
 * sections and closing) is passed as `generated`, so it counts too.
 * @example readingMinutes('word '.repeat(450)) // 3
 * @example readingMinutes('word '.repeat(100), ['word '.repeat(150)]) // 2
 */
export function readingMinutes(markdown: string, generated: readonly string[] = []): number {
  const words = [markdown, ...generated].reduce((sum, text) => sum + countWords(text), 0);
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** The part of a recap section that the recap page shows as text. */
interface RecapSectionText {
  highlight: Pick<HighlightData, 'title' | 'summary' | 'talk'>;
  followUps: readonly { post: { record: { data: { title: string } } } }[];
}

/**
 * The text the recap's layout adds after its Markdown body: each highlight section (title,
 * summary, session, speakers, follow-up titles) and the closing paragraph.
 * @example recapGeneratedText([], 'Thanks.') // ['Thanks.']
 */
export function recapGeneratedText(sections: readonly RecapSectionText[], closing: string): string[] {
  return [
    ...sections.map(({ highlight, followUps }) =>
      [
        highlight.title,
        highlight.summary,
        highlight.talk.title,
        ...highlight.talk.speakers.map((speaker) => `${speaker.name} ${speaker.affiliation ?? ''}`),
        highlight.talk.hostedBy ?? '',
        ...followUps.map((followUp) => followUp.post.record.data.title),
      ].join(' '),
    ),
    closing,
  ];
}

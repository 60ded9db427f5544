import type { Talk } from '../../content/post-schema';
import { speakerId } from '../../content/speaker-id';

/** The links a talk may show, in the order of its front matter; empty ones are left out. */
const TALK_LINK_KEYS = ['schedule', 'slides', 'video', 'project'] as const;

/** A session as talk cards, recap sections and the talk index show it. */
export type TalkFacts = ReturnType<typeof talkFacts>;

/**
 * A speaker as the schedule names them.
 * @example speakerLabel({ name: 'Ada Example', affiliation: 'Example AG' }) // 'Ada Example (Example AG)'
 * @example speakerLabel({ name: 'Bo Example' }) // 'Bo Example'
 */
export function speakerLabel(speaker: Talk['speakers'][number]): string {
  return speaker.affiliation ? `${speaker.name} (${speaker.affiliation})` : speaker.name;
}

/**
 * What every view of a session shows: its title, kind, people and links. The people are one line
 * after its label (the speakers, else who hosted it), with each speaker's language-neutral id on
 * the talk index (`/en/talks/#ada-example`); undefined where the source names nobody, so the row
 * is left out rather than say so. A link's `key` names its UI label (`talk.link.<key>`).
 * @example talkFacts({ title: 'T', kind: 'meetup', speakers: [], hostedBy: 'the maintainers', links: {} }).people
 * // { labelKey: 'talk.hostedBy', text: 'the maintainers' }
 */
export function talkFacts(talk: Talk) {
  const people =
    talk.speakers.length > 0
      ? {
          labelKey: 'talk.speakers' as const,
          text: talk.speakers.map(speakerLabel).join(', '),
          speakers: talk.speakers.map((speaker) => ({ label: speakerLabel(speaker), id: speakerId(speaker.name) })),
        }
      : talk.hostedBy
        ? { labelKey: 'talk.hostedBy' as const, text: talk.hostedBy, speakers: [] }
        : undefined;
  return {
    title: talk.title,
    kind: talk.kind,
    people,
    links: TALK_LINK_KEYS.flatMap((key) => {
      const href = talk.links[key];
      return href ? [{ key, href }] : [];
    }),
  };
}

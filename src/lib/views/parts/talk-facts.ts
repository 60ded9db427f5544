import type { UiKey } from '../../../i18n/ui';
import type { Talk } from '../../content/post-schema';
import { speakerId } from '../../content/speaker-id';

/** The links a talk may show, in the order of its front matter; empty ones are left out. */
const TALK_LINK_KEYS = ['schedule', 'slides', 'video', 'project'] as const;

/** One link about a session: `key` names its UI label (`talk.link.<key>`). */
interface TalkLink {
  key: (typeof TALK_LINK_KEYS)[number];
  href: string;
}

/** A speaker with the language-neutral id the talk index gives them (`/en/talks/#ada-example`). */
interface SpeakerFacts {
  label: string;
  id: string;
  /** On the talk index: whether this mention carries the id (the speaker's first). */
  isAnchor?: boolean;
}

/** Who gave a session, as one line after its label (speakers, else who hosted it). */
interface TalkPeople {
  labelKey: UiKey;
  text: string;
  /** The speakers one by one; empty where a session names only who hosted it. */
  speakers: SpeakerFacts[];
}

/** A session as talk cards, recap sections and the talk index show it. */
export interface TalkFacts {
  title: string;
  kind: Talk['kind'];
  /** Undefined where the source names nobody: the row is left out rather than say so. */
  people: TalkPeople | undefined;
  links: TalkLink[];
}

/**
 * A speaker as the schedule names them.
 * @example speakerLabel({ name: 'Ada Example', affiliation: 'Example AG' }) // 'Ada Example (Example AG)'
 * @example speakerLabel({ name: 'Bo Example' }) // 'Bo Example'
 */
export function speakerLabel(speaker: Talk['speakers'][number]): string {
  return speaker.affiliation ? `${speaker.name} (${speaker.affiliation})` : speaker.name;
}

/**
 * What every view of a session shows: its title, kind, people and links.
 * @example talkFacts({ title: 'T', kind: 'meetup', speakers: [], hostedBy: 'the maintainers', links: {} }).people
 * // { labelKey: 'talk.hostedBy', text: 'the maintainers' }
 */
export function talkFacts(talk: Talk): TalkFacts {
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

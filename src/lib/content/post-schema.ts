import { z } from 'astro/zod';
import { calendarDay } from './calendar-day';
import { RESERVED_IDS } from './layout-ids';
import { TOPICS } from './topics';


/** Lower-case kebab-case, the form of every slug and id a contributor writes. */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const kebabId = (what: string) =>
  z
    .string()
    .regex(KEBAB_CASE, `${what} must be lower-case kebab-case, e.g. "rendered-manifests"`)
    .refine((id) => !RESERVED_IDS.includes(id), {
      message: `${what} must not be one of the layout's own ids: ${RESERVED_IDS.join(', ')}`,
    });

/** An optional https link; an empty string means "not verified yet" and becomes `undefined`. */
const optionalHttpsLink = (what: string) =>
  z
    .union([z.literal(''), z.url({ protocol: /^https$/, error: `${what} must be an https:// URL or ""` })])
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .describe(`${what}. Leave "" until you have a verified address: never guess one.`);

const speakerSchema = z
  .object({
    name: z.string().min(1).describe('Full name, exactly as in the conference schedule.'),
    affiliation: z.string().min(1).optional().describe('Employer or project, exactly as in the schedule.'),
  })
  .strict();

/** The session a highlight post is about, shown in its talk card. */
const talkSchema = z
  .object({
    title: z.string().min(1).describe('The official session title, in its original language, exactly as scheduled.'),
    kind: z.enum(['talk', 'meetup', 'workshop', 'keynote']).describe('What kind of session it was.'),
    speakers: z.array(speakerSchema).describe('Who presented, in schedule order. [] when our notes name nobody.'),
    hostedBy: z
      .string()
      .min(1)
      .optional()
      .describe('Who ran the session when no person is named (e.g. "the Dagger maintainers"), in the post’s language.'),
    links: z
      .object({
        schedule: optionalHttpsLink('The session in the conference schedule'),
        slides: optionalHttpsLink('The slides'),
        video: optionalHttpsLink('The recording'),
        project: optionalHttpsLink('The project’s home page'),
      })
      .strict()
      .prefault({})
      .describe('Links about the session; every one optional.'),
  })
  .strict();

const commonFields = {
  title: z.string().min(1).max(120).describe('The post title in this file’s language.'),
  description: z.string().min(50).max(200).describe('One sentence (50–200 characters) for search results, feeds and share cards.'),
  pubDate: calendarDay().describe('Publication date, YYYY-MM-DD.'),
  updatedDate: calendarDay().optional().describe('Date of the last real change to the content, YYYY-MM-DD.'),
  draft: z.boolean().default(false).describe('true while writing: shown by `npm run dev`, left out of production builds.'),
  topics: z
    .array(z.enum(TOPICS))
    .min(1)
    .max(4)
    .describe(`1–4 topics from: ${TOPICS.join(', ')}.`),
  redirectFrom: z
    .array(kebabId('A former slug'))
    .optional()
    .describe('Former slugs of this post, after a rename: their published addresses lead here. Never remove one once published.'),
  idAliases: z
    .record(kebabId('A former section id'), kebabId('The section id it now means'))
    .optional()
    .describe('Former section ids of this file, after a heading was renamed: `old-id: new-id`. The old id keeps landing on the section.'),
  translationOf: z
    .object({
      hash: z.string().regex(/^[0-9a-f]{12}$/, 'translationOf.hash must be 12 hex digits, as written by npm run translation:done'),
    })
    .strict()
    .optional()
    .describe(
      'Translations only: the version of the original this file translates. Written by `npm run translation:done -- <slug>`; never edit it by hand.',
    ),
};

/** The recap article: introduction in the body, highlight sections from the highlight posts. */
const recapSchema = z
  .object({
    type: z.literal('recap').describe('The one recap article of the conference.'),
    ...commonFields,
    highlights: z.array(kebabId('A highlight slug')).min(1).describe('Slugs of the highlight posts, in the order their sections appear.'),
    closing: z.string().min(1).describe('The closing paragraph, shown after the highlight sections (plain text).'),
  })
  .strict();

/** One conference highlight: a post about one session, with a stable, language-neutral anchor. */
const highlightSchema = z
  .object({
    type: z.literal('highlight').describe('A post about one session of the conference.'),
    ...commonFields,
    talkId: kebabId('talkId').describe(
      'The section id on the recap page (e.g. "kcp" gives #kcp). The same in both languages; never change it once published.',
    ),
    summary: z.string().min(40).describe('2–4 sentences shown in this highlight’s section on the recap page.'),
    talk: talkSchema,
  })
  .strict();

/** A later, more detailed post that extends one highlight. */
const followUpSchema = z
  .object({
    type: z.literal('follow-up').describe('A detailed post that extends one highlight.'),
    ...commonFields,
    followUpOf: kebabId('followUpOf').describe('The slug of the highlight post this follow-up extends, e.g. "dagger".'),
  })
  .strict();

/** Every post's front matter: the `type` field decides which fields apply. */
export const postSchema = z.discriminatedUnion('type', [recapSchema, highlightSchema, followUpSchema]);

/** A post's validated front matter. */
export type PostData = z.output<typeof postSchema>;
/** A highlight's validated front matter. */
export type HighlightData = z.output<typeof highlightSchema>;
/** A talk card's data. */
export type Talk = z.output<typeof talkSchema>;

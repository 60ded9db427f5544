import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import type { Locale } from '../../i18n/locales';
import { SECTION_IDS, SKELETON } from '../content/post-skeleton';
import { postFilePath } from '../content/content-paths';
import { KEBAB_CASE } from '../content/post-schema';
import { translationSourceHashOfFile } from '../content/translations/translation-hash';
import { stampTranslation } from '../content/translations/translation-stamp';

/** What `npm run new:post` was asked for. */
export interface NewPostRequest {
  slug: string;
  followUpOf: string | undefined;
  title: string | undefined;
}

/** The files to write, or the one reason to write nothing. */
export type NewPostPlan = { ok: true; files: { path: string; content: string }[] } | { ok: false; error: string };

const USAGE = 'usage: npm run new:post -- <slug> [--follow-up <highlight-slug>] [--title "Title"]';

/**
 * Reads the command-line arguments of `npm run new:post`.
 * @example parseNewPostArgs(['dagger-module', '--follow-up', 'dagger']) // { ok: true, request: { slug: 'dagger-module', followUpOf: 'dagger', title: undefined } }
 */
export function parseNewPostArgs(args: readonly string[]): { ok: true; request: NewPostRequest } | { ok: false; error: string } {
  try {
    const options = { 'follow-up': { type: 'string' }, title: { type: 'string' } } as const;
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true });
    const [slug] = positionals;
    if (slug === undefined || positionals.length > 1) return { ok: false, error: `name one slug. ${USAGE}` };
    return { ok: true, request: { slug, followUpOf: values['follow-up'], title: values.title } };
  } catch (error) {
    return { ok: false, error: `${(error as Error).message.split('\n')[0]} ${USAGE}` };
  }
}

/** The body of a new post in one language. */
function body(locale: Locale): string {
  const { intro, sections } = SKELETON[locale];
  return (
    [intro, ...sections.flatMap(([heading, sentence], index) => [`## ${heading} {#${SECTION_IDS[index]}}`, sentence])].join('\n\n') + '\n'
  );
}

/** The front matter of a new post in one language: YAML, every string quoted. */
function frontMatter(locale: Locale, { slug, followUpOf, title }: NewPostRequest, today: string): string {
  const text = SKELETON[locale];
  const talk = { title: '', kind: 'talk', speakers: [], links: { schedule: '', slides: '', video: '', project: '' } };
  const data = {
    type: followUpOf ? 'follow-up' : 'highlight',
    ...(followUpOf ? { followUpOf } : {}),
    title: title ?? text.title,
    description: text.description,
    pubDate: today,
    draft: true,
    topics: ['kubernetes'],
    ...(followUpOf ? {} : { talkId: slug, summary: text.summary, talk }),
  };
  return `---\n${stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 })}---`;
}

/**
 * The two files (German and English) of a new post, or why none may be written: a slug that
 * is not kebab-case or already exists, or a follow-up of a highlight that does not exist.
 */
export function planNewPost(
  request: NewPostRequest,
  existing: { slugs: ReadonlySet<string>; highlights: ReadonlySet<string> },
  today: string,
): NewPostPlan {
  const { slug, followUpOf } = request;
  if (!KEBAB_CASE.test(slug)) {
    return { ok: false, error: `"${slug}" is not a valid slug: use lower-case words joined by hyphens, e.g. "first-dagger-module".` };
  }
  if (existing.slugs.has(slug)) {
    return { ok: false, error: `a post "${slug}" already exists (${postFilePath('de', slug)}): choose another slug.` };
  }
  if (followUpOf !== undefined && !existing.highlights.has(followUpOf)) {
    const known = [...existing.highlights].sort().join(', ');
    return { ok: false, error: `"${followUpOf}" is not a highlight; --follow-up takes one of: ${known}.` };
  }
  const german = `${frontMatter('de', request, today)}\n${body('de')}`;
  // The English skeleton starts as the translation of the German one: once the German text is
  // written, the check asks for the English to follow (see npm run translation:done).
  const english = stampTranslation(`${frontMatter('en', request, today)}\n${body('en')}`, translationSourceHashOfFile(german) ?? '');
  return {
    ok: true,
    files: [
      { path: postFilePath('de', slug), content: german },
      { path: postFilePath('en', slug), content: english },
    ],
  };
}

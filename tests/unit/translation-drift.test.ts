import { describe, expect, test } from 'vitest';
import type { SourceFile } from '../../src/lib/content/read-posts';
import { formatDiagnostic } from '../../src/lib/checks/diagnostic';
import { planNewPost } from '../../src/lib/authoring/new-post';
import { postSetOf } from '../../src/lib/checks/post-set';
import { checkTranslationDrift as checkDriftOf } from '../../src/lib/checks/rules/translation-drift';
import { parseStampArgs, planStamps } from '../../src/lib/authoring/translation-done';
import { normaliseText, translationSourceHash, translationSourceHashOfFile } from '../../src/lib/content/translations/translation-hash';
import { stampLine, stampTranslation } from '../../src/lib/content/translations/translation-stamp';
import { originalLocaleOf, translationStatusOf } from '../../src/lib/content/translations/translation-status';

/** The drift check on some post files, as the checks run it. */
const drift = (files: SourceFile[]) => checkDriftOf(postSetOf(files, [], new Map(), []));
const driftOf = (files: SourceFile[]) => drift(files).map(formatDiagnostic);

const GERMAN_FIELDS = {
  title: 'Alpha im Alltag',
  description: 'Eine Vertiefung mit genug Zeichen für das Schema der Beiträge, hier im Test.',
};
const GERMAN_BODY = 'Erster Absatz.\n\n## Details {#details}\n\nViele Details.\n';
/** A follow-up post file with these title, description and body. */
const post = ({ title, description }: typeof GERMAN_FIELDS, body: string) =>
  `---\ntype: "follow-up"\nfollowUpOf: "alpha"\ntitle: "${title}"\ndescription: "${description}"\npubDate: 2024-05-02\ntopics: ["kubernetes"]\n---\n${body}`;
const GERMAN = post(GERMAN_FIELDS, GERMAN_BODY);
const ENGLISH = post(
  { title: 'Alpha in daily use', description: 'A follow-up with enough characters for the schema of the posts, here in a test.' },
  'First paragraph.\n\n## Details {#details}\n\nMany details.\n',
);

const file = (locale: 'de' | 'en', source: string, slug = 'alpha-daily'): SourceFile => ({
  path: `content/posts/${locale}/${slug}.md`,
  locale,
  slug,
  source,
});
const stamped = (original: string, translation: string) => stampTranslation(translation, translationSourceHashOfFile(original) ?? '');

describe('the hash of an original', () => {
  test.each([
    ['Zeile  \r\nzwei\r\n', 'Zeile\nzwei'],
    ['\n\nText\n\n\n', 'Text'],
    ['a\rb', 'a\nb'],
    ['Cafe\u0301', 'Café'],
    ['Zwei  Leerzeichen innen', 'Zwei  Leerzeichen innen'],
  ])('normaliseText reads %j as %j', (input, output) => {
    expect(normaliseText(input)).toBe(output);
  });

  const data = { title: 'Titel', description: 'Beschreibung', summary: 'Zusammenfassung', pubDate: '2024-04-08' };

  test('is 12 hex digits that ignore line endings, trailing blanks and fields not translated, the same for a raw file', () => {
    const hash = translationSourceHash(data, 'Text\n\nMehr Text\n');
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(translationSourceHash(data, 'Text  \r\n\r\nMehr Text\r\n\r\n')).toBe(hash);
    expect(translationSourceHash({ ...data, pubDate: '2025-01-01', topics: ['gitops'], talkId: 'x' }, 'Text\n\nMehr Text')).toBe(hash);
    expect(translationSourceHashOfFile(GERMAN)).toBe(translationSourceHash(GERMAN_FIELDS, GERMAN_BODY));
  });

  test('changes with a word of the body or of a translated field', () => {
    const hash = translationSourceHash(data, 'Text');
    for (const [changed, body] of [
      [data, 'Texte'],
      [{ ...data, title: 'Anderer Titel' }, 'Text'],
      [{ ...data, summary: 'Andere Zusammenfassung' }, 'Text'],
      [{ ...data, talk: { hostedBy: 'die Maintainer' } }, 'Text'],
    ] as const) {
      expect(translationSourceHash(changed, body)).not.toBe(hash);
    }
  });
});

describe('stampTranslation', () => {
  test('adds the field as the last front-matter line, keeping every other byte, and does so once', () => {
    const once = stampTranslation(ENGLISH, '0123456789ab');
    expect(once).toBe(ENGLISH.replace('topics: ["kubernetes"]\n', `topics: ["kubernetes"]\n${stampLine('0123456789ab')}\n`));
    expect(stampTranslation(once, '0123456789ab')).toBe(once);
  });

  test('replaces an existing stamp in place, in any YAML style, keeping CRLF and comments', () => {
    const crlf = '---\r\ntitle: "a"\r\ntranslationOf:\r\n  hash: "aaaaaaaaaaaa"\r\n# note\r\ndraft: false\r\n---\r\nBody\r\n';
    expect(stampTranslation(crlf, '0123456789ab')).toBe(
      '---\r\ntitle: "a"\r\ntranslationOf: { hash: "0123456789ab" }\r\n# note\r\ndraft: false\r\n---\r\nBody\r\n',
    );
    const flow = '---\ntitle: "a"\ntranslationOf: { hash: "aaaaaaaaaaaa" } # stamped\n---\nBody\n';
    expect(stampTranslation(flow, '0123456789ab')).toBe('---\ntitle: "a"\ntranslationOf: { hash: "0123456789ab" } # stamped\n---\nBody\n');
  });

  test('refuses a file without readable front matter', () => {
    expect(() => stampTranslation('no front matter', '0123456789ab')).toThrow(/front-matter block/);
    expect(() => stampTranslation('---\ntitle: "a\n---\n', '0123456789ab')).toThrow(/not valid YAML/);
  });
});

describe('translationStatusOf and originalLocaleOf', () => {
  const original = { data: { title: 'Titel' }, body: 'Text' };
  const hash = translationSourceHash(original.data, original.body);

  test.each([
    [undefined, 'missing'],
    [{ data: { title: 'Title' }, body: 'Text' }, 'unstamped'],
    [{ data: { title: 'Title', translationOf: { hash } }, body: 'Text' }, 'up-to-date'],
    [{ data: { title: 'Title', translationOf: { hash: '000000000000' } }, body: 'Text' }, 'outdated'],
  ])('a translation %j is %s', (translation, status) => {
    expect(translationStatusOf(original, translation)).toBe(status);
  });

  test('takes German as the original unless the German file is the stamped one', () => {
    const plain = { data: {}, body: '' };
    const stampedFile = { data: { translationOf: { hash } }, body: '' };
    expect([
      originalLocaleOf({ de: plain, en: plain }),
      originalLocaleOf({ de: stampedFile, en: plain }),
      originalLocaleOf({ en: plain }),
    ]).toEqual(['de', 'en', 'en']);
  });
});

describe('checkTranslationDrift', () => {
  test('is silent for a translation stamped with its original’s current text, also after invisible changes (CRLF, trailing blanks)', () => {
    expect(driftOf([file('de', GERMAN), file('en', stamped(GERMAN, ENGLISH))])).toEqual([]);
    const windows = GERMAN.replace('Erster Absatz.', 'Erster Absatz.   ').replaceAll('\n', '\r\n');
    expect(driftOf([file('de', windows), file('en', stamped(GERMAN, ENGLISH))])).toEqual([]);
  });

  test('warns on the translation, naming both files, once the original changed, whichever language is the original', () => {
    const edited = GERMAN.replace('Viele Details.', 'Viele neue Details.');
    expect(driftOf([file('de', edited), file('en', stamped(GERMAN, ENGLISH))])).toEqual([
      expect.stringMatching(
        /^content\/posts\/en\/alpha-daily\.md:8 warning translationOf: the original content\/posts\/de\/alpha-daily\.md changed after this translation \(recorded [0-9a-f]{12}, now [0-9a-f]{12}\)\. Fix: .* npm run translation:done -- alpha-daily$/,
      ),
    ]);
    const english = ENGLISH.replace('Many details.', 'Many more details.');
    expect(driftOf([file('de', stamped(ENGLISH, GERMAN)), file('en', english)])).toEqual([
      expect.stringContaining(
        'content/posts/de/alpha-daily.md:8 warning translationOf: the original content/posts/en/alpha-daily.md changed',
      ),
    ]);
  });

  test('warns on a translation without a stamp, and refuses a stamp in both languages', () => {
    expect(driftOf([file('de', GERMAN), file('en', ENGLISH)])).toEqual([
      'content/posts/en/alpha-daily.md warning translationOf: records no "translationOf", so nobody can tell whether it still matches content/posts/de/alpha-daily.md. Fix: check it against content/posts/de/alpha-daily.md, then run npm run translation:done -- alpha-daily',
    ]);
    const both = drift([file('de', stamped(ENGLISH, GERMAN)), file('en', stamped(GERMAN, ENGLISH))]);
    expect(both.map((finding) => `${finding.file} ${finding.severity}`)).toEqual([
      'content/posts/de/alpha-daily.md error',
      'content/posts/en/alpha-daily.md error',
    ]);
  });
});

describe('npm run translation:done’s arguments and plan', () => {
  test.each([
    [['kcp'], { ok: true, all: false, slugs: ['kcp'] }],
    [['kcp', 'dagger'], { ok: true, all: false, slugs: ['kcp', 'dagger'] }],
    [['--all'], { ok: true, all: true, slugs: [] }],
    [[], { ok: false, error: expect.stringContaining('usage: npm run translation:done') }],
    [['--all', 'kcp'], { ok: false, error: expect.stringContaining('usage: npm run translation:done') }],
    [['--force'], { ok: false, error: expect.stringContaining('usage: npm run translation:done') }],
  ])('reads %j', (args, expected) => {
    expect(parseStampArgs(args)).toEqual(expected);
  });

  const files = [file('de', GERMAN), file('en', ENGLISH), file('de', GERMAN, 'only-german')];

  test('stamps the translation with its original’s hash, and only that', () => {
    const [outcome] = planStamps(files, { all: false, slugs: ['alpha-daily'] });
    expect(outcome).toMatchObject({
      kind: 'stamped',
      path: 'content/posts/en/alpha-daily.md',
      originalPath: 'content/posts/de/alpha-daily.md',
      hash: translationSourceHashOfFile(GERMAN),
    });
    if (outcome?.kind === 'stamped') expect(driftOf([file('de', GERMAN), file('en', outcome.content)])).toEqual([]);
  });

  test('skips single-language posts with --all, refuses them or unknown slugs by name, and leaves a stamped file unchanged', () => {
    expect(planStamps(files, { all: true, slugs: [] }).map((outcome) => `${outcome.slug} ${outcome.kind}`)).toEqual([
      'alpha-daily stamped',
      'only-german skipped',
    ]);
    expect(planStamps(files, { all: false, slugs: ['only-german', 'nope'] }).map((outcome) => outcome.kind)).toEqual(['error', 'error']);
    const again = [file('de', GERMAN), file('en', stamped(GERMAN, ENGLISH))];
    expect(planStamps(again, { all: true, slugs: [] }).map((outcome) => outcome.kind)).toEqual(['unchanged']);
  });

  test('npm run new:post stamps its English skeleton as a translation of the German one', () => {
    const plan = planNewPost(
      { slug: 'gamma', followUpOf: undefined, title: undefined },
      { slugs: new Set(), highlights: new Set() },
      '2024-05-02',
    );
    if (!plan.ok) throw new Error(plan.error);
    const [german, english] = plan.files;
    expect(english?.content).toContain(stampLine(translationSourceHashOfFile(german?.content ?? '') ?? ''));
    expect(german?.content).not.toContain('translationOf');
    expect(driftOf(plan.files.map((planned, index) => file(index === 0 ? 'de' : 'en', planned.content, 'gamma')))).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import type { SourceFile } from '../../src/lib/content/read-posts';
import { formatDiagnostic } from '../../src/lib/checks/diagnostic';
import { planNewPost } from '../../src/lib/authoring/new-post';
import { runContentChecks } from '../../src/lib/checks/run';
import { postSetOf } from '../../src/lib/checks/post-set';
import { checkTranslationDrift as checkDriftOf } from '../../src/lib/checks/rules/translation-drift';
import { parseStampArgs, planStamps } from '../../src/lib/authoring/translation-done';
import { normaliseText, translationSourceHash, translationSourceHashOfFile } from '../../src/lib/content/translations/translation-hash';
import { stampLine, stampTranslation } from '../../src/lib/content/translations/translation-stamp';
import { originalLocaleOf, translationStatusOf } from '../../src/lib/content/translations/translation-status';
import { fixturePath } from '../helpers/paths';

/** The drift check on some post files, as the checks run it. */
const checkTranslationDrift = (files: SourceFile[]) => checkDriftOf(postSetOf(files, [], new Map(), []));

const GERMAN = `---
type: "follow-up"
followUpOf: "alpha"
title: "Alpha im Alltag"
description: "Eine Vertiefung mit genug Zeichen für das Schema der Beiträge, hier im Test."
pubDate: 2024-05-02
topics: ["kubernetes"]
---
Erster Absatz.

## Details {#details}

Viele Details.
`;

const ENGLISH = `---
type: "follow-up"
followUpOf: "alpha"
title: "Alpha in daily use"
description: "A follow-up with enough characters for the schema of the posts, here in a test."
pubDate: 2024-05-02
topics: ["kubernetes"]
---
First paragraph.

## Details {#details}

Many details.
`;

const file = (locale: 'de' | 'en', source: string, slug = 'alpha-daily'): SourceFile => ({
  path: `content/posts/${locale}/${slug}.md`,
  locale,
  slug,
  source,
});

const stamped = (original: string, translation: string) => stampTranslation(translation, translationSourceHashOfFile(original) ?? '');

describe('normaliseText', () => {
  test.each([
    ['Zeile  \r\nzwei\r\n', 'Zeile\nzwei'],
    ['\n\nText\n\n\n', 'Text'],
    ['a\rb', 'a\nb'],
    ['Cafe\u0301', 'Café'],
    ['Zwei  Leerzeichen innen', 'Zwei  Leerzeichen innen'],
  ])('normalises %j to %j', (input, output) => {
    expect(normaliseText(input)).toBe(output);
  });
});

describe('translationSourceHash', () => {
  const data = { title: 'Titel', description: 'Beschreibung', summary: 'Zusammenfassung', pubDate: '2024-04-08' };

  test('is 12 hex digits and ignores line endings and trailing blanks', () => {
    const hash = translationSourceHash(data, 'Text\n\nMehr Text\n');
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    expect(translationSourceHash(data, 'Text  \r\n\r\nMehr Text\r\n\r\n')).toBe(hash);
  });

  test('changes with a word of the body or of a translated field', () => {
    const hash = translationSourceHash(data, 'Text');
    expect(translationSourceHash(data, 'Texte')).not.toBe(hash);
    expect(translationSourceHash({ ...data, title: 'Anderer Titel' }, 'Text')).not.toBe(hash);
    expect(translationSourceHash({ ...data, summary: 'Andere Zusammenfassung' }, 'Text')).not.toBe(hash);
    expect(translationSourceHash({ ...data, talk: { hostedBy: 'die Maintainer' } }, 'Text')).not.toBe(hash);
  });

  test('ignores fields that are not translated (dates, topics, ids, links)', () => {
    const hash = translationSourceHash(data, 'Text');
    expect(translationSourceHash({ ...data, pubDate: '2025-01-01', topics: ['gitops'], talkId: 'x' }, 'Text')).toBe(hash);
  });

  test('gives the same hash for a raw file as for its parsed parts', () => {
    const body = GERMAN.split('---\n')[2] ?? '';
    expect(translationSourceHashOfFile(GERMAN)).toBe(
      translationSourceHash(
        { title: 'Alpha im Alltag', description: 'Eine Vertiefung mit genug Zeichen für das Schema der Beiträge, hier im Test.' },
        body,
      ),
    );
  });
});

describe('stampTranslation', () => {
  test('adds the field as the last front-matter line and keeps every other byte', () => {
    const result = stampTranslation(ENGLISH, '0123456789ab');
    expect(result).toBe(ENGLISH.replace('topics: ["kubernetes"]\n', `topics: ["kubernetes"]\n${stampLine('0123456789ab')}\n`));
  });

  test('replaces an existing stamp in place, in any YAML style, keeping CRLF and comments', () => {
    const crlf = '---\r\ntitle: "a"\r\ntranslationOf:\r\n  hash: "aaaaaaaaaaaa"\r\n# note\r\ndraft: false\r\n---\r\nBody\r\n';
    expect(stampTranslation(crlf, '0123456789ab')).toBe(
      '---\r\ntitle: "a"\r\ntranslationOf: { hash: "0123456789ab" }\r\n# note\r\ndraft: false\r\n---\r\nBody\r\n',
    );
    const flow = '---\ntitle: "a"\ntranslationOf: { hash: "aaaaaaaaaaaa" } # stamped\n---\nBody\n';
    expect(stampTranslation(flow, '0123456789ab')).toBe('---\ntitle: "a"\ntranslationOf: { hash: "0123456789ab" } # stamped\n---\nBody\n');
  });

  test('is idempotent', () => {
    const once = stampTranslation(ENGLISH, '0123456789ab');
    expect(stampTranslation(once, '0123456789ab')).toBe(once);
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
    expect(originalLocaleOf({ de: plain, en: plain })).toBe('de');
    expect(originalLocaleOf({ de: stampedFile, en: plain })).toBe('en');
    expect(originalLocaleOf({ en: plain })).toBe('en');
  });
});

describe('checkTranslationDrift', () => {
  test('is silent for a translation stamped with its original’s current text', () => {
    expect(checkTranslationDrift([file('de', GERMAN), file('en', stamped(GERMAN, ENGLISH))])).toEqual([]);
  });

  test('warns on the translation, naming both files, once the original changed', () => {
    const edited = GERMAN.replace('Viele Details.', 'Viele neue Details.');
    const lines = checkTranslationDrift([file('de', edited), file('en', stamped(GERMAN, ENGLISH))]).map(formatDiagnostic);
    expect(lines).toEqual([
      expect.stringMatching(
        /^content\/posts\/en\/alpha-daily\.md:8 warning translationOf: the original content\/posts\/de\/alpha-daily\.md changed after this translation \(recorded [0-9a-f]{12}, now [0-9a-f]{12}\)\. Fix: .* npm run translation:done -- alpha-daily$/,
      ),
    ]);
  });

  test('does not warn for invisible changes to the original (CRLF, trailing blanks)', () => {
    const windows = GERMAN.replace('Erster Absatz.', 'Erster Absatz.   ').replaceAll('\n', '\r\n');
    expect(checkTranslationDrift([file('de', windows), file('en', stamped(GERMAN, ENGLISH))])).toEqual([]);
  });

  test('warns on a translation without a stamp', () => {
    expect(checkTranslationDrift([file('de', GERMAN), file('en', ENGLISH)]).map(formatDiagnostic)).toEqual([
      'content/posts/en/alpha-daily.md warning translationOf: records no "translationOf", so nobody can tell whether it still matches content/posts/de/alpha-daily.md. Fix: check it against content/posts/de/alpha-daily.md, then run npm run translation:done -- alpha-daily',
    ]);
  });

  test('refuses a stamp in both languages', () => {
    const both = [file('de', stamped(ENGLISH, GERMAN)), file('en', stamped(GERMAN, ENGLISH))];
    expect(checkTranslationDrift(both).map((finding) => `${finding.file} ${finding.severity}`)).toEqual([
      'content/posts/de/alpha-daily.md error',
      'content/posts/en/alpha-daily.md error',
    ]);
  });

  test('treats a stamped German file as the translation of an English original', () => {
    const english = ENGLISH.replace('Many details.', 'Many more details.');
    const lines = checkTranslationDrift([file('de', stamped(ENGLISH, GERMAN)), file('en', english)]).map(formatDiagnostic);
    expect(lines).toEqual([
      expect.stringContaining(
        'content/posts/de/alpha-daily.md:8 warning translationOf: the original content/posts/en/alpha-daily.md changed',
      ),
    ]);
  });

  test('errors on a stamp whose original does not exist (fixture "broken/translation-orphan")', async () => {
    const { diagnostics } = await runContentChecks(fixturePath('broken/translation-orphan'));
    expect(diagnostics.filter((finding) => finding.severity === 'error').map(formatDiagnostic)).toEqual([
      'content/posts/en/alpha-notes.md:8 error translationOf: records a translation of content/posts/de/alpha-notes.md, which does not exist. Fix: restore the original at content/posts/de/alpha-notes.md, or remove "translationOf" if this file is now the original',
    ]);
  });
});

describe('parseStampArgs', () => {
  test.each([
    [['kcp'], { ok: true, all: false, slugs: ['kcp'] }],
    [['kcp', 'dagger'], { ok: true, all: false, slugs: ['kcp', 'dagger'] }],
    [['--all'], { ok: true, all: true, slugs: [] }],
  ])('reads %j', (args, expected) => {
    expect(parseStampArgs(args)).toEqual(expected);
  });

  test.each([[[]], [['--all', 'kcp']], [['--force']]])('refuses %j with the usage', (args) => {
    expect(parseStampArgs(args)).toEqual({ ok: false, error: expect.stringContaining('usage: npm run translation:done') });
  });
});

describe('planStamps', () => {
  const files = [file('de', GERMAN), file('en', ENGLISH), file('de', GERMAN, 'only-german')];

  test('stamps the translation with its original’s hash, and only that', () => {
    const [outcome] = planStamps(files, { all: false, slugs: ['alpha-daily'] });
    expect(outcome).toMatchObject({
      kind: 'stamped',
      path: 'content/posts/en/alpha-daily.md',
      originalPath: 'content/posts/de/alpha-daily.md',
    });
    if (outcome?.kind !== 'stamped') return;
    expect(outcome.hash).toBe(translationSourceHashOfFile(GERMAN));
    expect(checkTranslationDrift([file('de', GERMAN), file('en', outcome.content)])).toEqual([]);
  });

  test('skips single-language posts with --all, and refuses them or unknown slugs by name', () => {
    expect(planStamps(files, { all: true, slugs: [] }).map((outcome) => `${outcome.slug} ${outcome.kind}`)).toEqual([
      'alpha-daily stamped',
      'only-german skipped',
    ]);
    expect(planStamps(files, { all: false, slugs: ['only-german', 'nope'] }).map((outcome) => outcome.kind)).toEqual(['error', 'error']);
  });

  test('reports a stamped file as unchanged on a second run', () => {
    const again = [file('de', GERMAN), file('en', stamped(GERMAN, ENGLISH))];
    expect(planStamps(again, { all: true, slugs: [] }).map((outcome) => outcome.kind)).toEqual(['unchanged']);
  });
});

describe('planNewPost stamps the English skeleton', () => {
  test('as a translation of the German skeleton', () => {
    const plan = planNewPost(
      { slug: 'gamma', followUpOf: undefined, title: undefined },
      { slugs: new Set(), highlights: new Set() },
      '2024-05-02',
    );
    if (!plan.ok) throw new Error(plan.error);
    const [german, english] = plan.files;
    expect(english?.content).toContain(stampLine(translationSourceHashOfFile(german?.content ?? '') ?? ''));
    expect(german?.content).not.toContain('translationOf');
    const sources = plan.files.map((planned, index) => file(index === 0 ? 'de' : 'en', planned.content, 'gamma'));
    expect(checkTranslationDrift(sources)).toEqual([]);
  });
});

import { describe, expect, test } from 'vitest';
import { excerptParts } from '../../src/lib/search/excerpt';
import { comparableWord, isQueryFound } from '../../src/lib/search/query-match';
import { matchedWords, resultView, type PagefindResultData } from '../../src/lib/search/result-view';
import { searchFactsOf } from '../../src/lib/views/parts/search-facts';

/** The parts of an excerpt: plain text, and a match Pagefind marked. */
const text = (value: string) => ({ text: value, isMatch: false });
const mark = (value: string) => ({ text: value, isMatch: true });

describe('excerptParts', () => {
  test('splits the excerpt into text and marked matches and decodes what Pagefind escaped', () => {
    expect(excerptParts('… a <mark>kcp</mark> &amp; <mark>API</mark> &lt;b&gt; …')).toEqual([
      text('… a '),
      mark('kcp'),
      text(' & '),
      mark('API'),
      text(' <b> …'),
    ]);
  });

  test.each([
    ['“<mark>SBOMs</mark>', [text('“'), mark('SBOMs')]],
    ['<mark>“SBOMs</mark> are', [text('“'), mark('SBOMs'), text(' are')]],
    ['the <mark>Dagger:</mark> x', [text('the '), mark('Dagger'), text(': x')]],
    ['<mark>(Daggerverse).</mark>', [text('('), mark('Daggerverse'), text(').')]],
    ['<mark>kubectl-validate</mark>', [mark('kubectl-validate')]],
    ['a <mark>„Größe“</mark>', [text('a „'), mark('Größe'), text('“')]],
    ['a <mark>—</mark> b', [text('a — b')]],
  ])('marks only the word of %j, not the punctuation around it', (excerpt, parts) => {
    expect(excerptParts(excerpt)).toEqual(parts);
  });

  test('keeps markup-like text as text, never as elements', () => {
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt;')).toEqual([text('<img src=x onerror=alert(1)>')]);
  });
});

test.each([
  ['Größe,', 'grosse'],
  ['kubectl-validate', 'kubectlvalidate'],
  ['„Entwickler*innen“', 'entwicklerinnen'],
  ['CI/CD', 'cicd'],
])('comparableWord compares %s as %s', (word, expected) => {
  expect(comparableWord(word)).toBe(expected);
});

test.each([
  ['kcp', ['kcp:'], true],
  ['kcp api', ['kcp', 'APIs'], true],
  ['installa', ['installing'], true],
  ['kubernetis', ['Kubernetes'], true],
  ['Entwicklerinnen', ['Entwickler'], true],
  ['Häuser', ['Hauser'], true],
  ['kubectl-validate', ['kubectl-validate.'], true],
  // Pagefind's fallback to the longest indexed prefix of a made-up word
  ['xqzzy', ['x', 'x'], false],
  ['asdf', ['as', 'as'], false],
  ['blorf', ['-b'], false],
  ['kcp asdf', ['kcp', 'as'], false],
  ['kcp', [], false],
  ['', ['kcp'], false],
])('isQueryFound %j with matches %j: %s', (query, words, expected) => {
  expect(isQueryFound(query, words)).toBe(expected);
});

const data: PagefindResultData = {
  url: '/en/posts/kcp/',
  excerpt: '… an <mark>API</mark> layer …',
  content: 'kcp is an API layer. Logical clusters.',
  locations: [3],
  meta: { title: 'kcp: an API layer', people: 'Marvin Beckers' },
  filters: { kind: ['highlight'], published: ['2024-04-08'] },
  sub_results: [
    { title: 'kcp: an API layer', url: '/en/posts/kcp/' },
    { title: 'Logical clusters', url: '/en/posts/kcp/#logical-clusters' },
  ],
};

test('matchedWords takes the words at the match locations and the words of the metadata', () => {
  expect(matchedWords(data)).toEqual(['API', 'kcp:', 'an', 'API', 'layer', 'Marvin', 'Beckers']);
});

describe('resultView', () => {
  test('gives the card its title, kind, date as the locale writes it, excerpt and sections', () => {
    expect(resultView(data, 'de')).toEqual({
      href: '/en/posts/kcp/',
      title: 'kcp: an API layer',
      kind: 'highlight',
      published: { iso: '2024-04-08', text: '8. April 2024' },
      excerpt: [text('… an '), mark('API'), text(' layer …')],
      sections: [{ href: '/en/posts/kcp/#logical-clusters', title: 'Logical clusters' }],
    });
  });

  test('leaves out a kind or date the index does not know', () => {
    const view = resultView({ ...data, filters: { kind: ['talk'], published: ['soon'] } }, 'en');
    expect(view.kind).toBeUndefined();
    expect(view.published).toBeUndefined();
  });
});

test('searchFactsOf gives a highlight its session and people, and every post its kind and day', () => {
  const talk = {
    title: 'Building a Platform Engineering API Layer with kcp',
    kind: 'talk' as const,
    speakers: [{ name: 'Marvin Beckers', affiliation: 'Kubermatic GmbH' }],
    links: { schedule: '', slides: '', video: '', project: '' },
  };
  expect(searchFactsOf({ type: 'highlight', pubDate: new Date('2024-04-08'), talk })).toEqual({
    kind: 'highlight',
    published: '2024-04-08',
    session: 'Building a Platform Engineering API Layer with kcp',
    people: 'Marvin Beckers (Kubermatic GmbH)',
  });
  expect(searchFactsOf({ type: 'follow-up', pubDate: new Date('2024-04-22') })).toEqual({
    kind: 'follow-up',
    published: '2024-04-22',
    session: undefined,
    people: undefined,
  });
});

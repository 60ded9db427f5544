import { describe, expect, test } from 'vitest';
import { excerptParts } from '../../src/lib/search/excerpt';
import { comparableWord, isQueryFound } from '../../src/lib/search/query-match';
import { matchedWords, resultView, type PagefindResultData } from '../../src/lib/search/result-view';
import { searchFactsOf } from '../../src/lib/views/parts/search-facts';

describe('excerptParts', () => {
  test('splits the excerpt into text and marked matches and decodes what Pagefind escaped', () => {
    expect(excerptParts('… a <mark>kcp</mark> &amp; <mark>API</mark> &lt;b&gt; …')).toEqual([
      { text: '… a ', isMatch: false },
      { text: 'kcp', isMatch: true },
      { text: ' & ', isMatch: false },
      { text: 'API', isMatch: true },
      { text: ' <b> …', isMatch: false },
    ]);
  });

  test.each([
    [
      '“<mark>SBOMs</mark>',
      [
        { text: '“', isMatch: false },
        { text: 'SBOMs', isMatch: true },
      ],
    ],
    [
      '<mark>“SBOMs</mark> are',
      [
        { text: '“', isMatch: false },
        { text: 'SBOMs', isMatch: true },
        { text: ' are', isMatch: false },
      ],
    ],
    [
      'the <mark>Dagger:</mark> x',
      [
        { text: 'the ', isMatch: false },
        { text: 'Dagger', isMatch: true },
        { text: ': x', isMatch: false },
      ],
    ],
    [
      '<mark>(Daggerverse).</mark>',
      [
        { text: '(', isMatch: false },
        { text: 'Daggerverse', isMatch: true },
        { text: ').', isMatch: false },
      ],
    ],
    ['<mark>kubectl-validate</mark>', [{ text: 'kubectl-validate', isMatch: true }]],
    [
      'a <mark>„Größe“</mark>',
      [
        { text: 'a „', isMatch: false },
        { text: 'Größe', isMatch: true },
        { text: '“', isMatch: false },
      ],
    ],
    ['a <mark>—</mark> b', [{ text: 'a — b', isMatch: false }]],
  ])('marks only the word of %j, not the punctuation around it', (excerpt, parts) => {
    expect(excerptParts(excerpt)).toEqual(parts);
  });

  test('keeps markup-like text as text, never as elements', () => {
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt;')).toEqual([{ text: '<img src=x onerror=alert(1)>', isMatch: false }]);
  });
});

describe('comparableWord', () => {
  test.each([
    ['Größe,', 'grosse'],
    ['kubectl-validate', 'kubectlvalidate'],
    ['„Entwickler*innen“', 'entwicklerinnen'],
    ['CI/CD', 'cicd'],
  ])('compares %s as %s', (word, expected) => {
    expect(comparableWord(word)).toBe(expected);
  });
});

describe('isQueryFound', () => {
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
  ])('%j with matches %j: %s', (query, words, expected) => {
    expect(isQueryFound(query, words)).toBe(expected);
  });
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

describe('matchedWords', () => {
  test('takes the words at the match locations and the words of the metadata', () => {
    expect(matchedWords(data)).toEqual(['API', 'kcp:', 'an', 'API', 'layer', 'Marvin', 'Beckers']);
  });
});

describe('resultView', () => {
  test('gives the card its title, kind, date as the locale writes it, excerpt and sections', () => {
    expect(resultView(data, 'de')).toEqual({
      href: '/en/posts/kcp/',
      title: 'kcp: an API layer',
      kind: 'highlight',
      published: { iso: '2024-04-08', text: '8. April 2024' },
      excerpt: [
        { text: '… an ', isMatch: false },
        { text: 'API', isMatch: true },
        { text: ' layer …', isMatch: false },
      ],
      sections: [{ href: '/en/posts/kcp/#logical-clusters', title: 'Logical clusters' }],
    });
  });

  test('leaves out a kind or date the index does not know', () => {
    const view = resultView({ ...data, filters: { kind: ['talk'], published: ['soon'] } }, 'en');
    expect(view.kind).toBeUndefined();
    expect(view.published).toBeUndefined();
  });
});

describe('searchFactsOf', () => {
  test('gives a highlight its session and people, and every post its kind and day', () => {
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
});

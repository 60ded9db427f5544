import { expect, test } from 'vitest';
import { absoluteUrl, alternatePaths, localeFromPath, localizePath, postPath, stripLocale, talksPath } from '../../src/i18n/urls';

test.each([
  ['/', 'de', '/de/'],
  ['', 'en', '/en/'],
  ['/posts/kcp/', 'en', '/en/posts/kcp/'],
  ['posts/kcp', 'de', '/de/posts/kcp/'],
] as const)('localizePath puts %j under %s as %j', (path, locale, expected) => {
  expect(localizePath(path, locale)).toBe(expected);
});

test.each([
  ['/en/posts/kcp/', 'en'],
  ['/de/', 'de'],
  ['/', 'de'],
  ['/fr/posts/x/', 'de'],
  ['/english/', 'de'],
] as const)('localeFromPath reads %j as %s', (path, expected) => {
  expect(localeFromPath(path)).toBe(expected);
});

test.each([
  ['/en/posts/kcp/', '/posts/kcp/'],
  ['/de/', '/'],
  ['/de', '/'],
  ['/deutsch/', '/deutsch/'],
  ['/404.html', '/404.html'],
])('stripLocale turns %j into %j', (path, expected) => {
  expect(stripLocale(path)).toBe(expected);
});

test('postPath builds the page of a post in a locale', () => {
  expect(postPath('en', 'kcp')).toBe('/en/posts/kcp/');
  expect(postPath('de', 'rendered-manifests-hands-on')).toBe('/de/posts/rendered-manifests-hands-on/');
});

test('absoluteUrl joins a site path and fragment to the deployed origin', () => {
  expect(absoluteUrl('/en/posts/kcp/#what-kcp-is', 'https://example.org')).toBe('https://example.org/en/posts/kcp/#what-kcp-is');
});

test.each([
  ['en', undefined, '/en/talks/'],
  ['de', 'gitops', '/de/talks/gitops/'],
] as const)('talksPath puts the talk index of %s (topic %s) at %s', (locale, topic, path) => {
  expect(talksPath(locale, topic)).toBe(path);
});

test('alternatePaths gives the page in every locale, each from the same mapper', () => {
  expect(alternatePaths((locale) => postPath(locale, 'kcp'))).toEqual({ de: '/de/posts/kcp/', en: '/en/posts/kcp/' });
});

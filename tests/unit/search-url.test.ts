import { expect, test } from 'vitest';
import { searchUrl } from '../../src/lib/search/search-client';

test.each([
  ['https://example.org/en/search/', 'kcp api', 'https://example.org/en/search/?q=kcp+api'],
  ['https://example.org/en/search/?q=old', 'new', 'https://example.org/en/search/?q=new'],
  ['https://example.org/en/search/?q=old', '', 'https://example.org/en/search/'],
  ['https://example.org/de/search/', 'a&b#c', 'https://example.org/de/search/?q=a%26b%23c'],
])('searchUrl puts the query of %s into ?q= (%j)', (page, query, expected) => {
  expect(searchUrl(page, query)).toBe(expected);
});

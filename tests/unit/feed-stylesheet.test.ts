import { createHash } from 'node:crypto';
import { fromXml } from 'xast-util-from-xml';
import { describe, expect, test } from 'vitest';
import { escapeXml, feedStylesheet, type FeedStylesheetText } from '../../src/lib/meta/feed-stylesheet';

const text: FeedStylesheetText = {
  lang: 'de',
  intl: 'de-CH',
  feedUrl: 'https://example.org/de/rss.xml?a=1&b=<2>',
  noticeTitle: 'Das ist ein Feed.',
  noticeText: 'Kopiert „seine“ Adresse:',
  siteLink: 'Zur Website',
  itemsTitle: 'Beiträge',
};

describe('escapeXml', () => {
  test.each([
    ['a < "b" & c > d', 'a &lt; &quot;b&quot; &amp; c &gt; d'],
    ['„Größe“', '„Größe“'],
  ])('%s → %s', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('feedStylesheet', () => {
  const xsl = feedStylesheet(text, ":root { --kr-font-body: 'Segoe UI', sans-serif; }");

  test('is well-formed XML, with every text escaped', () => {
    // A strict XML parser: it throws on anything that is not well-formed.
    expect(fromXml(xsl).type).toBe('root');
    expect(xsl).toContain('<code>https://example.org/de/rss.xml?a=1&amp;b=&lt;2&gt;</code>');
  });

  test('allows exactly its own styles by hash, and nothing else to load', () => {
    const css = /<style>([\s\S]*)<\/style>/.exec(xsl)?.[1] ?? '';
    expect(css).toContain("--kr-font-body: 'Segoe UI'");
    const hash = createHash('sha256').update(css).digest('base64');
    expect(xsl).toContain(`content="default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'"`);
  });

  test('writes dates the way readers of the locale do, with month names of that language', () => {
    expect(xsl).toContain('<xsl:value-of select="number(substring(pubDate, 6, 2))"/><xsl:text>. </xsl:text><xsl:choose>');
    expect(xsl).toContain(`<xsl:when test="$month = 'Mar'">März</xsl:when>`);
    expect(feedStylesheet({ ...text, intl: 'en-GB' }, '')).toContain(`<xsl:when test="$month = 'Mar'">March</xsl:when>`);
  });
});

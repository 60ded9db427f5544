import { createHash } from 'node:crypto';

/** What the feed's page says, in the feed's language. */
export interface FeedStylesheetText {
  /** The `lang` of the page, e.g. "de". */
  lang: string;
  /** The `Intl` locale its dates are written in, e.g. "de-DE". */
  intl: string;
  /** The feed's own absolute address, to paste into a feed reader. */
  feedUrl: string;
  /** "This is a feed": the notice's heading. */
  noticeTitle: string;
  /** What a feed is for and what to do with its address. */
  noticeText: string;
  /** Link text to the site. */
  siteLink: string;
  /** Heading above the list of posts. */
  itemsTitle: string;
}

/**
 * Escapes text for an XML text node or attribute value.
 * @example escapeXml('a < "b" & c') // 'a &lt; &quot;b&quot; &amp; c'
 */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (character) => XML_ENTITIES[character] ?? character);
}

const XML_ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };

// @astrojs/rss writes pubDate with Date#toUTCString: "Mon, 08 Apr 2024 00:00:00 GMT".
const RFC_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * XSLT 1.0 that writes an item's pubDate as readers of `intl` write a long date, in the order
 * and with the punctuation `Intl` gives (XSLT 1.0 has no date functions of its own).
 */
function pubDateXsl(intl: string): string {
  const monthName = new Intl.DateTimeFormat(intl, { month: 'long', timeZone: 'UTC' });
  const months = RFC_MONTHS.map(
    (abbreviation, month) =>
      `<xsl:when test="$month = '${abbreviation}'">${escapeXml(monthName.format(Date.UTC(2024, month, 15)))}</xsl:when>`,
  ).join('');
  const parts = new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' }).formatToParts(Date.UTC(2024, 3, 8));
  return parts
    .map((part) => {
      if (part.type === 'day') return '<xsl:value-of select="number(substring(pubDate, 6, 2))"/>';
      if (part.type === 'year') return '<xsl:value-of select="substring(pubDate, 13, 4)"/>';
      if (part.type === 'month') return `<xsl:choose>${months}</xsl:choose>`;
      return `<xsl:text>${escapeXml(part.value)}</xsl:text>`;
    })
    .join('');
}

/** The page's own styles: the site's colour tokens and a reading column, light and dark. */
function pageCss(tokensCss: string): string {
  return `${tokensCss}
@layer base {
  body { margin: 0; background: var(--kr-color-bg); color: var(--kr-color-text); font-family: var(--kr-font-body); font-size: var(--kr-text-base); line-height: var(--kr-leading); }
  main { max-inline-size: var(--kr-measure); margin-inline: auto; padding: var(--kr-space-8) var(--kr-space-4) var(--kr-space-12); }
  a { color: var(--kr-color-accent); text-underline-offset: 0.15em; }
  a:hover { color: var(--kr-color-accent-strong); }
  a:focus-visible { outline: 3px solid var(--kr-color-focus); outline-offset: 2px; }
  .kicker { margin: 0; color: var(--kr-color-kicker); font-size: var(--kr-text-xs); font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; }
  h1 { margin-block: var(--kr-space-2) var(--kr-space-3); font-size: var(--kr-text-2xl); line-height: 1.2; }
  h2 { margin-block: var(--kr-space-8) var(--kr-space-4); font-size: var(--kr-text-xl); }
  .notice { margin-block: var(--kr-space-6); padding: var(--kr-space-4) var(--kr-space-5); border: 1px solid var(--kr-color-border); border-inline-start: 4px solid var(--kr-color-accent); border-radius: var(--kr-radius); background: var(--kr-color-surface); }
  .notice p { margin: 0 0 var(--kr-space-2); }
  .notice code { display: block; overflow-wrap: anywhere; padding: var(--kr-space-2) var(--kr-space-3); border-radius: var(--kr-radius); background: var(--kr-color-code-bg); font-family: var(--kr-font-mono); font-size: var(--kr-text-sm); }
  ol { margin: 0; padding: 0; list-style: none; }
  li { padding-block: var(--kr-space-4); border-block-start: 1px solid var(--kr-color-border); }
  h3 { margin: 0; font-size: var(--kr-text-lg); line-height: 1.3; }
  .date { margin: var(--kr-space-1) 0 var(--kr-space-2); color: var(--kr-color-muted); font-size: var(--kr-text-sm); }
  li p:last-child { margin-block-end: 0; }
}
`;
}

/**
 * The XSL stylesheet that shows a feed opened in a browser as a page of the site: what a feed
 * is and its address to paste, then each post's linked title, date and summary. `tokensCss` is
 * the site's token stylesheet; the page's styles are allowed by hash, nothing else loads.
 * @example feedStylesheet(text, ':root { --kr-color-bg: #faf9f6; }').startsWith('<?xml') // true
 */
export function feedStylesheet(text: FeedStylesheetText, tokensCss: string): string {
  const css = pageCss(tokensCss);
  const hash = createHash('sha256').update(css).digest('base64');
  const policy = `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:dc="http://purl.org/dc/elements/1.1/" exclude-result-prefixes="dc">
<xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="no"/>
<xsl:template match="/">
<html lang="${escapeXml(text.lang)}">
<head>
<meta charset="utf-8"/>
<meta http-equiv="Content-Security-Policy" content="${escapeXml(policy)}"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="color-scheme" content="light dark"/>
<title><xsl:value-of select="/rss/channel/title"/></title>
<style>${escapeXml(css)}</style>
</head>
<body>
<main>
<p class="kicker">RSS</p>
<h1><xsl:value-of select="/rss/channel/title"/></h1>
<p><xsl:value-of select="/rss/channel/description"/></p>
<div class="notice" role="note">
<p><strong>${escapeXml(text.noticeTitle)}</strong> ${escapeXml(text.noticeText)}</p>
<code>${escapeXml(text.feedUrl)}</code>
</div>
<p><a href="{/rss/channel/link}">${escapeXml(text.siteLink)}</a></p>
<h2>${escapeXml(text.itemsTitle)}</h2>
<ol>
<xsl:for-each select="/rss/channel/item">
<li>
<h3 lang="{dc:language}"><a href="{link}"><xsl:value-of select="title"/></a></h3>
<p class="date"><xsl:variable name="month" select="substring(pubDate, 9, 3)"/>${pubDateXsl(text.intl)}</p>
<p lang="{dc:language}"><xsl:value-of select="description"/></p>
</li>
</xsl:for-each>
</ol>
</main>
</body>
</html>
</xsl:template>
</xsl:stylesheet>
`;
}

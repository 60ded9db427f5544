/** A run of excerpt text, marked where it matches the query. */
export interface ExcerptPart {
  text: string;
  isMatch: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function decodeEntities(html: string): string {
  return html.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Pagefind's excerpt (escaped page text with `<mark>` around the matches) as plain text runs,
 * so the page builds it with text nodes and never parses HTML from the index.
 * @example excerptParts('… a <mark>kcp</mark> &amp; more …') // [{ text: '… a ', isMatch: false }, { text: 'kcp', isMatch: true }, { text: ' & more …', isMatch: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const match = /^<mark>(.*)<\/mark>$/.exec(piece);
      return { text: decodeEntities(match ? (match[1] ?? '') : piece), isMatch: match !== null };
    });
}

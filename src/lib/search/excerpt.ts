/** A run of excerpt text, marked where it matches the query. */
export interface ExcerptPart {
  text: string;
  isMatch: boolean;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function decodeEntities(html: string): string {
  return html.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A match's parts: Pagefind marks a whole token (`“SBOMs`, `Dagger:`), the reader sees the word. */
function matchParts(match: string): ExcerptPart[] {
  const characters = [...match];
  const first = characters.findIndex((character) => WORD_CHARACTER.test(character));
  const last = characters.findLastIndex((character) => WORD_CHARACTER.test(character));
  if (first === -1) return [{ text: match, isMatch: false }];
  return [
    { text: characters.slice(0, first).join(''), isMatch: false },
    { text: characters.slice(first, last + 1).join(''), isMatch: true },
    { text: characters.slice(last + 1).join(''), isMatch: false },
  ];
}

/**
 * Pagefind's excerpt (escaped page text with `<mark>` around the matches) as plain text runs,
 * so the page builds it with text nodes and never parses HTML from the index. Only the word of
 * a match is marked, not the quotes or punctuation Pagefind's token carries with it.
 * @example excerptParts('… a <mark>kcp:</mark> more …') // [{ text: '… a ', isMatch: false }, { text: 'kcp', isMatch: true }, { text: ': more …', isMatch: false }]
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts = excerpt
    .split(/(<mark>.*?<\/mark>)/)
    .flatMap((piece) => {
      const match = /^<mark>(.*)<\/mark>$/.exec(piece);
      return match ? matchParts(decodeEntities(match[1] ?? '')) : [{ text: decodeEntities(piece), isMatch: false }];
    })
    .filter((part) => part.text !== '');
  // Runs of plain text next to each other read as one.
  return parts.reduce<ExcerptPart[]>((joined, part) => {
    const last = joined.at(-1);
    if (last && !last.isMatch && !part.isMatch) last.text += part.text;
    else joined.push({ ...part });
    return joined;
  }, []);
}

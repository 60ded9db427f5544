/** Selections with more words than this are linked by their first and last words (textStart,textEnd). */
const MAX_EXACT_WORDS = 10;
/** Words kept at each end of a long selection: enough to be unique in a post, short in a URL. */
const EDGE_WORDS = 4;

/**
 * Percent-encodes one part of a text directive. Besides what `encodeURIComponent` escapes,
 * the spec reserves `-` (prefix/suffix marker), `,` and `&`.
 * @example encodeTextPart('shift-left, now & then') // 'shift%2Dleft%2C%20now%20%26%20then'
 */
export function encodeTextPart(text: string): string {
  return encodeURIComponent(text).replaceAll('-', '%2D');
}

/**
 * The text directive (`text=…`) that finds a selection again; whitespace runs count as one
 * space. Long selections become `text=start,end`; an empty selection gives undefined.
 * @example textDirective('API layer') // 'text=API%20layer'
 */
export function textDirective(selected: string): string | undefined {
  const words = selected.split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const parts = words.length <= MAX_EXACT_WORDS ? [words] : [words.slice(0, EDGE_WORDS), words.slice(-EDGE_WORDS)];
  return `text=${parts.map((part) => encodeTextPart(part.join(' '))).join(',')}`;
}

/**
 * The address of a quote: the page, its section's id (browsers without text fragments land
 * there) and a text fragment that scrolls to and highlights the passage where supported.
 * @example quoteUrl('https://example.org/en/posts/kcp/#old', 'platform-apis', 'an API') // 'https://example.org/en/posts/kcp/#platform-apis:~:text=an%20API'
 */
export function quoteUrl(pageUrl: string, sectionId: string | undefined, selected: string): string | undefined {
  const directive = textDirective(selected);
  if (directive === undefined) return undefined;
  const url = new URL(pageUrl);
  url.hash = '';
  return `${url.href}#${encodeURIComponent(sectionId ?? '')}:~:${directive}`;
}

/**
 * The section a quote belongs to: the last heading with an id that comes before it.
 * @example sectionIdBefore([{ id: 'a', precedes: true }, { id: 'b', precedes: false }]) // 'a'
 */
export function sectionIdBefore(headings: readonly { id: string; precedes: boolean }[]): string | undefined {
  return headings.findLast((heading) => heading.precedes)?.id;
}

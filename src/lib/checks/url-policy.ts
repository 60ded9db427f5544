/**
 * How a URL written in a post is judged, after reading it as a browser does: surrounding
 * spaces and control characters dropped, tabs and newlines inside removed, backslashes read
 * as slashes (entities are already decoded by the Markdown and HTML parsers).
 */
export type UrlKind =
  | { kind: 'internal'; url: string }
  | { kind: 'https'; url: string }
  | { kind: 'mailto'; url: string }
  | { kind: 'http'; url: string }
  | { kind: 'script'; scheme: string }
  | { kind: 'scheme'; scheme: string }
  | { kind: 'protocol-relative'; url: string }
  | { kind: 'relative'; url: string };

/** Attributes whose value a browser loads, follows or submits to. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'xlink:href',
  'cite',
  'data',
  'background',
  'longdesc',
  'manifest',
  'codebase',
  'classid',
  'archive',
  'ping',
  'icon',
  'lowsrc',
  'dynsrc',
  'usemap',
  'profile',
  'itemtype',
]);

/**
 * The URL as the browser's URL parser sees it.
 * @example browserUrl(' java\tscript:alert(1)') // 'javascript:alert(1)'
 */
export function browserUrl(raw: string): string {
  // Trimmed by counting: /[\u0000-\u0020]+$/ is quadratic on a long run of spaces.
  let start = 0;
  let end = raw.length;
  while (start < end && raw.charCodeAt(start) <= 0x20) start += 1;
  while (end > start && raw.charCodeAt(end - 1) <= 0x20) end -= 1;
  return raw.slice(start, end).replace(/[\t\n\r]/g, '');
}

/**
 * What kind of URL `raw` is, for the checks.
 * @example judgeUrl('JaVaScRiPt:alert(1)') // { kind: 'script', scheme: 'javascript' }
 * @example judgeUrl('\\\\evil.example/x') // { kind: 'protocol-relative', url: '\\\\evil.example/x' }
 */
export function judgeUrl(raw: string): UrlKind {
  const url = browserUrl(raw);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'data') return { kind: 'script', scheme };
  if (scheme === 'https') return { kind: 'https', url };
  if (scheme === 'mailto') return { kind: 'mailto', url };
  if (scheme === 'http') return { kind: 'http', url };
  if (scheme !== undefined) return { kind: 'scheme', scheme };
  const slashed = url.replaceAll('\\', '/');
  if (slashed.startsWith('//')) return { kind: 'protocol-relative', url };
  if (slashed.startsWith('/') || slashed.startsWith('#')) return { kind: 'internal', url: slashed };
  return { kind: 'relative', url };
}

/**
 * The URLs of a `srcset` value (each candidate's URL, without its width or density).
 * @example srcsetUrls('/a.png 1x, /b.png 2x') // ['/a.png', '/b.png']
 */
export function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

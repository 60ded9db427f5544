/**
 * The switch target with the reader's current fragment, renamed where the other page uses
 * another id for the same heading.
 * @example carryFragment('/en/posts/x/', '#warum', { warum: 'why' }) // '/en/posts/x/#why'
 * @example carryFragment('/en/posts/x/', '', {}) // '/en/posts/x/'
 */
export function carryFragment(targetPath: string, hash: string, anchorMap: Readonly<Record<string, string>>): string {
  const base = targetPath.split('#')[0] ?? targetPath;
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  if (id === '') return base;
  return `${base}#${encodeURIComponent(anchorMap[id] ?? id)}`;
}

/**
 * The `#fragment` of what the reader is at: the address's own while its target is on screen,
 * else the last heading above the window's top quarter ('' before the first).
 */
export function readingFragment(root: Document): string {
  const top = root.getElementById(decodeURIComponent(location.hash.slice(1)))?.getBoundingClientRect().top ?? -1;
  if (top >= 0 && top < innerHeight) return location.hash;
  let fragment = '';
  for (const heading of root.querySelectorAll('main :is(h2, h3, h4)[id]'))
    if (heading.getBoundingClientRect().top < innerHeight / 4) fragment = `#${heading.id}`;
  return fragment;
}

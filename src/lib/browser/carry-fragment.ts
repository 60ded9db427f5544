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

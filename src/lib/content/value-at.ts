/**
 * The value at a dotted path inside parsed front matter, or `undefined` where the path ends early.
 * @example valueAt({ talk: { title: 'kcp' } }, ['talk', 'title']) // 'kcp'
 */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

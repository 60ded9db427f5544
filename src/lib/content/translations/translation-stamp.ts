import { isMap, isScalar, parseDocument } from 'yaml';

const FENCE = /^---(\r?\n)([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * The front-matter line that records which version of the original a translation follows.
 * @example stampLine('0123456789ab') // 'translationOf: { hash: "0123456789ab" }'
 */
export function stampLine(hash: string): string {
  return `translationOf: { hash: "${hash}" }`;
}

/**
 * The post source with `translationOf` set to `hash`: an existing field is replaced where it
 * stands, a missing one is added as the last front-matter line. Every other byte is kept,
 * line endings included. Throws when the front matter cannot be read.
 */
export function stampTranslation(source: string, hash: string): string {
  const fence = FENCE.exec(source);
  if (!fence) throw new Error('the file does not start with a front-matter block between two "---" lines');
  const [, eol = '\n', yamlText = ''] = fence;
  const yamlStart = 3 + eol.length;
  const document = parseDocument(yamlText);
  if (document.errors.length > 0) throw new Error(`the front matter is not valid YAML (${document.errors[0]?.message.split('\n')[0]})`);
  const contents = document.contents;
  const pair = isMap(contents) ? contents.items.find((item) => isScalar(item.key) && item.key.value === 'translationOf') : undefined;
  const keyRange = isScalar(pair?.key) ? pair.key.range : undefined;
  const valueRange = (pair?.value as { range?: [number, number, number] } | null | undefined)?.range;
  if (keyRange && valueRange) {
    const replaced = yamlText.slice(keyRange[0], valueRange[1]);
    const trailing = replaced.slice(replaced.trimEnd().length);
    const start = yamlStart + keyRange[0];
    const end = yamlStart + valueRange[1];
    return source.slice(0, start) + stampLine(hash) + trailing + source.slice(end);
  }
  // After the last field, not after blank lines that close some front matters.
  const insertAt = yamlStart + yamlText.trimEnd().length;
  return source.slice(0, insertAt) + eol + stampLine(hash) + source.slice(insertAt);
}

import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';

/**
 * One word of inline code as line-break pieces: a break opportunity after each slash, and a
 * piece with a hyphen kept whole (`code-word`), so `rendered-manifests/` never breaks after
 * `rendered-`. Text without either stays as it is.
 * @example codeWordPieces('a/b-c').length // 3: 'a/', <wbr>, <span class="code-word">b-c</span>
 */
function codeWordPieces(word: string): ElementContent[] {
  return word
    .split(/(?<=\/)(?=.)/)
    .flatMap((piece, index): ElementContent[] => [
      ...(index > 0 ? [h('wbr')] : []),
      piece.includes('-') ? h('span.code-word', piece) : { type: 'text', value: piece },
    ]);
}

/**
 * Lets inline code break where a reader expects it: after a slash of a path, at spaces, and
 * never at a hyphen inside a name (browsers break after any hyphen). Code blocks are left alone.
 */
export function rehypeInlineCodeBreaks() {
  return (tree: Root) => {
    visit(tree, 'element', (code, _index, parent) => {
      if (code.tagName === 'pre') return SKIP;
      if (code.tagName !== 'code' || parent === undefined) return;
      code.children = code.children.flatMap((child) => {
        if (child.type !== 'text') return [child];
        const parts = child.value.split(/(\s+)/).filter((part) => part !== '');
        return parts.flatMap((part) => (/\S/.test(part) ? codeWordPieces(part) : [{ type: 'text', value: part }]));
      });
      return SKIP;
    });
  };
}

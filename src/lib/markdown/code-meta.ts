/** What a code fence's meta (the words after its language) may set: the file the block shows. */
export interface CodeMeta {
  /** The block's caption: ```` ```yaml title="values.yaml" ````. */
  title: string | undefined;
}

/** Why a fence's meta cannot be read, worded for the post's author. */
export interface CodeMetaProblem {
  message: string;
  fix: string;
}

// Anchored, and each value a run of one class of characters: linear on any input.
const TITLE = /^title=(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"']+))$/;

/**
 * Reads a code fence's meta: nothing, or the file name as `title="…"` (single quotes, or none
 * for a name without spaces, work too). Anything else is a problem, so a typo never silently
 * drops a file name.
 * @example parseCodeMeta('title="values.yaml"') // { meta: { title: 'values.yaml' } }
 * @example parseCodeMeta('file=a.yaml').problem?.fix // 'write title= instead of file='
 */
export function parseCodeMeta(
  meta: string | null | undefined,
): { meta: CodeMeta; problem?: undefined } | { meta?: undefined; problem: CodeMetaProblem } {
  const text = (meta ?? '').trim();
  if (text === '') return { meta: { title: undefined } };
  const match = TITLE.exec(text);
  const title = match?.[1] ?? match?.[2] ?? match?.[3];
  if (title !== undefined && title.trim() !== '') return { meta: { title } };
  return {
    problem: {
      message: 'is not a setting the site reads: only the file name, as title="…", may follow the language',
      fix: /^file(name)?=/i.test(text) ? 'write title= instead of file=' : 'write the file name as title="values.yaml", or nothing',
    },
  };
}

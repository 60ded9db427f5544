import type { Root } from 'mdast';
import { factsOfTree, shiftFactLines, type MarkdownFacts } from './markdown-facts';

/** A Markdown body as Astro's content sync rendered it, and the facts read from its tree. */
interface RenderedBody {
  body: string;
  facts: MarkdownFacts;
}

interface Registry {
  collecting: boolean;
  byFile: Map<string, RenderedBody>;
}

// On globalThis: the remark plugin runs from the Markdown processor Astro builds out of the
// config, the checks from the site-guard integration; one store whichever module copy runs.
const REGISTRY_KEY = Symbol.for('kubecon-recap.shared-facts');

function registry(): Registry {
  const holder = globalThis as { [REGISTRY_KEY]?: Registry };
  holder[REGISTRY_KEY] ??= { collecting: false, byFile: new Map() };
  return holder[REGISTRY_KEY];
}

/** From now on, record the facts of every Markdown post the pipeline renders (a build only). */
export function startSharingFacts(): void {
  const store = registry();
  store.collecting = true;
  store.byFile.clear();
}

/** Stop recording and let go of what was recorded. */
export function stopSharingFacts(): void {
  const store = registry();
  store.collecting = false;
  store.byFile.clear();
}

/** Called by the remark plugin with the tree Astro parsed; ignores MDX, checked on its own. */
export function recordSharedFacts(path: string | undefined, body: string, tree: Root): void {
  const store = registry();
  if (!store.collecting || path === undefined || !path.endsWith('.md')) return;
  store.byFile.set(path, { body, facts: factsOfTree(tree).facts });
}

/**
 * The facts of `body` (a post file's body, starting at line `bodyLine` of the file at
 * `absolutePath`) from the parse Astro already made, or undefined when it has none for exactly
 * this text; the caller then parses the body itself. Astro renders the body trimmed, so its
 * lines start after the blank lines the trim removed; a trim that cut into the first line
 * could change the parse, so such a body is never shared.
 */
export function sharedFactsFor(absolutePath: string, body: string, bodyLine: number): MarkdownFacts | undefined {
  const rendered = registry().byFile.get(absolutePath);
  if (rendered === undefined || rendered.body !== body.trim()) return undefined;
  const lead = body.slice(0, body.length - body.trimStart().length);
  if (lead !== '' && !lead.endsWith('\n')) return undefined;
  const skippedLines = lead.split('\n').length - 1;
  return shiftFactLines(rendered.facts, bodyLine - 1 + skippedLines);
}

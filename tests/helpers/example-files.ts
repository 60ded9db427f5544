import { readdir } from 'node:fs/promises';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { join } from 'node:path';
import type { Code } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Every file and folder under `root`, as relative paths, folders with a trailing slash, sorted.
 * @example await listFolder('examples/rendered-manifests') // ['apps/', 'apps/shop-prod.yaml', …]
 */
export async function listFolder(root: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(join(root, prefix), { withFileTypes: true });
  const paths = await Promise.all(
    entries.map(async (entry) =>
      entry.isDirectory()
        ? [`${prefix}${entry.name}/`, ...(await listFolder(root, `${prefix}${entry.name}/`))]
        : [`${prefix}${entry.name}`],
    ),
  );
  return paths.flat().sort();
}

const TREE_LINE = /^((?:│ {3}| {4})*)(?:├── |└── )([^\s#]+)(?:\s+#.*)?$/;

/**
 * The paths a `tree`-style listing shows below its root line, in the same form as `listFolder`.
 * Throws on a line it cannot read, so a mangled tree fails rather than shrinks.
 * @example parseTree('repo/\n├── apps/\n│   └── a.yaml\n└── README.md') // ['README.md', 'apps/', 'apps/a.yaml']
 */
export function parseTree(listing: string): string[] {
  const [, ...lines] = listing.trimEnd().split('\n');
  const parents: string[] = [];
  const paths = lines.map((line) => {
    const match = TREE_LINE.exec(line);
    if (!match) throw new Error(`cannot read tree line: ${JSON.stringify(line)}`);
    const depth = (match[1] ?? '').length / 4;
    const name = match[2] ?? '';
    if (depth > parents.length) throw new Error(`tree line is nested below nothing: ${JSON.stringify(line)}`);
    if (name.slice(0, -1).includes('/')) throw new Error(`one name per tree line, not a path: ${JSON.stringify(line)}`);
    parents.length = depth;
    const path = `${parents.join('')}${name}`;
    if (name.endsWith('/')) parents.push(name);
    return path;
  });
  return paths.sort();
}

/** The fenced code blocks of a Markdown document, with their language and meta string. */
export function codeBlocks(markdown: string): Code[] {
  const blocks: Code[] = [];
  visit(unified().use(remarkParse).parse(markdown), 'code', (node: Code) => {
    blocks.push(node);
  });
  return blocks;
}

/**
 * Whether `excerpt` is the whole of `content` or a run of its consecutive lines.
 * @example isExcerptOf('b\nc', 'a\nb\nc\nd') // true
 */
export function isExcerptOf(excerpt: string, content: string): boolean {
  const wanted = excerpt.trimEnd().split('\n');
  const lines = content.trimEnd().split('\n');
  for (let start = 0; start + wanted.length <= lines.length; start += 1) {
    if (wanted.every((line, offset) => line === lines[start + offset])) return true;
  }
  return false;
}

/** The value of a GitHub Actions expression (`if:`, or a field's `${{ … }}`) for a `github` context, by GitHub's own parser. */
function evaluated(source: string, github: Record<string, unknown>): data.ExpressionData {
  const expression = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(source)?.[1] ?? source;
  const context = JSON.parse(JSON.stringify({ github }), data.reviver) as data.Dictionary;
  return new Evaluator(new Parser(new Lexer(expression).lex().tokens, ['github'], []).parse(), context).evaluate();
}

/**
 * The value of a GitHub Actions expression for a given `github` context, as plain JSON; a
 * missing property is null, as on GitHub.
 * @example evaluateExpression("github.event_name == 'push'", { event_name: 'push' }) // true
 */
export function evaluateExpression(source: string, github: Record<string, unknown>): unknown {
  return JSON.parse(JSON.stringify(evaluated(source, github), data.replacer)) as unknown;
}

/**
 * A workflow field with `${{ … }}` placeholders, each replaced by its expression's value as text.
 * @example interpolate("${{ github.workflow }}-${{ github.ref }}", { workflow: 'ci', ref: 'refs/heads/main' }) // 'ci-refs/heads/main'
 */
export function interpolate(template: string, github: Record<string, unknown>): string {
  return template.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) => evaluated(expression, github).coerceString());
}

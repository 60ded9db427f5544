import type { Expression, Program } from 'estree';
import GithubSlugger from 'github-slugger';
import type { Root as HastRoot } from 'hast';
// Declares `data.hProperties` on mdast nodes, the bridge remark-rehype reads.
import type {} from 'mdast-util-to-hast';
import type { Definition, Heading, Html, Image, Link, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { remarkHeadingIds } from '../plugins/remark-heading-ids';
import { remarkSmartPunctuation } from '../plugins/remark-smart-punctuation';
import { attributeName, readHtmlElements, type AttributeFact, type ElementFact } from './html-facts';

export type { AttributeFact, ElementFact } from './html-facts';

/** An `import` or `export` of an MDX post. */
export interface EsmFact {
  kind: 'import' | 'export';
  line: number;
  /** The module an import reads, as written. */
  source: string | undefined;
  /** The local names an import binds. */
  names: string[];
}

/** A `{…}` expression in the body of an MDX post. */
export interface ExpressionFact {
  line: number;
  /** The code between the braces, as written. */
  code: string;
  /** True when it is empty (a comment) or a single literal, which can reference nothing. */
  literal: boolean;
}

/** What the content checks need to know of a post's body. */
export interface MarkdownFacts {
  /** Heading ids in document order, as the site's pipeline assigns them. */
  headings: { id: string; depth: number; line: number }[];
  /** Links and reference definitions (`[e]: https://…`), with the URL as the parser read it. */
  links: { url: string; line: number; kind: 'link' | 'definition' }[];
  images: { url: string; alt: string; line: number }[];
  /** Every element written as raw HTML (Markdown) or JSX (MDX), read by a real parser. */
  elements: ElementFact[];
  /** MDX only: imports and exports. */
  esm: EsmFact[];
  /** MDX only: `{…}` expressions in the text. */
  expressions: ExpressionFact[];
  /** The text of every emphasis (`*…*`), to catch gender stars read as emphasis. */
  emphasis: { text: string; line: number }[];
  /** Why the body could not be read at all (MDX syntax errors), with the line. */
  syntaxError: { line: number; message: string } | undefined;
}

/** A post body parsed once: the trees (mdast, and hast for every raw HTML piece) and the facts. */
export interface ParsedBody {
  tree: Root;
  htmlTrees: HastRoot[];
  facts: MarkdownFacts;
}

export type BodyFormat = 'md' | 'mdx';

// The site's remark plugins up to where remarkCollectFacts reads the tree (astro.config.ts),
// so a build that shares Astro's parse and `npm run check` see the same facts; smart
// punctuation changes heading text, hence the ids rehype-slug derives from it.
const markdownParser = unified().use(remarkParse).use(remarkSmartPunctuation).use(remarkGfm).use(remarkHeadingIds);
// remark-mdx parses imports, exports and expressions with acorn, so the checks decide on
// ESTree nodes rather than on the text.
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkSmartPunctuation).use(remarkGfm).use(remarkHeadingIds);

/** Empty (a comment only) or one literal: the only expressions that can reference nothing. */
export function isLiteralProgram(program: Program | null | undefined): boolean {
  if (!program) return false;
  if (program.body.length === 0) return true;
  const [statement] = program.body;
  return program.body.length === 1 && statement?.type === 'ExpressionStatement' && isLiteralExpression(statement.expression);
}

function isLiteralExpression(expression: Expression): boolean {
  if (expression.type === 'Literal') return !('regex' in expression);
  if (expression.type === 'TemplateLiteral') return expression.expressions.length === 0;
  if (expression.type === 'UnaryExpression') return expression.operator === '-' && isLiteralExpression(expression.argument);
  return false;
}

function jsxElementFact(node: MdxJsxFlowElement | MdxJsxTextElement, line: number): ElementFact {
  const attributes: AttributeFact[] = node.attributes.map((attribute) => {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      return { name: '{…}', value: undefined, computed: true, written: `{${attribute.value}}` };
    }
    const name = attributeName(attribute.name);
    const { value } = attribute;
    if (value === null || value === undefined) return { name, value: '', computed: false, written: attribute.name };
    if (typeof value === 'string') return { name, value, computed: false, written: attribute.name };
    const program = value.data?.estree;
    const statement = program?.body[0];
    const literal = isLiteralProgram(program) && statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
    if (literal?.type === 'Literal') {
      return { name, value: literal.value === null ? undefined : String(literal.value), computed: false, written: attribute.name };
    }
    if (literal?.type === 'TemplateLiteral') {
      return { name, value: literal.quasis.map((quasi) => quasi.value.cooked ?? '').join(''), computed: false, written: attribute.name };
    }
    return { name, value: undefined, computed: !literal, written: `${attribute.name}={${value.value}}` };
  });
  return { name: node.name ?? '', syntax: 'jsx', line, attributes };
}

function esmFacts(node: MdxjsEsm, lineOf: (line: number | undefined) => number): EsmFact[] {
  const program = node.data?.estree;
  if (!program) return [{ kind: node.value.trimStart().startsWith('import') ? 'import' : 'export', line: lineOf(node.position?.start.line), source: undefined, names: [] }];
  return program.body.map((statement) => {
    const line = lineOf(statement.loc?.start.line ?? node.position?.start.line);
    if (statement.type === 'ImportDeclaration') {
      return {
        kind: 'import',
        line,
        source: typeof statement.source.value === 'string' ? statement.source.value : undefined,
        names: statement.specifiers.map((specifier) => specifier.local.name),
      };
    }
    return { kind: 'export', line, source: undefined, names: [] };
  });
}

/** The facts of a body with nothing in it (or one nobody has read). */
export function emptyFacts(): MarkdownFacts {
  return { headings: [], links: [], images: [], elements: [], esm: [], expressions: [], emphasis: [], syntaxError: undefined };
}

/**
 * Reads the facts the checks decide on from a parsed body (the mdast after remark-gfm and the
 * explicit heading ids). Raw HTML is parsed again as HTML, so that attributes are judged as a
 * browser reads them. `firstLine` is the body's line in its file.
 */
export function factsOfTree(tree: Root, firstLine = 1): { facts: MarkdownFacts; htmlTrees: HastRoot[] } {
  const facts = emptyFacts();
  const toFileLine = (line: number | undefined) => (line ?? 1) + firstLine - 1;
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) => toFileLine(node.position?.start.line);
  const htmlTrees: HastRoot[] = [];
  const slugger = new GithubSlugger();
  visit(tree, (node) => {
    switch (node.type) {
      case 'heading': {
        const heading = node as Heading;
        const explicit = heading.data?.hProperties?.id;
        const id = typeof explicit === 'string' ? explicit : slugger.slug(toString(heading));
        facts.headings.push({ id, depth: heading.depth, line: lineOf(heading) });
        break;
      }
      case 'link':
        facts.links.push({ url: (node as Link).url, line: lineOf(node), kind: 'link' });
        break;
      case 'definition':
        facts.links.push({ url: (node as Definition).url, line: lineOf(node), kind: 'definition' });
        break;
      case 'image': {
        const image = node as Image;
        facts.images.push({ url: image.url, alt: image.alt ?? '', line: lineOf(image) });
        break;
      }
      case 'emphasis':
        facts.emphasis.push({ text: toString(node), line: lineOf(node) });
        break;
      case 'html': {
        const { tree: htmlTree, elements } = readHtmlElements((node as Html).value, lineOf(node));
        htmlTrees.push(htmlTree);
        facts.elements.push(...elements);
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        facts.elements.push(jsxElementFact(node as MdxJsxFlowElement | MdxJsxTextElement, lineOf(node)));
        break;
      case 'mdxjsEsm':
        facts.esm.push(...esmFacts(node as MdxjsEsm, toFileLine));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const expression = node as MdxFlowExpression | MdxTextExpression;
        facts.expressions.push({ line: lineOf(node), code: expression.value, literal: isLiteralProgram(expression.data?.estree) });
        break;
      }
      default:
        break;
    }
  });
  return { facts, htmlTrees };
}

/** The same facts for a body that starts `offset` lines further down its file. */
export function shiftFactLines(facts: MarkdownFacts, offset: number): MarkdownFacts {
  if (offset === 0) return facts;
  const shift = <T extends { line: number }>(item: T): T => ({ ...item, line: item.line + offset });
  return {
    headings: facts.headings.map(shift),
    links: facts.links.map(shift),
    images: facts.images.map(shift),
    elements: facts.elements.map(shift),
    esm: facts.esm.map(shift),
    expressions: facts.expressions.map(shift),
    emphasis: facts.emphasis.map(shift),
    syntaxError: facts.syntaxError && shift(facts.syntaxError),
  };
}

/**
 * Parses a post body the way the site's pipeline does (Markdown with GFM, or MDX), and reads
 * its facts (see `factsOfTree`). `firstLine` is the body's line in its file, so that reported
 * lines match the file.
 */
export function parsePostBody(body: string, firstLine = 1, format: BodyFormat = 'md'): ParsedBody {
  const parser = format === 'mdx' ? mdxParser : markdownParser;
  let tree: Root;
  try {
    tree = parser.runSync(parser.parse(body)) as Root;
  } catch (error) {
    const place = (error as { line?: number }).line;
    const reason = (error as { reason?: string }).reason ?? String(error);
    const facts = emptyFacts();
    facts.syntaxError = { line: (place ?? 1) + firstLine - 1, message: reason };
    return { tree: { type: 'root', children: [] }, htmlTrees: [], facts };
  }
  return { tree, ...factsOfTree(tree, firstLine) };
}

/** The facts of a Markdown (or MDX) body; see `parsePostBody`. */
export function readMarkdownFacts(body: string, firstLine = 1, format: BodyFormat = 'md'): MarkdownFacts {
  return parsePostBody(body, firstLine, format).facts;
}

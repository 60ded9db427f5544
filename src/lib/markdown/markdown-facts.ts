import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { createProcessor } from '@mdx-js/mdx';
import type { Expression, Program } from 'estree';
import type { Element, Root as HastRoot } from 'hast';
// Declares `data.hProperties` on mdast nodes, the bridge remark-rehype reads.
import type {} from 'mdast-util-to-hast';
import type { Code, Definition, Heading, Html, Image, ImageReference, Link, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { MdxFlowExpression, MdxTextExpression } from 'mdast-util-mdx-expression';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { pathToFileURL } from 'node:url';
import { VFile } from 'vfile';
import { siteMarkdownConfig } from '../../plugins/site-markdown';
import { attributeName, readHtmlElements, type AttributeFact, type ElementFact } from './html-facts';

export type { AttributeFact, ElementFact } from './html-facts';

/** An `import` or `export` of an MDX post. */
interface EsmFact {
  kind: 'import' | 'export';
  line: number;
  /** The module an import reads, as written. */
  source: string | undefined;
  /** The local names an import binds. */
  names: string[];
}

/** A `{…}` expression in the body of an MDX post. */
interface ExpressionFact {
  line: number;
  /** The code between the braces, as written. */
  code: string;
  /** True when it is empty (a comment) or a single literal, which can reference nothing. */
  literal: boolean;
}

/** What the content checks need to know of a post's body. */
export interface MarkdownFacts {
  /** Heading ids in document order, as the site's pipeline (rehype-slug included) assigns them. */
  headings: { id: string; depth: number; line: number }[];
  /** Every id the rendered body carries (headings, footnotes), with the line it comes from. */
  ids: { id: string; line: number | undefined }[];
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
  /** The meta of every code fence that has one (```` ```yaml title="a.yaml" ````: `title="a.yaml"`). */
  codeMetas: { meta: string; line: number }[];
  /** Why the body could not be read at all (MDX syntax errors), with the line. */
  syntaxError: { line: number; message: string } | undefined;
  /** Why the site's Markdown pipeline could not or must not render the body (size, nesting). */
  renderError: { line: number | undefined; message: string; fix: string } | undefined;
}

type BodyFormat = 'md' | 'mdx';

/** Empty (a comment only) or one literal: the only expressions that can reference nothing. */
function isLiteralProgram(program: Program | null | undefined): boolean {
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
  if (!program)
    return [
      {
        kind: node.value.trimStart().startsWith('import') ? 'import' : 'export',
        line: lineOf(node.position?.start.line),
        source: undefined,
        names: [],
      },
    ];
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
  return {
    headings: [],
    ids: [],
    links: [],
    images: [],
    elements: [],
    esm: [],
    expressions: [],
    emphasis: [],
    codeMetas: [],
    syntaxError: undefined,
    renderError: undefined,
  };
}

/**
 * Reads the facts of the mdast (after the site's remark plugins) into `facts`: links,
 * definitions, images (reference-style ones resolved), emphasis, code fences' meta, raw HTML parsed as a browser
 * reads it, and MDX's JSX, imports, exports and expressions. `toFileLine` maps a body line to
 * its line in the file.
 */
function readTreeFacts(tree: Root, facts: MarkdownFacts, toFileLine: (line: number | undefined) => number): void {
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) => toFileLine(node.position?.start.line);
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (definition: Definition) => void definitions.set(definition.identifier, definition.url));
  visit(tree, (node) => {
    switch (node.type) {
      case 'heading': {
        // The id comes from the rendered tree; the line and depth from here, in case it has none.
        const heading = node as Heading;
        facts.headings.push({ id: '', depth: heading.depth, line: lineOf(heading) });
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
      case 'imageReference': {
        const reference = node as ImageReference;
        const url = definitions.get(reference.identifier);
        if (url !== undefined) facts.images.push({ url, alt: reference.alt ?? '', line: lineOf(reference) });
        break;
      }
      case 'emphasis':
        facts.emphasis.push({ text: toString(node), line: lineOf(node) });
        break;
      case 'code': {
        const { meta } = node as Code;
        if (meta) facts.codeMetas.push({ meta, line: lineOf(node) });
        break;
      }
      case 'html':
        facts.elements.push(...readHtmlElements((node as Html).value, lineOf(node)).elements);
        break;
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
}

const HEADING_TAGS: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Reads every id of the rendered tree, and gives each heading the id rehype-slug gave it. */
function readRenderedIds(tree: HastRoot, facts: MarkdownFacts, toFileLine: (line: number | undefined) => number): void {
  const headingIds: string[] = [];
  visit(tree, 'element', (element: Element) => {
    const { id } = element.properties;
    if (typeof id !== 'string') return;
    const line = element.position ? toFileLine(element.position.start.line) : undefined;
    facts.ids.push({ id, line });
    if (HEADING_TAGS[element.tagName] !== undefined && element.position) headingIds.push(id);
  });
  // Headings with a place in the source, in document order, are the mdast's headings.
  facts.headings = facts.headings.map((heading, index) => ({ ...heading, id: headingIds[index] ?? '' }));
}

/** How deep lists and block quotes may nest: far beyond any readable post, far below a parser's stack. */
const MAX_BLOCK_NESTING = 24;
const NESTING_FIX = 'flatten the lists, quotes or elements: a reader cannot follow that many levels either';

/**
 * The first line (1-based) whose list markers, quote markers and indentation open more than
 * `MAX_BLOCK_NESTING` levels, read in one pass without a parser, so that no parser is handed
 * a body that could overflow its stack. Indentation counts a level per two columns, which
 * over-counts code inside lists, never under-counts.
 */
export function deeplyNestedLine(body: string): number | undefined {
  let lineNumber = 1;
  let depth = 0;
  let columns = 0;
  let atMarker = true;
  for (let index = 0; index <= body.length; index += 1) {
    const character = body.charAt(index);
    if (character === '\n' || index === body.length) {
      if (depth + Math.floor(columns / 2) > MAX_BLOCK_NESTING) return lineNumber;
      lineNumber += 1;
      depth = 0;
      columns = 0;
      atMarker = true;
    } else if (!atMarker) {
      continue;
    } else if (character === ' ') {
      columns += 1;
    } else if (character === '\t') {
      columns += 4;
    } else if (character === '>') {
      depth += 1;
    } else if ((character === '-' || character === '*' || character === '+') && /[ \t]/.test(body.charAt(index + 1))) {
      depth += 1;
    } else if (character >= '0' && character <= '9') {
      let end = index;
      while (body.charAt(end) >= '0' && body.charAt(end) <= '9') end += 1;
      const isMarker = (body.charAt(end) === '.' || body.charAt(end) === ')') && /[ \t]/.test(body.charAt(end + 1));
      if (isMarker) {
        depth += 1;
        index = end;
      } else atMarker = false;
    } else {
      atMarker = false;
    }
  }
  return undefined;
}

/** The facts of the body being rendered, keyed by its file, and where the body starts. */
type Collected = Map<string, { facts: MarkdownFacts; firstLine: number }>;

interface RenderTarget {
  /** Absolute path of the post file. */
  path: string;
  /** The body as Astro renders it (front matter removed, trimmed). */
  body: string;
  /** 1-based line of the body's first line in its file. */
  firstLine: number;
  format: BodyFormat;
}

/** A remark plugin at the end of the site's own: reads the mdast as the site's pipeline left it. */
function remarkReadFacts(collected: Collected) {
  return () => (tree: Root, file: VFile) => {
    const target = collected.get(file.path);
    if (target) readTreeFacts(tree, target.facts, (line) => (line ?? 1) + target.firstLine - 1);
  };
}

/** A rehype plugin at the end of the site's own: reads the ids of the tree the page will show. */
function rehypeReadIds(collected: Collected) {
  return () => (tree: HastRoot, file: VFile) => {
    const target = collected.get(file.path);
    if (target) readRenderedIds(tree, target.facts, (line) => (line ?? 1) + target.firstLine - 1);
  };
}

/**
 * A reader of post bodies through the site's own Markdown pipeline: Astro's Markdown
 * processor with the site's configuration (and, for MDX, the MDX compiler with the same
 * plugins), plus two plugins that read what the checks decide on. So the checks see the same
 * tree and the same heading ids as the build. Nothing is executed: MDX is compiled, not run.
 */
export async function createBodyReader(): Promise<(target: RenderTarget) => Promise<MarkdownFacts>> {
  const collected: Collected = new Map();
  const config = siteMarkdownConfig();
  const remarkPlugins = [...config.remarkPlugins, remarkReadFacts(collected)];
  const rehypePlugins = [...config.rehypePlugins, rehypeReadIds(collected)];
  const markdown = await createMarkdownProcessor({ ...config, remarkPlugins, rehypePlugins });
  const mdx = createProcessor({
    format: 'mdx',
    mdExtensions: [],
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    remarkPlugins: [remarkGfm, ...remarkPlugins],
    rehypePlugins,
  });
  return async ({ path, body, firstLine, format }) => {
    const facts = emptyFacts();
    const deepLine = deeplyNestedLine(body);
    if (deepLine !== undefined) {
      facts.renderError = {
        line: deepLine + firstLine - 1,
        message: `it nests lists or quotes more than ${MAX_BLOCK_NESTING} levels deep`,
        fix: NESTING_FIX,
      };
      return facts;
    }
    collected.set(path, { facts, firstLine });
    // Astro's renderer prints a failure with its stack trace before it rethrows; the checks
    // turn the failure into one line for the author instead.
    const printError = console.error;
    console.error = () => undefined;
    try {
      if (format === 'mdx') await mdx.process(new VFile({ value: body, path }));
      else await markdown.render(body, { fileURL: pathToFileURL(path), frontmatter: {} });
    } catch (error) {
      const { line, reason, message } = error as { line?: number; reason?: string; message?: string };
      if (format === 'mdx' && reason !== undefined) facts.syntaxError = { line: (line ?? 1) + firstLine - 1, message: reason };
      else {
        facts.renderError =
          error instanceof RangeError
            ? { line: undefined, message: 'it nests elements too deeply for the Markdown pipeline', fix: NESTING_FIX }
            : {
                line: line === undefined ? undefined : line + firstLine - 1,
                message: reason ?? message ?? 'unknown error',
                fix: 'simplify the Markdown around that line',
              };
      }
    } finally {
      console.error = printError;
      collected.delete(path);
    }
    return facts;
  };
}

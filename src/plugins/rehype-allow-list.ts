import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import type { MdxjsEsmHast } from 'mdast-util-mdxjs-esm';
import type { Expression, Program } from 'estree';
import { randomBytes } from 'node:crypto';
import { posix } from 'node:path';
import { find, html } from 'property-information';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { reportFinding } from '../lib/markdown/body-report';
import { MDX_COMPONENT_DIR, MDX_COMPONENTS } from '../lib/markdown/mdx-components';
import { isPublishableUrl, URL_PROPERTIES } from '../lib/markdown/publishable-url';

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE_CLASS = /^language-[\w+#-]+$/;
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * Everything a post's page may carry, as GitHub publishes Markdown: what Markdown and GFM make,
 * the few raw HTML elements posts may use, and what our plugins add, each with the attributes,
 * classes and ids it needs. Nothing that runs, styles, embeds, submits or loads from elsewhere.
 */
export const PUBLISH_SCHEMA: Schema = {
  tagNames: [
    ...['p', 'br', 'hr', 'a', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'img', 'input'],
    ...['table', 'thead', 'tbody', 'tr', 'th', 'td', 'section', 'sup', 'sub', 'span', 'div', 'figure', 'figcaption', 'wbr'],
    ...['details', 'summary', 'abbr', 'kbd', 'mark', ...HEADINGS],
  ],
  attributes: {
    '*': ['title', 'lang', 'dir', 'translate'],
    a: [
      'href',
      ['id', KEBAB_ID],
      'ariaDescribedBy',
      'ariaLabel',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      'dataPagefindIgnore',
      ['className', 'heading-link', 'data-footnote-backref'],
    ],
    ...Object.fromEntries(
      HEADINGS.map((heading) => [
        heading,
        [
          ['id', KEBAB_ID],
          ['className', 'sr-only'],
        ],
      ]),
    ),
    span: [['id', KEBAB_ID], ['className', /^[a-z][\w-]*$/], 'ariaHidden', 'dataPagefindIgnore'],
    div: [['className', 'heading-wrapper', /^level-h[2-4]$/]],
    figure: [['className', 'code-block'], 'dataCopy', 'dataCopyLabel'],
    figcaption: [['className', 'code-caption']],
    pre: [
      ['className', LANGUAGE_CLASS],
      ['tabIndex', 0],
    ],
    code: [['className', LANGUAGE_CLASS]],
    img: ['src', 'alt', 'width', 'height', ['loading', 'lazy'], ['decoding', 'async']],
    input: [['type', 'checkbox'], 'checked', ['disabled', true]],
    ul: [['className', 'contains-task-list']],
    ol: ['start', ['className', 'contains-task-list']],
    li: [
      ['id', KEBAB_ID],
      ['className', 'task-list-item'],
    ],
    section: ['dataFootnotes', ['className', 'footnotes']],
    th: ['align'],
    td: ['align'],
    details: ['open'],
  },
  protocols: { href: ['https', 'http', 'mailto'], src: ['https'] },
  // Dropped with their content; any other element off the list keeps its text only.
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'xmp', 'iframe', 'object', 'embed', 'svg', 'math'],
  ancestors: Object.fromEntries(['thead', 'tbody', 'tr', 'th', 'td'].map((tag) => [tag, ['table']])),
  // Ids are the posts' published anchors: they must stay as written, so no prefix.
  clobber: [],
  clobberPrefix: '',
  required: {},
  allowComments: false,
  allowDoctypes: false,
};

/** Why an element is not published, for the author: the reason, then the fix. */
const ELEMENT_REASONS: Readonly<Record<string, string>> = {
  script: 'runs code in the reader’s browser',
  style: 'restyles the whole page',
  iframe: 'embeds another site',
  object: 'embeds another site or plug-in',
  embed: 'embeds another site or plug-in',
  meta: 'can send the reader to another page (http-equiv="refresh") or change its policies',
  link: 'loads stylesheets or other resources into the page',
  base: 'changes where every link of the page leads',
  form: 'sends readers’ input somewhere',
};

const ELEMENT_FIX = 'write it in Markdown: links, images and code blocks cover what a post needs; ask in the pull request if you need more';

/** The attribute name a browser uses for a hast property (`onClick` → `onclick`). */
function attributeName(property: string): string {
  return find(html, property).attribute;
}

/** A value as it can be shown inside one line of a message. */
function shown(value: unknown): string {
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** Elements that come from the post's own text, by place, with the properties they had. */
function placedElements(tree: Root): Map<string, Element> {
  const placed = new Map<string, Element>();
  visit(tree, 'element', (element) => {
    const start = element.position?.start;
    if (start?.offset !== undefined) placed.set(`${start.offset}:${element.tagName}`, element);
  });
  return placed;
}

/** Drops every address a reader's browser would follow off the site's allow-list. */
function dropUnpublishableUrls(tree: Root): void {
  visit(tree, 'element', (element) => {
    for (const property of URL_PROPERTIES) {
      const value = element.properties[property];
      if (value !== undefined && !isPublishableUrl(property, String(value))) element.properties[property] = undefined;
    }
  });
}

/** Reports, on the author's element, each thing the allow-list removed from it. */
function reportChanges(file: VFile, before: Map<string, Element>, after: Map<string, Element>): void {
  // What a dropped element held went with it: one finding for the element says it all.
  let droppedUntil = -1;
  for (const [place, element] of before) {
    const kept = after.get(place);
    const tag = element.tagName;
    const start = element.position?.start.offset ?? 0;
    if (start < droppedUntil) continue;
    if (!kept) {
      const reason = ELEMENT_REASONS[tag];
      if (PUBLISH_SCHEMA.strip?.includes(tag)) droppedUntil = element.position?.end.offset ?? droppedUntil;
      reportFinding(file, element, {
        severity: 'error',
        subject: `<${tag}>`,
        message: `${reason ? `${/^[aeiou]/.test(tag) ? 'an' : 'a'} <${tag}> element ${reason}` : 'is not an element the site publishes'}; it is left out of the page`,
        fix: ELEMENT_FIX,
      });
      continue;
    }
    for (const [property, value] of Object.entries(element.properties)) {
      if (JSON.stringify(kept.properties[property]) === JSON.stringify(value)) continue;
      const name = attributeName(property);
      reportFinding(file, element, {
        severity: 'error',
        subject: `attribute ${name}=${shown(value)} on <${tag}>`,
        ...attributeFinding(property, name),
      });
    }
  }
}

/** Why the allow-list took an attribute away, and what the author does instead. */
function attributeFinding(property: string, name: string): { message: string; fix: string } {
  if (property === 'src') {
    return {
      message: 'is not an address on this site: images come from this site only',
      fix: 'save the image under content/posts/images/ (if its licence allows) and write ![what it shows](../images/name.png)',
    };
  }
  if ((URL_PROPERTIES as readonly string[]).includes(property)) {
    return {
      message: 'is not an address a post may link to (https:, mailto: or a path of this site)',
      fix: 'link to https://… or to a page of this site (/de/posts/<slug>/)',
    };
  }
  const leftOut = 'it is left out of the page';
  if (name.startsWith('on')) {
    return {
      message: `is an inline event handler, which runs code; ${leftOut}`,
      fix: 'remove it: a post runs no code in its readers’ browsers',
    };
  }
  const message = `is not an attribute the site publishes on that element; ${leftOut}`;
  if (name === 'id') return { message, fix: 'remove it: ids come from headings ("## Heading {#id}")' };
  if (name === 'style' || name === 'class') return { message, fix: 'remove it: the site’s stylesheet styles posts' };
  return { message, fix: 'remove it: Markdown and the site’s own plugins write the attributes a post needs' };
}

type MdxNode = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** The MDX parts of a tree set aside while it is sanitised, and how to put the allowed ones back. */
interface MdxStash {
  placeholder: string;
  nodes: (MdxNode | RootContent)[];
  imports: MdxjsEsmHast[];
}

/** The local names an import binds, and the props its component takes, when it is a reviewed component's. */
function reviewedImport(statement: Program['body'][number], path: string, root: string): [string[], readonly string[]] | undefined {
  if (statement.type !== 'ImportDeclaration' || typeof statement.source.value !== 'string') return undefined;
  const source = statement.source.value;
  const resolved = posix.relative(root, posix.normalize(posix.join(posix.dirname(path), source)));
  const props = MDX_COMPONENTS[resolved.slice(MDX_COMPONENT_DIR.length)];
  if (!source.startsWith('.') || !resolved.startsWith(MDX_COMPONENT_DIR) || !props) return undefined;
  return [statement.specifiers.map((specifier) => specifier.local.name), props];
}

/**
 * The names an MDX post imports from the reviewed components, with the props each takes. Every
 * other import and every export is reported and taken out of the module the compiler builds.
 */
function allowedImports(file: VFile, tree: Root, stash: MdxStash): Map<string, readonly string[]> {
  const components = new Map<string, readonly string[]>();
  const path = (file.path ?? '').replaceAll('\\', '/');
  const root = path.slice(0, path.lastIndexOf('/content/posts/') + 1);
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm' || !node.data?.estree) continue;
    const program = node.data.estree;
    program.body = program.body.filter((statement) => {
      const allowed = reviewedImport(statement, path, root);
      if (allowed) {
        for (const name of allowed[0]) components.set(name, allowed[1]);
        return true;
      }
      const line = statement.loc?.start.line;
      reportFinding(
        file,
        line === undefined ? node : { type: 'mdxjsEsm', position: { start: { line, column: 1 }, end: { line, column: 1 } } },
        {
          severity: 'error',
          subject: shown((node.value.split('\n')[(line ?? 1) - (node.position?.start.line ?? 1)] ?? '').trim()),
          message: `imports or exports code: posts may import only the reviewed components in ${MDX_COMPONENT_DIR}, and export nothing`,
          fix: `remove it, or import a listed component by its relative path, e.g. import Callout from '../../../${MDX_COMPONENT_DIR}Callout.astro' (allowed: ${Object.keys(MDX_COMPONENTS).join(', ')})`,
        },
      );
      return false;
    });
    if (program.body.length > 0) stash.imports.push(node);
  }
  return components;
}

function isLiteralExpression(expression: Expression): boolean {
  if (expression.type === 'Literal') return !('regex' in expression);
  if (expression.type === 'TemplateLiteral') return expression.expressions.length === 0;
  if (expression.type === 'UnaryExpression') return expression.operator === '-' && isLiteralExpression(expression.argument);
  return false;
}

/**
 * Whether an MDX expression's program is empty (a comment) or one literal: the only
 * expressions that can reference nothing.
 * @example isLiteralProgram({ type: 'Program', body: [], sourceType: 'module' }) // true
 */
function isLiteralProgram(program: Program | null | undefined): boolean {
  if (!program) return false;
  if (program.body.length === 0) return true;
  const [statement] = program.body;
  return program.body.length === 1 && statement?.type === 'ExpressionStatement' && isLiteralExpression(statement.expression);
}

/** An MDX attribute written as a plain value (`kind="tip"`), as text; undefined for code. */
function literalValue(attribute: MdxJsxAttribute): string | undefined {
  const { value } = attribute;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  const program = value.data?.estree;
  const statement = program?.body[0];
  if (!isLiteralProgram(program) || statement?.type !== 'ExpressionStatement') return undefined;
  const expression = statement.expression;
  return expression.type === 'Literal' && expression.value !== null ? String(expression.value) : undefined;
}

/** The literal attributes of an MDX element; anything computed or not in `allowed` is reported. */
function literalAttributes(file: VFile, node: MdxNode, allowed: (name: string) => boolean): [string, string][] {
  const kept: [string, string][] = [];
  for (const attribute of node.attributes) {
    const name = attribute.type === 'mdxJsxAttribute' ? attribute.name : '{…}';
    const value = attribute.type === 'mdxJsxAttribute' ? literalValue(attribute) : undefined;
    if (value !== undefined && allowed(name)) {
      kept.push([name, value]);
      continue;
    }
    reportFinding(file, node, {
      severity: 'error',
      subject: `attribute ${name} on <${node.name ?? ''}>`,
      message: value === undefined ? 'is code, not a plain value: posts pass only text' : 'is not a prop the component takes',
      fix: 'write the value as text, e.g. title="Tipp", or remove it',
    });
  }
  return kept;
}

/**
 * Sets a tree's MDX aside: reviewed components become placeholders the sanitiser keeps (children
 * sanitised as usual), lower-case JSX the HTML element it names; any other code is reported and left out.
 */
function stashMdx(file: VFile, tree: Root): MdxStash {
  const stash: MdxStash = { placeholder: `x-mdx-${randomBytes(8).toString('hex')}`, nodes: [], imports: [] };
  const components = allowedImports(file, tree, stash);
  tree.children = tree.children.filter((node) => node.type !== 'mdxjsEsm');
  visit(tree, (node, index, parent) => {
    if (parent === undefined || index === undefined) return;
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const literal = isLiteralProgram(node.data?.estree);
      if (!literal) {
        reportFinding(file, node, {
          severity: 'error',
          subject: `expression {${node.value.length > 40 ? `${node.value.slice(0, 40)}…` : node.value}}`,
          message: 'is code: posts may not reference variables, modules or functions, and it is left out of the page',
          fix: 'write the text itself; to show braces in an .mdx post, escape them: \\{ and \\}',
        });
      }
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = node.name ?? '';
    const props = components.get(name);
    if (props) {
      node.attributes = literalAttributes(file, node, (prop) => props.includes(prop)).map(([prop, value]) => ({
        type: 'mdxJsxAttribute',
        name: prop,
        value,
      }));
      stash.nodes.push(node);
      const placeholder: Element = {
        type: 'element',
        tagName: stash.placeholder,
        properties: { dataIndex: stash.nodes.length - 1 },
        children: node.children as ElementContent[],
      };
      parent.children[index] = placeholder as never;
      return;
    }
    if (/^[a-z][a-z0-9]*$/.test(name)) {
      const properties: Properties = {};
      for (const [attribute, value] of literalAttributes(file, node, () => true)) properties[find(html, attribute).property] = value;
      parent.children[index] = {
        type: 'element',
        tagName: name,
        properties,
        children: node.children as ElementContent[],
        ...(node.position ? { position: node.position } : {}),
      } as never;
      return;
    }
    reportFinding(file, node, {
      severity: 'error',
      subject: `<${name}>`,
      message: `is not a component imported from ${MDX_COMPONENT_DIR}; its text is kept, the component left out`,
      fix: `import one of the reviewed components (${Object.keys(MDX_COMPONENTS).join(', ')}) at the top of the post, or write Markdown`,
    });
    parent.children.splice(index, 1, ...(node.children as RootContent[]));
    return [SKIP, index];
  });
  return stash;
}

/** Puts the allowed MDX parts back where their placeholders are. */
function restoreMdx(tree: Root, stash: MdxStash): void {
  visit(tree, 'element', (element, index, parent) => {
    if (element.tagName !== stash.placeholder || parent === undefined || index === undefined) return;
    const node = stash.nodes[Number(element.properties.dataIndex)] as MdxNode;
    node.children = element.children as MdxNode['children'];
    parent.children[index] = node as never;
  });
  tree.children.unshift(...stash.imports);
}

/**
 * The pipeline's last cut: the body to `PUBLISH_SCHEMA` and every address to those a post may
 * publish, whatever the input (Markdown, raw HTML, MDX). Each change is reported at its line.
 */
export function rehypeAllowList() {
  return (tree: Root, file: VFile) => {
    const stash = stashMdx(file, tree);
    const before = placedElements(tree);
    const schema: Schema = {
      ...PUBLISH_SCHEMA,
      tagNames: [...(PUBLISH_SCHEMA.tagNames ?? []), stash.placeholder],
      attributes: { ...PUBLISH_SCHEMA.attributes, [stash.placeholder]: ['dataIndex'] },
    };
    const clean = sanitize(tree, schema) as Root;
    dropUnpublishableUrls(clean);
    reportChanges(file, before, placedElements(clean));
    restoreMdx(clean, stash);
    tree.children = clean.children;
  };
}

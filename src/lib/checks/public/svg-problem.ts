import type { Element, Nodes, RootContent } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { cssProblem, excerpt } from './css-problem';
import { SVG_ATTRIBUTES, SVG_ELEMENTS, SVG_NAMESPACE, TEXT_ATTRIBUTES, XLINK_NAMESPACE, XML_ATTRIBUTES } from './svg-allow-list';

/** What is wrong with an SVG, at the line of the element that carries it. */
export interface SvgProblem {
  line?: number;
  /** The element, attribute or declaration the problem is about. */
  subject?: string;
  message: string;
  fix: string;
}

/** How deep elements may nest in an accepted SVG; real drawings stay far below it. */
export const MAX_SVG_DEPTH = 64;

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

const PLAIN_SVG_FIX = 'export the image as plain SVG (e.g. through SVGO, or Inkscape’s “Plain SVG”), or save it as PNG or WebP';

const SCRIPT = {
  message: 'is a script, which would run on this site’s address when the image is opened',
  fix: 'remove it: an image on this site runs nothing',
};
const LOADS = {
  message: 'loads another image or document into the SVG',
  fix: 'draw it in the SVG itself, or publish the picture as its own PNG or WebP file',
};
const EMBEDS = { message: 'embeds another document', fix: 'remove it' };
const ANIMATION = {
  message: 'is an animation, which can change links and attributes after the checks have read them',
  fix: 'remove it: the site shows still images',
};

/** Elements refused by name (any case, any namespace), with what the author needs to hear; the allow-list refuses the rest. */
const REFUSED_ELEMENTS: Readonly<Record<string, { message: string; fix: string }>> = {
  script: SCRIPT,
  handler: SCRIPT,
  foreignobject: {
    message: 'embeds HTML, which can carry scripts, forms and links',
    fix: 'remove it and draw the content with SVG shapes and text',
  },
  a: {
    message: 'is a link; images on this site link nowhere',
    fix: 'remove the <a> element (keep what it wraps) and put the link in the post',
  },
  image: LOADS,
  feimage: LOADS,
  iframe: EMBEDS,
  object: EMBEDS,
  embed: EMBEDS,
  animate: ANIMATION,
  set: ANIMATION,
  animatetransform: ANIMATION,
  animatemotion: ANIMATION,
  animatecolor: ANIMATION,
  mpath: ANIMATION,
  discard: ANIMATION,
};

/** Prefixes in scope, prefix ('' for the default namespace) to namespace URI. */
type Scope = ReadonlyMap<string, string>;

function splitName(name: string): { prefix: string; local: string } {
  const colon = name.indexOf(':');
  return colon === -1 ? { prefix: '', local: name } : { prefix: name.slice(0, colon), local: name.slice(colon + 1) };
}

/** The scope inside an element: its parent's, plus the namespaces it declares. */
function scopeOf(element: Element, parent: Scope): Scope {
  const scope = new Map(parent);
  for (const [name, value] of Object.entries(element.attributes)) {
    if (name === 'xmlns') scope.set('', value ?? '');
    else if (name.startsWith('xmlns:')) scope.set(name.slice('xmlns:'.length), value ?? '');
  }
  return scope;
}

const lineOf = (node: Nodes): number | undefined => node.position?.start.line;

/** A problem at a node's line (left out when the parser gave none). */
function at(node: Nodes, subject: string, problem: { message: string; fix: string }): SvgProblem {
  const line = lineOf(node);
  return line === undefined ? { subject, ...problem } : { line, subject, ...problem };
}

/** Whether a value holds a `javascript:` URL as a browser reads it (spaces and controls ignored, any case). */
function hasJavascriptUrl(value: string): boolean {
  return value
    // eslint-disable-next-line no-control-regex -- a browser ignores these in a URL
    .replace(/[\u0000-\u0020]/g, '')
    .toLowerCase()
    .includes('javascript:');
}

/** The first problem of one attribute of an element, or undefined. */
function attributeProblem(element: Element, name: string, value: string, scope: Scope): SvgProblem | undefined {
  const subject = `attribute ${excerpt(name)}="${excerpt(value)}" on <${excerpt(element.name)}>`;
  const { prefix, local } = splitName(name);
  if (name === 'xmlns' || prefix === 'xmlns') {
    const declared = prefix === 'xmlns' ? local : '';
    const allowed =
      declared === 'xml' || declared === 'xmlns' ? false : value === SVG_NAMESPACE || (declared !== '' && value === XLINK_NAMESPACE);
    return allowed
      ? undefined
      : at(element, subject, {
          message: 'declares a namespace other than SVG and XLink (editor data or embedded HTML)',
          fix: PLAIN_SVG_FIX,
        });
  }
  if (/^on/i.test(local))
    return at(element, subject, {
      message: 'is an event handler, which runs a script',
      fix: 'remove it: an image on this site runs nothing',
    });
  const namespace = prefix === '' ? '' : prefix === 'xml' ? XML_NAMESPACE : scope.get(prefix);
  const allowed =
    (namespace === '' && SVG_ATTRIBUTES.has(local)) ||
    (namespace === XML_NAMESPACE && XML_ATTRIBUTES.has(local)) ||
    (namespace === XLINK_NAMESPACE && local === 'href');
  if (!allowed) {
    return at(element, subject, {
      message: 'is not one of the SVG attributes the site accepts (geometry, presentation, and references inside the image)',
      fix: `remove it, or ${PLAIN_SVG_FIX}`,
    });
  }
  if (hasJavascriptUrl(value))
    return at(element, subject, { message: 'holds a javascript: URL', fix: 'remove it: an image on this site runs nothing' });
  if (local === 'href') {
    return value.startsWith('#')
      ? undefined
      : at(element, subject, {
          message: 'points outside the image; only references inside it (#id) are accepted',
          fix: 'refer to an element of the same file (href="#id"), or draw what it refers to in the SVG',
        });
  }
  if (namespace !== '' || TEXT_ATTRIBUTES.has(local)) return undefined;
  const css = cssProblem(value);
  return css ? at(element, subject, css) : undefined;
}

/** The first problem of an element itself (name, namespace, attributes, a `<style>`'s CSS), or undefined. */
function elementProblem(element: Element, scope: Scope, isRoot: boolean): SvgProblem | undefined {
  const subject = `<${excerpt(element.name)}>`;
  const { prefix, local } = splitName(element.name);
  const refused = REFUSED_ELEMENTS[local.toLowerCase()];
  if (refused) return at(element, subject, refused);
  const namespace = scope.get(prefix);
  if (namespace !== SVG_NAMESPACE) {
    return at(element, subject, {
      message: 'is not in the SVG namespace, so a browser would not read it as SVG',
      fix: 'give the root element xmlns="http://www.w3.org/2000/svg" and remove elements of other namespaces',
    });
  }
  if (isRoot && local !== 'svg') {
    return at(element, subject, {
      message: 'is the root element; an SVG image starts with <svg xmlns="http://www.w3.org/2000/svg">',
      fix: PLAIN_SVG_FIX,
    });
  }
  if (!SVG_ELEMENTS.has(local)) {
    return at(element, subject, {
      message:
        'is not one of the static SVG elements the site accepts (shapes, text, groups, gradients, patterns, clipping, masks, filters)',
      fix: `remove it, or ${PLAIN_SVG_FIX}`,
    });
  }
  for (const [name, value] of Object.entries(element.attributes)) {
    const problem = attributeProblem(element, name, value ?? '', scope);
    if (problem) return problem;
  }
  if (local === 'style') {
    const css = element.children.map((child) => (child.type === 'text' || child.type === 'cdata' ? child.value : '')).join('');
    const problem = cssProblem(css);
    if (problem) return at(element, subject, problem);
  }
  return undefined;
}

/** The first problem of a node that is not an element (declarations, instructions), or undefined. */
function otherNodeProblem(node: RootContent, isFirst: boolean): SvgProblem | undefined {
  if (node.type === 'doctype') {
    return at(node, '<!DOCTYPE>', {
      message: 'is a document type declaration, which can define entities or load other files',
      fix: 'delete the <!DOCTYPE …> declaration: an SVG needs none',
    });
  }
  if (node.type !== 'instruction') return undefined;
  if (node.name === 'xml' && isFirst) {
    const encoding = /encoding="([^"]*)"/.exec(node.value)?.[1];
    if (encoding === undefined || encoding.toLowerCase() === 'utf-8') return undefined;
    return at(node, '<?xml?>', {
      message: `declares the encoding ${excerpt(encoding)}; the checks and the site read SVG as UTF-8`,
      fix: 'save the file as UTF-8 and write encoding="UTF-8" or no encoding',
    });
  }
  return at(node, `<?${excerpt(node.name)}?>`, {
    message: 'is a processing instruction; only the XML declaration <?xml …?> is accepted (a stylesheet instruction loads another file)',
    fix: 'delete it',
  });
}

const tooDeep = (line?: number): SvgProblem => ({
  ...(line === undefined ? {} : { line }),
  message: `nests elements more than ${MAX_SVG_DEPTH} deep`,
  fix: PLAIN_SVG_FIX,
});

/** The problem of an SVG that does not parse: the parser's reason, without its excerpt. */
function parseFailure(error: unknown): SvgProblem {
  const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const line = typeof (error as { line?: unknown } | undefined)?.line === 'number' ? (error as { line: number }).line : undefined;
  // The parser recurses per element: a stack overflow means the elements nest too deep.
  if (error instanceof RangeError || cause instanceof RangeError) return tooDeep();
  const firstLine = (cause instanceof Error ? cause.message : String(cause)).split('\n')[0] ?? '';
  const where = firstLine.lastIndexOf(' (line ');
  const reason = excerpt(where === -1 ? firstLine : firstLine.slice(0, where), 120);
  return {
    ...(line === undefined ? {} : { line }),
    message: `is not well-formed XML (${reason}), so it cannot be checked as SVG`,
    fix: 'save it again from an SVG editor as plain SVG, or as PNG or WebP',
  };
}

/**
 * The first thing in an SVG's text that is not a static drawing, in document order, or undefined:
 * XML that does not parse, a DOCTYPE, a processing instruction, an element or attribute outside
 * the allow-list (scripts, event handlers, foreignObject, links, images, animations, other
 * namespaces), a reference outside the file, or CSS that loads or escapes. Decided on the parsed
 * tree (xast-util-from-xml, on @rgrove/parse-xml), never on the raw text.
 * @example svgProblem('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>') // undefined
 */
export function svgProblem(text: string): SvgProblem | undefined {
  let tree;
  try {
    tree = fromXml(text);
  } catch (error) {
    return parseFailure(error);
  }
  const rootScope: Scope = new Map([['xml', XML_NAMESPACE]]);
  const pending: { node: RootContent; scope: Scope; depth: number; isFirst: boolean }[] = tree.children
    .map((node, index) => ({ node, scope: rootScope, depth: 0, isFirst: index === 0 }))
    .reverse();
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const { node, scope, depth } = item;
    if (node.type !== 'element') {
      const problem = otherNodeProblem(node, item.isFirst);
      if (problem) return problem;
      continue;
    }
    if (depth >= MAX_SVG_DEPTH) return tooDeep(lineOf(node));
    const inner = scopeOf(node, scope);
    const problem = elementProblem(node, inner, depth === 0);
    if (problem) return problem;
    for (let index = node.children.length - 1; index >= 0; index -= 1) {
      const child = node.children[index];
      if (child) pending.push({ node: child, scope: inner, depth: depth + 1, isFirst: false });
    }
  }
  return undefined;
}

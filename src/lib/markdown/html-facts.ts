import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html as htmlSchema } from 'property-information';
import { visit } from 'unist-util-visit';

/** One attribute of an element as a browser or the MDX compiler would see it. */
export interface AttributeFact {
  /** The HTML attribute name, lower-case (`onclick`, `srcset`, `xlink:href`, `set:html`). */
  name: string;
  /** The value as text, entities decoded; undefined for an expression or a bare attribute. */
  value: string | undefined;
  /** Whether the value is something other than a plain string (an expression, a spread). */
  computed: boolean;
  /** How it was written, for messages (`{...props}`, `onClick`). */
  written: string;
}

/** One element written in a post: raw HTML in Markdown, or JSX in MDX. */
export interface ElementFact {
  /** Lower-case tag name for HTML; the name as written for JSX (`Callout`, `img`). */
  name: string;
  syntax: 'html' | 'jsx';
  line: number;
  attributes: AttributeFact[];
}

/**
 * The attribute name a browser uses for a hast property or a JSX prop name, e.g.
 * `onClick` → `onclick`, `srcSet` → `srcset`, `xlinkHref` → `xlink:href`, `className` → `class`.
 */
export function attributeName(property: string): string {
  if (property.includes(':') || property.includes('-')) return property.toLowerCase();
  return find(htmlSchema, property).attribute.toLowerCase();
}

function attributeText(property: string, value: unknown): string | undefined {
  if (value === null || value === undefined || value === false) return undefined;
  if (value === true) return '';
  if (Array.isArray(value)) return value.join(find(htmlSchema, property).commaSeparated ? ', ' : ' ');
  return String(value);
}

/**
 * Every element of a piece of raw HTML, read by a spec-compliant HTML parser (parse5, via
 * hast), so casing, entities and missing spaces between attributes are read exactly as a
 * browser reads them. `firstLine` is the line of the HTML in its file.
 */
export function readHtmlElements(value: string, firstLine: number): { tree: HastRoot; elements: ElementFact[] } {
  const tree = fromHtml(value, { fragment: true });
  const elements: ElementFact[] = [];
  visit(tree, 'element', (element: Element) => {
    const attributes = Object.entries(element.properties).map(([property, propertyValue]) => {
      const name = attributeName(property);
      return { name, value: attributeText(property, propertyValue), computed: false, written: name };
    });
    elements.push({
      name: element.tagName.toLowerCase(),
      syntax: 'html',
      line: firstLine + (element.position?.start.line ?? 1) - 1,
      attributes,
    });
  });
  return { tree, elements };
}

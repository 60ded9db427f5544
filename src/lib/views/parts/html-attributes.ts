import type { Properties } from 'hast';
import { find, html } from 'property-information';

/**
 * A hast element's properties as HTML attributes: hast names them as the DOM does
 * (`className`, `ariaHidden`), markup by their attribute names; `true` is a bare attribute, `false` none.
 * @example htmlAttributes({ className: ['a', 'b'], ariaHidden: 'true', dataPagefindIgnore: '' })
 * // { class: 'a b', 'aria-hidden': 'true', 'data-pagefind-ignore': '' }
 */
export function htmlAttributes(properties: Properties): Record<string, string> {
  return Object.fromEntries(
    Object.entries(properties).flatMap(([property, value]) => {
      if (value === false || value === null || value === undefined) return [];
      const info = find(html, property);
      const text = value === true ? '' : Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : String(value);
      return [[info.attribute, text]];
    }),
  );
}

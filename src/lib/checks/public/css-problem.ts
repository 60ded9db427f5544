import { CSS_AT_RULES, CSS_FUNCTIONS } from './svg-allow-list';

/** What is wrong with a piece of CSS, for the author to act on. */
export interface CssProblem {
  message: string;
  fix: string;
}

/** Whether a character may be part of a CSS identifier (escapes are refused before this is asked). */
function isIdentifierCharacter(character: string): boolean {
  return /[\w-]/.test(character) || character.charCodeAt(0) >= 0x80;
}

/** The identifier that ends just before `end` (a function name before its parenthesis). */
function identifierBefore(css: string, end: number): string {
  let start = end;
  while (start > 0 && isIdentifierCharacter(css.charAt(start - 1))) start -= 1;
  return css.slice(start, end);
}

/** The identifier that starts at `start` (an at-rule's name after its `@`). */
function identifierAfter(css: string, start: number): string {
  let end = start;
  while (end < css.length && isIdentifierCharacter(css.charAt(end))) end += 1;
  return css.slice(start, end);
}

/** At most `length` characters of a value, for a message. */
export function excerpt(value: string, length = 60): string {
  return value.length <= length ? value : `${value.slice(0, length)}…`;
}

/** The argument of `url(` that starts at `start`, up to its closing parenthesis, and whether it points inside the file. */
function urlArgument(css: string, start: number): { text: string; internal: boolean } {
  const close = css.indexOf(')', start);
  const text = css.slice(start, close === -1 ? css.length : close);
  const unquoted = text.trimStart().replace(/^["']/, '');
  return { text, internal: unquoted.startsWith('#') };
}

/**
 * The first thing in a style (a `<style>` element's text, a `style` attribute or a presentation
 * attribute's value) that could load or run something, or undefined: a CSS escape, an at-rule
 * other than `@media`, a function outside the allow-list, or a `url()` that does not point
 * inside the file (`url(#id)`). Comments and strings are not exempt: what looks like a load is refused.
 * @example cssProblem('fill: url(#g)') // undefined
 * @example cssProblem('@import "x.css"')?.message // 'uses the CSS rule @import; only @media is accepted (@import and @font-face load other files)'
 */
export function cssProblem(css: string): CssProblem | undefined {
  if (css.includes('\\'))
    return { message: 'uses a CSS escape (\\), which can hide what the style loads', fix: 'write the style without backslashes' };
  for (let index = 0; index < css.length; index += 1) {
    const character = css.charAt(index);
    if (character === '@') {
      const name = identifierAfter(css, index + 1);
      if (!CSS_AT_RULES.has(name.toLowerCase())) {
        return {
          message: `uses the CSS rule @${excerpt(name)}; only @media is accepted (@import and @font-face load other files)`,
          fix: 'remove the rule',
        };
      }
    } else if (character === '(') {
      const name = identifierBefore(css, index).toLowerCase();
      if (name === '') continue;
      if (!CSS_FUNCTIONS.has(name)) {
        return {
          message: `uses the CSS function ${excerpt(name)}(), which is not one the site accepts (colours, calc, transforms, filters, gradients, url(#id))`,
          fix: 'remove it, or draw the effect with SVG shapes and filters',
        };
      }
      if (name === 'url') {
        const argument = urlArgument(css, index + 1);
        if (!argument.internal) {
          return {
            message: `loads url(${excerpt(argument.text)}) from outside the image; only references inside it, url(#id), are accepted`,
            fix: 'refer to an element of the same file, e.g. fill="url(#gradient)", or draw what it loads in the SVG',
          };
        }
      }
    }
  }
  return undefined;
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cssProblem } from '../../src/lib/checks/public/css-problem';
import { MAX_SVG_DEPTH, svgProblem } from '../../src/lib/checks/public/svg-problem';
import { PROJECT_ROOT } from '../helpers/paths';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"';
const svg = (inner: string, attributes = '') => `<svg ${NS}${attributes}>${inner}</svg>`;

describe('cssProblem', () => {
  test.each([
    ['fill: url(#g); stroke: rgb(0 0 0)', undefined],
    ['.a { fill: #fff } @media (prefers-color-scheme: dark) { .a { fill: #000 } }', undefined],
    ['transform: translate(1px, 2px) rotate(45deg); filter: drop-shadow(0 0 1px black)', undefined],
    ['fill: url( "#g" )', undefined],
    ['@import "x.css";', 'uses the CSS rule @import; only @media is accepted (@import and @font-face load other files)'],
    [
      '@font-face { font-family: x; src: local(x) }',
      'uses the CSS rule @font-face; only @media is accepted (@import and @font-face load other files)',
    ],
    [
      'fill: url(https://evil.example/x.svg#g)',
      'loads url(https://evil.example/x.svg#g) from outside the image; only references inside it, url(#id), are accepted',
    ],
    [
      'fill: URL(data:image/png;base64,AAAA)',
      'loads url(data:image/png;base64,AAAA) from outside the image; only references inside it, url(#id), are accepted',
    ],
    [
      'background: image-set("https://evil.example/x.png" 1x)',
      'uses the CSS function image-set(), which is not one the site accepts (colours, calc, transforms, filters, gradients, url(#id))',
    ],
    ['fill: u\\72l(https://evil.example/)', 'uses a CSS escape (\\), which can hide what the style loads'],
    ['@\\69mport "x.css";', 'uses a CSS escape (\\), which can hide what the style loads'],
  ])('%j → %j', (css, message) => {
    expect(cssProblem(css)?.message).toBe(message);
  });
});

describe('svgProblem', () => {
  test('the site’s own favicon passes', async () => {
    expect(svgProblem(await readFile(join(PROJECT_ROOT, 'public/favicon.svg'), 'utf8'))).toBeUndefined();
  });

  test.each([
    [
      'shapes, text, gradients and internal references',
      svg(
        `<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><path id="p" d="M0 0h10"/></defs><rect width="10" height="10" fill="url(#g)" style="stroke:#000"/><use href="#p"/><use xlink:href="#p"/><text x="1" y="2"><tspan>a &amp; b</tspan></text>`,
        ` ${XLINK}`,
      ),
    ],
    [
      'an XML declaration in UTF-8, a comment and a style sheet',
      `<?xml version="1.0" encoding="UTF-8"?>\n<!-- drawn by hand -->\n${svg('<style>.a{fill:red}</style><title>Logo</title>')}`,
    ],
    [
      'a filter',
      svg(
        '<filter id="f"><feGaussianBlur stdDeviation="2"/><feColorMatrix type="saturate" values="0.5"/></filter><circle r="3" filter="url(#f)"/>',
      ),
    ],
  ])('passes: %s', (_name, text) => {
    expect(svgProblem(text)).toBeUndefined();
  });

  // One case per refused class: [class, SVG, line, subject, message].
  test.each([
    [
      'malformed XML',
      `<svg ${NS}>\n<rect>`,
      2,
      undefined,
      'is not well-formed XML (Missing end tag for element rect), so it cannot be checked as SVG',
    ],
    [
      'an undefined entity',
      svg('&x;'),
      1,
      undefined,
      "is not well-formed XML (Named entity isn't defined: &x;), so it cannot be checked as SVG",
    ],
    [
      'a DOCTYPE with an ENTITY',
      `<!DOCTYPE svg [<!ENTITY x "y">]>\n${svg('')}`,
      1,
      '<!DOCTYPE>',
      'is a document type declaration, which can define entities or load other files',
    ],
    [
      'a stylesheet processing instruction',
      `<?xml-stylesheet href="https://evil.example/x.css"?>${svg('')}`,
      1,
      '<?xml-stylesheet?>',
      'is a processing instruction; only the XML declaration <?xml …?> is accepted (a stylesheet instruction loads another file)',
    ],
    [
      'another encoding',
      `<?xml version="1.0" encoding="UTF-16"?>${svg('')}`,
      1,
      '<?xml?>',
      'declares the encoding UTF-16; the checks and the site read SVG as UTF-8',
    ],
    [
      '<script>',
      svg('\n<script>alert(document.domain)</script>'),
      2,
      '<script>',
      'is a script, which would run on this site’s address when the image is opened',
    ],
    [
      'an XHTML <script>',
      svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'),
      1,
      '<h:script>',
      'is a script, which would run on this site’s address when the image is opened',
    ],
    [
      '<foreignObject>',
      svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'),
      1,
      '<foreignObject>',
      'embeds HTML, which can carry scripts, forms and links',
    ],
    [
      'an event handler',
      svg('<rect onclick="alert(1)"/>'),
      1,
      'attribute onclick="alert(1)" on <rect>',
      'is an event handler, which runs a script',
    ],
    [
      'an event handler on the root',
      `<svg ${NS} onload="alert(1)"/>`,
      1,
      'attribute onload="alert(1)" on <svg>',
      'is an event handler, which runs a script',
    ],
    ['<a>', svg('<a href="https://evil.example"><rect/></a>'), 1, '<a>', 'is a link; images on this site link nowhere'],
    ['<image>', svg('<image href="https://evil.example/x.png"/>'), 1, '<image>', 'loads another image or document into the SVG'],
    ['<feImage>', svg('<filter><feImage href="#x"/></filter>'), 1, '<feImage>', 'loads another image or document into the SVG'],
    [
      '<use> of another file',
      svg('<use href="https://evil.example/x.svg#a"/>'),
      1,
      'attribute href="https://evil.example/x.svg#a" on <use>',
      'points outside the image; only references inside it (#id) are accepted',
    ],
    [
      'xlink:href to another file',
      svg('<use xlink:href="other.svg#a"/>', ` ${XLINK}`),
      1,
      'attribute xlink:href="other.svg#a" on <use>',
      'points outside the image; only references inside it (#id) are accepted',
    ],
    [
      'a javascript: URL',
      svg('<use href="jav&#x61;script:alert(1)"/>'),
      1,
      'attribute href="javascript:alert(1)" on <use>',
      'holds a javascript: URL',
    ],
    [
      '<animate>',
      svg('<rect><animate attributeName="x" to="1"/></rect>'),
      1,
      '<animate>',
      'is an animation, which can change links and attributes after the checks have read them',
    ],
    [
      '<set>',
      svg('<rect><set attributeName="href" to="javascript:alert(1)"/></rect>'),
      1,
      '<set>',
      'is an animation, which can change links and attributes after the checks have read them',
    ],
    [
      '<style> with @import',
      svg('<style>@import url(https://evil.example/x.css);</style>'),
      1,
      '<style>',
      'uses the CSS rule @import; only @media is accepted (@import and @font-face load other files)',
    ],
    [
      '<style> with an outside url() in CDATA',
      svg('<style><![CDATA[rect{fill:url(https://evil.example/p)}]]></style>'),
      1,
      '<style>',
      'loads url(https://evil.example/p) from outside the image; only references inside it, url(#id), are accepted',
    ],
    [
      'a style attribute with an outside url()',
      svg('<rect style="fill:url(//evil.example/p)"/>'),
      1,
      'attribute style="fill:url(//evil.example/p)" on <rect>',
      'loads url(//evil.example/p) from outside the image; only references inside it, url(#id), are accepted',
    ],
    [
      'a presentation attribute with an outside url()',
      svg('<rect filter="url(x.svg#f)"/>'),
      1,
      'attribute filter="url(x.svg#f)" on <rect>',
      'loads url(x.svg#f) from outside the image; only references inside it, url(#id), are accepted',
    ],
    [
      'an element outside the allow-list',
      svg('<switch><rect/></switch>'),
      1,
      '<switch>',
      'is not one of the static SVG elements the site accepts (shapes, text, groups, gradients, patterns, clipping, masks, filters)',
    ],
    [
      'an attribute outside the allow-list',
      svg('<rect xml:base="https://evil.example/"/>'),
      1,
      'attribute xml:base="https://evil.example/" on <rect>',
      'is not one of the SVG attributes the site accepts (geometry, presentation, and references inside the image)',
    ],
    [
      'another namespace',
      svg('', ' xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"'),
      1,
      'attribute xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" on <svg>',
      'declares a namespace other than SVG and XLink (editor data or embedded HTML)',
    ],
    ['no SVG namespace', '<svg><rect/></svg>', 1, '<svg>', 'is not in the SVG namespace, so a browser would not read it as SVG'],
    [
      'another root element',
      `<g ${NS}/>`,
      1,
      '<g>',
      'is the root element; an SVG image starts with <svg xmlns="http://www.w3.org/2000/svg">',
    ],
    [
      'elements nested too deep',
      svg(`${'<g>'.repeat(MAX_SVG_DEPTH)}${'</g>'.repeat(MAX_SVG_DEPTH)}`),
      1,
      undefined,
      `nests elements more than ${MAX_SVG_DEPTH} deep`,
    ],
    [
      'elements nested deeper than the parser’s stack',
      svg(`${'<g>'.repeat(50_000)}${'</g>'.repeat(50_000)}`),
      undefined,
      undefined,
      `nests elements more than ${MAX_SVG_DEPTH} deep`,
    ],
  ])('refuses %s', (_class, text, line, subject, message) => {
    const problem = svgProblem(text);
    expect({ line: problem?.line, subject: problem?.subject, message: problem?.message }).toEqual({ line, subject, message });
    expect(problem?.fix).toMatch(/\w/);
  });

  test('reports the first offending thing in document order, at its line', () => {
    expect(svgProblem(svg('<rect/>\n<rect/>\n<script/>\n<rect onload="x"/>'))).toMatchObject({ line: 3, subject: '<script>' });
  });

  test('a 1 MiB SVG is judged within seconds', () => {
    const big = svg('<rect width="1" height="1"/>'.repeat(36_000));
    const start = performance.now();
    expect(svgProblem(big)).toBeUndefined();
    expect(svgProblem(`${big.slice(0, -6)}<script/></svg>`)).toMatchObject({ subject: '<script>' });
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});

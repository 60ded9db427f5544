import { readFile } from 'node:fs/promises';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { refractor } from 'refractor/all';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { isPublishableUrl } from '../../src/lib/markdown/publishable-url';
import { renderMarkdown } from '../helpers/render-markdown';

/** Elements that run, style, embed, submit or redirect: none may reach a page. */
const ACTIVE_ELEMENTS = new Set('script style iframe frame object embed meta link base form svg math template noscript'.split(' '));

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
 * broken markup and mixed case; and the inert ones, no HTML to a Markdown parser (shown as text)
 * or discarded by the HTML parser itself.
 */
const VECTORS = JSON.parse(await readFile(new URL('../fixtures/xss-vectors.json', import.meta.url), 'utf8')) as {
  active: string[];
  inert: string[];
};

describe('the allow-list at the end of the pipeline', () => {
  test.each(VECTORS.active)('publishes nothing active of %j, and reports it', async (vector) => {
    const { html, report } = await renderMarkdown(`Before.\n\n${vector}\n\nAfter.`);
    expect(activeParts(html)).toEqual([]);
    expect(html).toContain('Before.');
    expect(report.findings.filter((finding) => finding.severity === 'error').length, JSON.stringify(report.findings)).toBeGreaterThan(0);
  });

  test.each(VECTORS.inert)('publishes nothing active of %j', async (vector) => {
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

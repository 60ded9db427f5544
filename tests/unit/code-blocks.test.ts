import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { languageLabel } from '../../src/lib/markdown/code-languages';
import { parseCodeMeta } from '../../src/lib/markdown/code-meta';
import { renderMarkdown } from '../helpers/render-markdown';

/** A body's HTML through the site's pipeline. */
async function render(markdown: string, path?: string): Promise<string> {
  return (await renderMarkdown(markdown, path)).html;
}

/** A fenced code block with this info string (language and meta) and code. */
const fence = (info: string, code: string) => `\`\`\`${info}\n${code}\n\`\`\``;

describe('parseCodeMeta', () => {
  test.each([
    [undefined, undefined],
    [null, undefined],
    ['', undefined],
    ['title="values.yaml"', 'values.yaml'],
    ["title='a b.yaml'", 'a b.yaml'],
    ['title=scripts/render.sh', 'scripts/render.sh'],
    ['  title="x.yaml"  ', 'x.yaml'],
    ['title="it\'s.txt"', "it's.txt"],
  ])('reads %j as the title %j', (meta, title) => {
    expect(parseCodeMeta(meta)).toEqual({ meta: { title } });
  });

  test.each([
    ['file=a.yaml', 'write title= instead of file='],
    ...['lang="de"', 'title="values.yaml', 'title', 'title="a" title="b"', 'title="a"x', 'title=a"b', 'title=""', '{1,3}'].map((meta) => [
      meta,
      'write the file name as title="values.yaml", or nothing',
    ]),
  ])('refuses %j: %s', (meta, fix) => {
    const message = 'is not a setting the site reads: only the file name, as title="…", may follow the language';
    expect(parseCodeMeta(meta)).toEqual({ problem: { message, fix } });
  });
});

test.each([
  ['yaml', 'YAML'],
  ['yml', 'YAML'],
  ['bash', 'Bash'],
  ['sh', 'Shell'],
  ['text', 'Text'],
  ['Python', 'Python'],
  ['', 'Text'],
  [undefined, 'Text'],
  ['rego', 'rego'],
])('languageLabel names %j %j', (language, label) => {
  expect(languageLabel(language)).toBe(label);
});

describe('rehypeCodeBlocks', () => {
  test('puts a fence into a figure captioned with its file name and language, highlighted by Prism classes, never inline styles', async () => {
    const html = await render('```yaml title="values.yaml"\nreplicas: 2\n```');
    expect(html).toBe(
      '<figure class="code-block" data-copy="Copy code" data-copy-label="Copy code: values.yaml">' +
        '<figcaption class="code-caption"><span class="code-title">values.yaml</span><span class="code-language" data-pagefind-ignore="">YAML</span></figcaption>' +
        '<pre class="language-yaml" tabindex="0"><code class="language-yaml"><span class="token key atrule">replicas</span><span class="token punctuation">:</span> <span class="token number">2</span>\n</code></pre>' +
        '</figure>',
    );
  });

  test('captions a fence without a title or language with "Text" alone', async () => {
    const html = await render('```\nplain\n```');
    expect(html).toContain('<figcaption class="code-caption"><span class="code-language" data-pagefind-ignore="">Text</span></figcaption>');
    expect(html).not.toContain('code-title');
  });

  test('names each copy button uniquely: by file name where it is unique, else by language and place', async () => {
    const fences = [
      fence('sh', 'a'),
      fence('yaml title="a.yaml"', 'a: 1'),
      fence('yaml title="b.yaml"', 'b: 1'),
      fence('yaml title="b.yaml"', 'b: 2'),
    ];
    const html = await render(fences.join('\n'));
    expect([...html.matchAll(/data-copy-label="([^"]*)"/g)].map((match) => match[1])).toEqual([
      'Copy code (Shell, 1 of 4)',
      'Copy code: a.yaml',
      'Copy code (YAML, 3 of 4)',
      'Copy code (YAML, 4 of 4)',
    ]);
  });

  test('words the buttons in German in German posts', async () => {
    const html = await render('```yaml title="values.yaml"\na: 1\n```\n\n```bash\necho\n```', '/repo/content/posts/de/post.md');
    expect(html).toContain('data-copy="Code kopieren" data-copy-label="Code kopieren: values.yaml"');
    expect(html).toContain('data-copy-label="Code kopieren (Bash, 2 von 2)"');
  });

  test('writes a title as text (Markdown has decoded its entities already)', async () => {
    const html = await render('```yaml title="<b>&amp;.yaml"\na: 1\n```');
    expect(html).toContain('<span class="code-title">&#x3C;b>&#x26;.yaml</span>');
    expect(html).toContain('data-copy-label="Copy code: <b>&#x26;.yaml"');
  });

  test('lets a path break after each slash', async () => {
    expect(await render('```sh title="scripts/render.sh"\n:\n```')).toContain('<span class="code-title">scripts/<wbr>render.sh</span>');
    expect(await render('```sh title="/etc//a/"\n:\n```')).toContain('<span class="code-title">/<wbr>etc/<wbr>/<wbr>a/<wbr></span>');
  });

  test('adds no title for a meta the site cannot read, and reports it at the fence', async () => {
    const { html, report } = await renderMarkdown('Text.\n\n```yaml file=values.yaml\na: 1\n```');
    expect(html).not.toContain('code-title');
    expect(html).toContain('<span class="code-language" data-pagefind-ignore="">YAML</span>');
    expect(report.findings).toEqual([expect.objectContaining({ severity: 'error', line: 3, subject: 'code block "file=values.yaml"' })]);
  });

  test.each(['gotmpl', 'helm', 'tpl', 'env', 'output', '"><script>alert(1)</script>'])(
    'shows a fence in %j, a language Prism has no grammar for, as plain text, with a warning',
    async (language) => {
      const { html, report } = await renderMarkdown(
        `\`\`\`${language}\nkubectl logs <pod-name>\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n\`\`\``,
      );
      expect(html).toContain(
        '<pre class="language-text" tabindex="0"><code class="language-text">kubectl logs &#x3C;pod-name>\n&#x3C;meta http-equiv="refresh"',
      );
      const elements: string[] = [];
      visit(fromHtml(html, { fragment: true }), 'element', (element) => void elements.push(element.tagName));
      expect(elements).not.toContain('meta');
      expect(elements).not.toContain('script');
      expect(report.findings).toEqual([
        expect.objectContaining({ severity: 'warning', line: 1, message: 'has no highlighter, so the block is shown as plain text' }),
      ]);
    },
  );

  test('reads console and zsh as GitHub does: a shell session and Bash', async () => {
    expect(await render('```console\n$ kubectl logs <pod-name>\n```')).toContain('<span class="token command">');
    expect(await render('```zsh\necho "hi"\n```')).toContain('<span class="token builtin class-name">echo</span>');
  });

  test('leaves inline code alone', async () => {
    expect(await render('Run `helm template`.')).toBe('<p>Run <code>helm template</code>.</p>');
  });
});

describe('rehypeInlineCodeBreaks', () => {
  test.each([
    ['`examples/rendered-manifests/`', '<code>examples/<wbr><span class="code-word">rendered-manifests/</span></code>'],
    ['`git add --intent-to-add`', '<code>git add <span class="code-word">--intent-to-add</span></code>'],
    ['`.github/workflows/`', '<code>.github/<wbr>workflows/</code>'],
    ['`helm`', '<code>helm</code>'],
  ])('lets %s break after its slashes and never at a hyphen', async (markdown, html) => {
    expect(await render(markdown)).toContain(html);
  });

  test('leaves code blocks as Prism wrote them, and the text of the code unchanged', async () => {
    const html = await render('```sh\nkubectl-validate a/b-c\n```');
    expect(html).not.toMatch(/code-word|<wbr>/);
    expect((await render('`a/b-c d`')).replace(/<[^>]+>/g, '')).toContain('a/b-c d');
  });
});

import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { rehypeHeadingLinks } from '../../src/plugins/rehype-heading-links';
import { remarkHeadingIds } from '../../src/plugins/remark-heading-ids';

/** The same plugin order as astro.config.ts. */
async function render(markdown: string, path = '/repo/content/posts/de/post.md'): Promise<string> {
  const file = new VFile({ path, value: markdown });
  const result = await unified()
    .use(remarkParse)
    .use(remarkHeadingIds)
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(rehypeHeadingLinks)
    .use(rehypeStringify)
    .process(file);
  return String(result);
}

describe('remarkHeadingIds', () => {
  test('takes an explicit {#id} and removes the marker from the text', async () => {
    const html = await render('## Was kcp ist {#what-kcp-is}');
    expect(html).toContain('<h2 id="what-kcp-is">Was kcp ist</h2>');
    expect(html).not.toContain('{#');
  });

  test('leaves headings without a marker to rehype-slug', async () => {
    expect(await render('## Über Dagger')).toContain('<h2 id="über-dagger">Über Dagger</h2>');
  });

  test('ignores a marker that is not at the end or not kebab-case', async () => {
    expect(await render('## Use {#this} inline')).toContain('<h2 id="use-this-inline">');
    expect(await render('## Odd {#Not_Kebab}')).toContain('id="odd-not_kebab"');
  });
});

describe('rehypeHeadingLinks', () => {
  test('adds a permalink with a German accessible name to German posts', async () => {
    const html = await render('## Warum {#why}');
    expect(html).toContain(
      '<div class="heading-wrapper level-h2"><h2 id="why">Warum</h2><a class="heading-link" href="#why" data-pagefind-ignore=""><span class="visually-hidden">Link zum Abschnitt: Warum</span><span aria-hidden="true">#</span></a></div>',
    );
  });

  test('names the link in English for English posts', async () => {
    const html = await render('### Why `kcp`', '/repo/content/posts/en/kcp.md');
    expect(html).toContain('<span class="visually-hidden">Link to section: Why kcp</span>');
  });

  test('links h2 to h4 only', async () => {
    const html = await render('# Title\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five');
    expect(html.match(/class="heading-link"/g)).toHaveLength(3);
    expect(html).toContain('<h5 id="five">Five</h5>');
  });
});

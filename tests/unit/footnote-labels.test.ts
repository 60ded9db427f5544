import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { rehypeFootnoteLabels } from '../../src/plugins/rehype-footnote-labels';
import { renderMarkdown } from '../helpers/render-markdown';

const POST = 'Eine Aussage.[^quelle] Noch eine.[^zweite] Wieder die erste.[^quelle]\n\n[^quelle]: Die Quelle.\n\n[^zweite]: Die zweite.';

async function render(markdown: string, path: string): Promise<string> {
  const file = new VFile({ path, value: markdown });
  return String(
    await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeFootnoteLabels).use(rehypeStringify).process(file),
  );
}

const backLabels = (html: string) => [...html.matchAll(/aria-label="([^"]*)"/g)].map((match) => match[1]);

describe('rehypeFootnoteLabels', () => {
  test('labels the footnotes of a German post in German, counting back-links as remark-rehype does', async () => {
    const html = await render(POST, '/repo/content/posts/de/post.md');
    expect(html).toContain('<h2 class="sr-only" id="footnote-label">Fussnoten</h2>');
    expect(backLabels(html)).toEqual(['Zurück zum Verweis 1', 'Zurück zum Verweis 1-2', 'Zurück zum Verweis 2']);
    expect(html).not.toContain('Back to');
  });

  test('keeps remark-rehype’s English words for an English post', async () => {
    const plain = String(await unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).process(POST));
    expect(await render(POST, '/repo/content/posts/en/post.md')).toBe(plain);
    expect(backLabels(plain)).toEqual(['Back to reference 1', 'Back to reference 1-2', 'Back to reference 2']);
  });

  test('works on an MDX post’s path too, and leaves a post without footnotes alone', async () => {
    expect(await render(POST, '/repo/content/posts/de/post.mdx')).toContain('>Fussnoten</h2>');
    expect(await render('Kein Verweis.', '/repo/content/posts/de/post.md')).toBe('<p>Kein Verweis.</p>');
  });
});

describe('the site’s Markdown pipeline', () => {
  test('names the footnotes heading’s permalink in German too (the labels come before the permalinks)', async () => {
    const { html } = await renderMarkdown(POST, '/repo/content/posts/de/post.md');
    expect(html).toContain('Link zum Abschnitt: Fussnoten');
    expect(backLabels(html)).toEqual(['Zurück zum Verweis 1', 'Zurück zum Verweis 1-2', 'Zurück zum Verweis 2']);
  });
});

import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Pluggable } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { mapAnchorsByPosition } from '../../src/lib/markdown/anchors';
import { rehypeFootnoteLabels } from '../../src/plugins/rehype-footnote-labels';
import { rehypeHeadingLinks } from '../../src/plugins/rehype-heading-links';
import { remarkHeadingIds } from '../../src/plugins/remark-heading-ids';

const GERMAN = '/repo/content/posts/de/post.md';
const ENGLISH = '/repo/content/posts/en/post.md';

/** Markdown through remark-rehype with only the given plugins, in the order astro.config.ts runs them. */
async function render(markdown: string, path: string, remark: Pluggable[], rehype: Pluggable[]): Promise<string> {
  const file = new VFile({ path, value: markdown });
  return String(await unified().use(remarkParse).use(remark).use(remarkRehype).use(rehype).use(rehypeStringify).process(file));
}

describe('remarkHeadingIds and rehypeHeadingLinks', () => {
  const headings = (markdown: string, path = GERMAN) => render(markdown, path, [remarkHeadingIds], [rehypeSlug, rehypeHeadingLinks]);

  test('take an explicit {#id}, remove the marker from the text, and add a permalink named in the post’s language', async () => {
    expect(await headings('## Warum {#why}')).toBe(
      '<div class="heading-wrapper level-h2"><h2 id="why">Warum</h2><a class="heading-link" href="#why" data-pagefind-ignore=""><span class="visually-hidden">Link zum Abschnitt: Warum</span><span aria-hidden="true">#</span></a></div>',
    );
    expect(await headings('### Why `kcp`', ENGLISH)).toContain('<span class="visually-hidden">Link to section: Why kcp</span>');
  });

  test('leave a heading without a marker, or with one not at the end or not kebab-case, to rehype-slug', async () => {
    expect(await headings('## Über Dagger')).toContain('<h2 id="über-dagger">Über Dagger</h2>');
    expect(await headings('## Use {#this} inline')).toContain('<h2 id="use-this-inline">');
    expect(await headings('## Odd {#Not_Kebab}')).toContain('id="odd-not_kebab"');
  });

  test('link h2 to h4 only', async () => {
    const html = await headings('# Title\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five');
    expect(html.match(/class="heading-link"/g)).toHaveLength(3);
    expect(html).toContain('<h5 id="five">Five</h5>');
  });
});

describe('rehypeFootnoteLabels', () => {
  const POST = 'Eine Aussage.[^quelle] Noch eine.[^zweite] Wieder die erste.[^quelle]\n\n[^quelle]: Die Quelle.\n\n[^zweite]: Die zweite.';
  const footnotes = (markdown: string, path: string) => render(markdown, path, [remarkGfm], [rehypeFootnoteLabels]);
  const backLabels = (html: string) => [...html.matchAll(/aria-label="([^"]*)"/g)].map((match) => match[1]);

  test('labels a German post’s footnotes in German, counting back-links as remark-rehype does, on an MDX path too', async () => {
    for (const path of [GERMAN, '/repo/content/posts/de/post.mdx']) {
      const html = await footnotes(POST, path);
      expect(html).toContain('<h2 class="sr-only" id="footnote-label">Fussnoten</h2>');
      expect(backLabels(html)).toEqual(['Zurück zum Verweis 1', 'Zurück zum Verweis 1-2', 'Zurück zum Verweis 2']);
      expect(html).not.toContain('Back to');
    }
  });

  test('keeps remark-rehype’s English words for an English post, and leaves a post without footnotes alone', async () => {
    const plain = await render(POST, ENGLISH, [remarkGfm], []);
    expect(await footnotes(POST, ENGLISH)).toBe(plain);
    expect(backLabels(plain)).toEqual(['Back to reference 1', 'Back to reference 1-2', 'Back to reference 2']);
    expect(await footnotes('Kein Verweis.', GERMAN)).toBe('<p>Kein Verweis.</p>');
  });
});

describe('mapAnchorsByPosition', () => {
  /** Headings written as "2 warum-alpha, 3 how-it-works": depth and id. */
  const headings = (list: string) =>
    list.split(', ').map((heading) => ({ depth: Number(heading.split(' ')[0]), slug: heading.split(' ')[1] ?? '' }));

  test.each([
    [
      'maps headings whose ids differ, by position',
      '2 warum-alpha, 3 how-it-works',
      '2 why-alpha, 3 how-it-works',
      { 'warum-alpha': 'why-alpha' },
    ],
    ['stops where the two structures part', '2 a, 2 b, 2 c', '2 x, 3 y, 2 z', { a: 'x' }],
    ['is empty when the translation shares every id', '2 what-kcp-is', '2 what-kcp-is', {}],
  ])('%s', (_, original, translation, map) => {
    expect(mapAnchorsByPosition(headings(original), headings(translation))).toEqual(map);
  });
});

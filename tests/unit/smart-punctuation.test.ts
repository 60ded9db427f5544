import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { syntheticPost } from '../../bench/synthetic-posts';
import { LOCALES } from '../../src/i18n/locales';
import { remarkSmartPunctuation, smartPunctuation } from '../../src/plugins/remark-smart-punctuation';
import { PROJECT_ROOT } from '../helpers/paths';

/** The Markdown tree of a post after smart punctuation, by the given plugin. */
function punctuate(markdown: string, mdx: boolean, plugin: 'smartypants' | 'ours'): Root {
  const processor = unified().use(remarkParse);
  if (mdx) processor.use(remarkMdx);
  processor.use(remarkGfm);
  const tree = processor.parse(markdown);
  return (plugin === 'smartypants' ? unified().use(remarkSmartypants) : unified().use(remarkSmartPunctuation)).runSync(tree) as Root;
}

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries
    .map(String)
    .filter((entry) => /\.mdx?$/.test(entry))
    .map((entry) => join(dir, entry));
}

const phrases = [
  'He said "hello" and left.',
  "It's the team's job, isn't it? 'Quoted' and \"double\" and the '80s.",
  'She wrote: "\'Nested\' quotes work" -- mostly... right?',
  '"Quote at the start," and at the end "of a paragraph."',
  'Quotes around [a "link"](https://example.org) and "**bold** text" and "`code`".',
  "Kubernetes' controllers and the users' 'own' view -- and a --- triple dash.",
  "Wait.... Four dots, ``backticks'' and ''apostrophes''.",
  "Auf Deutsch: „Das ist gut“, sagte sie — und ‚einfach‘ so. Don't touch „these“.",
  'In English: “already curly” and ‘single’ stay; "straight" ones change.',
  '## A heading with "quotes" and an apostrophe\'s\n\n| col "a" | it\'s |\n|---|---|\n| "x" | -- |',
  'Numbers: 5\'11" tall, "1.5" and 2\'s.',
  '* "List item"\n* \'single\'\n\n> "Block quote" -- said someone',
];

describe('remarkSmartPunctuation', () => {
  it.each(phrases)('punctuates like remark-smartypants: %s', (markdown) => {
    expect(punctuate(markdown, false, 'ours')).toEqual(punctuate(markdown, false, 'smartypants'));
  });

  it('turns straight quotes, dashes and dots typographic, leaving German and code alone', () => {
    const tree = punctuate('„Gut“, sagte er -- "really"... it\'s `"code"`.', false, 'ours');
    const paragraph = tree.children[0] as { children: { type: string; value: string }[] };
    expect(paragraph.children.map((child) => child.value)).toEqual(['„Gut“, sagte er — “really”… it’s ', '"code"', '.']);
  });

  it('punctuates every post, example and fixture exactly as remark-smartypants did', async () => {
    const files = [
      ...(await markdownFiles(join(PROJECT_ROOT, 'content'))),
      ...(await markdownFiles(join(PROJECT_ROOT, 'examples'))),
      ...(await markdownFiles(join(PROJECT_ROOT, 'tests/fixtures'))),
    ];
    expect(files.length).toBeGreaterThan(18);
    for (const file of files) {
      const markdown = await readFile(file, 'utf8');
      const mdx = file.endsWith('.mdx');
      let reference: Root;
      try {
        reference = punctuate(markdown, mdx, 'smartypants');
      } catch {
        continue; // broken fixtures that do not even parse
      }
      expect(punctuate(markdown, mdx, 'ours'), file).toEqual(reference);
    }
  });

  it('punctuates the benchmark corpus exactly as remark-smartypants did', () => {
    for (const locale of LOCALES) {
      for (const index of [0, 1, 2, 3]) {
        const markdown = syntheticPost(index, locale);
        expect(punctuate(markdown, false, 'ours')).toEqual(punctuate(markdown, false, 'smartypants'));
      }
    }
  });
});

describe('the site’s Markdown pipeline with our smart punctuation', () => {
  it('renders every post to the same HTML as with Astro’s remark-smartypants', async () => {
    const { default: config } = await import('../../astro.config');
    const { createMarkdownProcessor, parseFrontmatter } = await import('@astrojs/markdown-remark');
    const processor = config.markdown?.processor as unknown as {
      options: { remarkPlugins: unknown[]; rehypePlugins: unknown[]; smartypants?: unknown };
    };
    expect(processor.options.smartypants).toBe(false);
    expect(processor.options.remarkPlugins).toContain(remarkSmartPunctuation);
    // Astro's highlighter is off: Prism runs among the site's rehype plugins.
    expect(config.markdown?.syntaxHighlight).toBe(false);
    const shared = { syntaxHighlight: false } as const;
    const ours = await createMarkdownProcessor({ ...shared, ...(processor.options as object) });
    const before = await createMarkdownProcessor({
      ...shared,
      ...(processor.options as object),
      smartypants: true,
      remarkPlugins: processor.options.remarkPlugins.filter((plugin) => plugin !== remarkSmartPunctuation),
    } as Parameters<typeof createMarkdownProcessor>[0]);
    const files = await markdownFiles(join(PROJECT_ROOT, 'content'));
    expect(files.length).toBeGreaterThan(0);
    let changedBySmartypants = 0;
    for (const file of files) {
      const { content, frontmatter } = parseFrontmatter(await readFile(file, 'utf8'));
      const expected = (await before.render(content, { frontmatter })).code;
      expect((await ours.render(content, { frontmatter })).code, file).toBe(expected);
      if (expected.includes('’') || expected.includes('“')) changedBySmartypants += 1;
    }
    // The comparison means something: smart punctuation is at work in the real posts.
    expect(changedBySmartypants).toBeGreaterThan(0);
  });
});

it.each([
  ["That fits the point “we contribute” in Puzzle's vision.", 'That fits the point “we contribute” in Puzzle’s vision.'],
  ['a "quote" -- and more...', 'a “quote” — and more…'],
  ['„schon typografisch“', '„schon typografisch“'],
])('smartPunctuation punctuates front matter %j as the Markdown around it: %j', (text, expected) => {
  expect(smartPunctuation(text)).toBe(expected);
});

import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/lib/front-matter';
import { parsePostBody } from '../../src/lib/markdown-facts';
import { sharedFactsFor, startSharingFacts, stopSharingFacts } from '../../src/lib/shared-facts';
import { PROJECT_ROOT } from '../helpers/paths';

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.map(String).filter((entry) => entry.endsWith('.md')).map((entry) => join(dir, entry));
}

/** Astro's content sync as it renders a Markdown entry: the site's processor, the body trimmed. */
async function renderLikeTheContentSync(files: readonly string[]): Promise<void> {
  const { default: config } = await import('../../astro.config');
  const { createMarkdownProcessor, parseFrontmatter } = await import('@astrojs/markdown-remark');
  const processor = config.markdown?.processor as unknown as { options: object };
  const renderer = await createMarkdownProcessor({ syntaxHighlight: 'prism', ...processor.options });
  for (const file of files) {
    const source = await readFile(file, 'utf8');
    // Files whose YAML is broken on purpose never reach the sync: the build stops before it.
    if (splitFrontMatter(source).yamlError) continue;
    const { content, frontmatter } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    await renderer.render(content.trim(), { frontmatter, fileURL: pathToFileURL(file) });
  }
}

afterEach(() => stopSharingFacts());

describe('facts shared from the site’s own parse', () => {
  it('equal the content checks’ own parse, lines included, for every post and fixture', async () => {
    const files = [
      ...(await markdownFiles(join(PROJECT_ROOT, 'content'))),
      ...(await markdownFiles(join(PROJECT_ROOT, 'tests/fixtures'))),
    ];
    startSharingFacts();
    await renderLikeTheContentSync(files);
    let withLinksOrHtml = 0;
    for (const file of files) {
      const split = splitFrontMatter(await readFile(file, 'utf8'));
      if (split.yamlError) continue;
      const shared = sharedFactsFor(file, split.body, split.bodyLine);
      expect(shared, `${file} was not shared`).toBeDefined();
      expect(shared, file).toEqual(parsePostBody(split.body, split.bodyLine).facts);
      if ((shared?.links.length ?? 0) + (shared?.elements.length ?? 0) > 0) withLinksOrHtml += 1;
    }
    // The comparison means something: the posts and fixtures have links and raw HTML.
    expect(withLinksOrHtml).toBeGreaterThan(10);
  });

  it('shares nothing for a text other than the one rendered, nor when nobody asked', async () => {
    const file = join(PROJECT_ROOT, 'content/posts/de/dagger.md');
    const split = splitFrontMatter(await readFile(file, 'utf8'));
    await renderLikeTheContentSync([file]);
    expect(sharedFactsFor(file, split.body, split.bodyLine), 'recorded outside a build').toBeUndefined();
    startSharingFacts();
    await renderLikeTheContentSync([file]);
    expect(sharedFactsFor(file, split.body, split.bodyLine)).toBeDefined();
    expect(sharedFactsFor(file, `${split.body}\n[new](javascript:alert(1))\n`, split.bodyLine)).toBeUndefined();
    // A trim into the first line (an indented first line) could parse differently: not shared.
    expect(sharedFactsFor(file, `  ${split.body.trimStart()}`, split.bodyLine)).toBeUndefined();
    stopSharingFacts();
    expect(sharedFactsFor(file, split.body, split.bodyLine)).toBeUndefined();
  });

  it('counts the blank lines Astro trims off the top of a body', async () => {
    startSharingFacts();
    await renderLikeTheContentSync([join(PROJECT_ROOT, 'content/posts/en/kcp.md')]);
    const file = join(PROJECT_ROOT, 'content/posts/en/kcp.md');
    const split = splitFrontMatter(await readFile(file, 'utf8'));
    const padded = `\n\n${split.body.trimStart()}`;
    expect(sharedFactsFor(file, padded, split.bodyLine)).toEqual(parsePostBody(padded, split.bodyLine).facts);
  });
});

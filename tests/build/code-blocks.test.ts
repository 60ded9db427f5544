import { beforeAll, describe, expect, inject, test } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { pageAt, readDistPages, type DistPage } from '../helpers/dist';

let pages: DistPage[];

beforeAll(async () => {
  pages = await readDistPages(inject('distDir'));
});

/** Each code block of a page's prose: its caption's title and language, and its code's language class. */
function codeBlocksOf(path: string) {
  return pageAt(pages, path)
    .querySelectorAll('.prose figure.code-block')
    .map((figure) => ({
      title: figure.querySelector('figcaption .code-title')?.text,
      language: figure.querySelector('figcaption .code-language')?.text,
      pre: figure.querySelector('pre')?.getAttribute('class'),
    }));
}

describe.each(LOCALES)('the follow-up’s code blocks (%s)', (locale) => {
  const path = `/${locale}/posts/rendered-manifests-hands-on/`;

  test('are figures captioned with the file they show and their language, highlighted by Prism', () => {
    expect(codeBlocksOf(path)).toEqual([
      { title: undefined, language: 'Text', pre: 'language-text' },
      { title: 'environments/prod/values.yaml', language: 'YAML', pre: 'language-yaml' },
      { title: 'scripts/render.sh', language: 'Bash', pre: 'language-bash' },
      { title: 'scripts/check-drift.sh', language: 'Bash', pre: 'language-bash' },
      { title: '.github/workflows/rendered-manifests.yaml', language: 'YAML', pre: 'language-yaml' },
      { title: 'apps/shop-prod.yaml', language: 'YAML', pre: 'language-yaml' },
      { title: undefined, language: 'Shell', pre: 'language-sh' },
      { title: undefined, language: 'Shell', pre: 'language-sh' },
      { title: undefined, language: 'Shell', pre: 'language-sh' },
    ]);
    // node-html-parser keeps a <pre>'s content as raw text: Prism's token spans are in it.
    const code = pageAt(pages, path)
      .querySelectorAll('.prose pre')
      .map((pre) => pre.innerHTML)
      .join('');
    expect(code.split('<span class="token ').length).toBeGreaterThan(50);
  });

  test('carry no copy button, meta attribute or inline style in the HTML (the button is the script’s)', () => {
    const prose = pageAt(pages, path).querySelector('.prose');
    expect(prose?.querySelectorAll('.code-copy')).toHaveLength(0);
    expect(prose?.querySelectorAll('[metastring], [style]')).toHaveLength(0);
    expect(prose?.querySelectorAll('pre').every((pre) => pre.parentNode?.tagName === 'FIGURE')).toBe(true);
  });
});

test('every code block on the site is captioned, with its copy button’s words in the post’s language', () => {
  const posts = pages.filter((page) => /^\/(de|en)\/posts\/[^/]+\/$/.test(page.path));
  expect(posts.length).toBeGreaterThan(10);
  for (const { path, document } of posts) {
    for (const pre of document.querySelectorAll('.prose pre')) {
      const figure = pre.parentNode;
      expect(figure?.classList.contains('code-block'), path).toBe(true);
      expect(figure?.querySelector('figcaption .code-language')?.text, path).toMatch(/\w/);
      expect(figure?.getAttribute('data-copy'), path).toBe(path.startsWith('/de/') ? 'Code kopieren' : 'Copy code');
    }
  }
  const labels = pageAt(pages, '/de/posts/rendered-manifests-hands-on/')
    .querySelectorAll('figure.code-block')
    .map((figure) => figure.getAttribute('data-copy-label'));
  expect(labels.slice(0, 2)).toEqual(['Code kopieren (Text, 1 von 9)', 'Code kopieren: environments/prod/values.yaml']);
  expect(new Set(labels).size).toBe(labels.length);
});

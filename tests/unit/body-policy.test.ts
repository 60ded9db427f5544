import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkBodyPolicy } from '../../src/lib/checks/body-policy';
import { parseIsoDay } from '../../src/lib/content/calendar-day';
import { createBodyReader } from '../../src/lib/markdown/markdown-facts';
import { MDX_COMPONENT_DIR, MDX_COMPONENTS } from '../../src/lib/markdown/mdx-components';
import { postSchema } from '../../src/lib/content/post-schema';
import { judgeUrl, srcsetUrls } from '../../src/lib/checks/url-policy';
import { PROJECT_ROOT } from '../helpers/paths';

const POST = 'content/posts/en/x.mdx';
const readBody = await createBodyReader();

/** The subjects and messages the policy reports for a body rendered by the site's pipeline, one string each. */
async function findings(body: string, format: 'md' | 'mdx' = 'md'): Promise<string[]> {
  const facts = await readBody({ path: join(PROJECT_ROOT, POST), body, firstLine: 1, format });
  return checkBodyPolicy(POST, facts).map((finding) => `${finding.line} ${finding.subject}: ${finding.message}`);
}

describe('judgeUrl reads a URL as a browser does', () => {
  test.each([
    ['javascript:alert(1)', 'script'],
    ['JaVaScRiPt:alert(1)', 'script'],
    [' \u0001javascript:alert(1)', 'script'],
    ['java\tscr\nipt:alert(1)', 'script'],
    ['data:text/html,<script>alert(1)</script>', 'script'],
    ['vbscript:msgbox', 'script'],
    ['http://example.org/', 'http'],
    ['https://example.org/', 'https'],
    ['mailto:team@example.org', 'mailto'],
    ['ftp://example.org/', 'scheme'],
    ['//evil.example/', 'protocol-relative'],
    ['\\\\evil.example/', 'protocol-relative'],
    ['/\\evil.example/', 'protocol-relative'],
    ['/de/posts/kcp/#why', 'internal'],
    ['#why', 'internal'],
    ['../alpha/', 'relative'],
  ])('%j is %s', (url, kind) => {
    expect(judgeUrl(url).kind).toBe(kind);
  });

  test('takes every candidate of a srcset', () => {
    expect(srcsetUrls('/a.png 1x, https://cdn.example/b.png 2x')).toEqual(['/a.png', 'https://cdn.example/b.png']);
  });
});

describe('the body policy on parsed trees', async () => {
  test('checks reference-style definitions, even unused ones', async () => {
    expect(await findings('[x][e]\n\n[e]: javascript:alert(1)\n[unused]: http://example.org/')).toEqual([
      '3 link "javascript:alert(1)": is a javascript: URL, which can run code',
      '4 link "http://example.org/": is not https',
    ]);
  });

  test('reads event handlers however they are spaced or cased', async () => {
    expect(await findings('<figure><img src="/a.png" alt="a"/ONERROR=alert(1)></figure>')).toContain(
      '1 attribute "onerror" on <img>: is an inline event handler, which posts must not carry',
    );
    expect(await findings('<details\nontoggle=alert(1)>x</details>')).toContain(
      '1 attribute "ontoggle" on <details>: is an inline event handler, which posts must not carry',
    );
  });

  test('decodes entities in attributes before judging the scheme', async () => {
    expect(await findings('<img src="&#106;avascript:alert(1)" alt="x">')).toEqual([
      '1 attribute "src" on <img> "javascript:alert(1)": is a javascript: URL, which can run code',
    ]);
  });

  test('judges reference-style images as images, alt text included', async () => {
    expect(await findings('![][pixel]\n\n[pixel]: https://tracker.example/p.gif')).toEqual([
      '1 image "https://tracker.example/p.gif": is an image from another site: it would tell that site who reads the post, and the site’s Content-Security-Policy (img-src \'self\') blocks it anyway',
      '1 image "https://tracker.example/p.gif": has no alt text',
    ]);
  });

  test('lets harmless raw HTML and local images pass', async () => {
    expect(
      await findings(
        '<abbr title="Kubernetes">K8s</abbr> <kbd>Tab</kbd>\n\n<img src="/images/a.png" alt="A diagram">\n\n![A diagram](/images/a.png)',
      ),
    ).toEqual([]);
  });

  test('lets an MDX post use a reviewed component with literal props, and nothing else', async () => {
    const ok =
      "import Callout from '../../../src/components/mdx/Callout.astro';\n\n<Callout kind=\"tip\" title={'Tipp'}>Text {'literal'} {/* note */}</Callout>";
    expect(await findings(ok, 'mdx')).toEqual([]);
    expect(
      await findings("import Callout from '../../../src/components/mdx/Callout.astro';\n\n<Callout title={`a${x}`} />", 'mdx'),
    ).toEqual([
      '3 attribute "title={`a${x}`}" on <Callout>: is an expression: posts pass only literal values, which cannot reference code or data',
    ]);
    expect(await findings('<Callout />', 'mdx')).toEqual(['1 JSX: <Callout> is not a component imported from src/components/mdx/']);
    expect((await findings('{import.meta.env}', 'mdx'))[0]).toContain('expression "{import.meta.env}": would run as code');
    expect((await findings("import X from '../../../src/components/mdx/Callout.astro?raw';", 'mdx'))[0]).toContain(
      'is not one of the reviewed components',
    );
  });
});

describe('front-matter dates', () => {
  test.each([
    ['2024-05-06', '2024-05-06T00:00:00.000Z'],
    ['06.05.2024', undefined],
    ['May 6', undefined],
    ['2024-02-30', undefined],
    ['2024-5-6', undefined],
  ])('parseIsoDay(%j)', (text, expected) => {
    expect(parseIsoDay(text)?.toISOString()).toBe(expected);
  });

  test('the schema takes a YAML date or YYYY-MM-DD text, and refuses what new Date would guess', () => {
    const base = {
      type: 'follow-up',
      followUpOf: 'kcp',
      title: 'T',
      description: 'A description that is long enough for the schema of the posts.',
      topics: ['kubernetes'],
    };
    expect(postSchema.safeParse({ ...base, pubDate: new Date('2024-05-06') }).success).toBe(true);
    expect(postSchema.safeParse({ ...base, pubDate: '2024-05-06' }).success).toBe(true);
    for (const pubDate of ['06.05.2024', 'May 6', new Date('2024-05-06T10:00:00Z'), 20240506]) {
      expect(postSchema.safeParse({ ...base, pubDate }).success, String(pubDate)).toBe(false);
    }
  });
});

describe('the components MDX posts may import', () => {
  test('are exactly the files in src/components/mdx/, each without a client script, raw HTML or scoped style', async () => {
    const dir = join(PROJECT_ROOT, MDX_COMPONENT_DIR);
    const files = (await readdir(dir)).filter((name) => name.endsWith('.astro')).sort();
    expect(files).toEqual([...MDX_COMPONENTS].sort());
    for (const file of files) {
      const source = await readFile(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/<script\b/i);
      // The CSP does not hash scoped styles of components rendered in a post: they would be dropped.
      expect(source, file).not.toMatch(/<style\b/i);
      expect(source, file).not.toMatch(/set:html|set:text|is:inline|client:/);
    }
  });
});

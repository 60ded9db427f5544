import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/lib/content-checks';
import { runContentChecks } from '../../src/lib/run-content-checks';
import { fixturePath } from '../helpers/paths';

/** The formatted findings for one fixture's content/ folder. */
async function findings(fixture: string): Promise<string[]> {
  const { diagnostics } = await runContentChecks(fixturePath(fixture));
  return diagnostics.map(formatDiagnostic);
}

describe('checkContent', () => {
  test('passes the valid fixture with only the warning for its untranslated follow-up', async () => {
    expect(await findings('valid')).toEqual([
      'content/posts/de/alpha-deep-dive.mdx warning this follow-up has no English version yet; /en/posts/alpha-deep-dive/ shows this text with a notice. Fix: add content/posts/en/alpha-deep-dive.md when the translation is ready',
    ]);
  });

  test.each([
    [
      'broken/schema',
      [
        'content/posts/en/alpha.md error summary: is missing. Fix: add "summary" to the front matter',
        'content/posts/en/alpha.md:5 error description: Too small: expected string to have >=50 characters',
        'content/posts/en/alpha.md:8 error topics.1: "blockchain" is not a topic. Fix: use one of: platform-engineering',
        'content/posts/en/alpha.md:11 error talk.kind: Invalid option',
        'content/posts/en/alpha.md:14 error talk.links.video: The recording must be an https:// URL or "". Fix: write the full https:// address',
      ],
    ],
    ['broken/yaml', ['content/posts/en/alpha.md:3 error the front matter is not valid YAML']],
    [
      'broken/missing-translation',
      [
        'content/posts/de/alpha-more.md warning this follow-up has no English version yet',
        'content/posts/de/alpha.md error this highlight has no English version. Fix: add content/posts/en/alpha.md',
      ],
    ],
    [
      'broken/unknown-highlight',
      [
        'content/posts/de/more.md error followUpOf: "alpah" is not the slug of a highlight post. Fix: use one of: alpha',
        'content/posts/en/more.md error followUpOf: "alpah" is not the slug of a highlight post. Fix: use one of: alpha',
      ],
    ],
    [
      'broken/duplicate-talk-id',
      [
        'content/posts/de/beta.md error talkId: the talk id "alpha" is already used by content/posts/de/alpha.md',
        'content/posts/en/beta.md error talkId: the talk id "alpha" is already used by content/posts/en/alpha.md',
      ],
    ],
    [
      'broken/duplicate-slug',
      [
        'content/posts/de/alpha.mdx error slug: the slug "alpha" is already used by content/posts/de/alpha.md',
        'content/posts/de/alpha.mdx error talkId: the talk id "alpha" is already used by content/posts/de/alpha.md',
      ],
    ],
    [
      'broken/talk-ids-differ',
      [
        'content/posts/en/alpha.md error talkId: the talk id "alfa" differs from "alpha" in content/posts/de/alpha.md',
        'content/posts/en/recap.md error highlights: lists [alpha] but content/posts/de/recap.md lists [alpha, beta]',
      ],
    ],
    [
      'broken/broken-links',
      [
        'content/posts/de/recap.md:12 error link "/de/posts/missing/": leads to /de/posts/missing/, but there is no post "missing"',
        'content/posts/de/recap.md:12 error link "/de/posts/alpha/#wieso": points to #wieso, which /de/posts/alpha/ does not have. Fix: use one of: #why',
        'content/posts/de/recap.md:13 error link "/en/posts/recap/#alpah": points to #alpah, which /en/posts/recap/ does not have. Fix: use one of: #alpha',
        'content/posts/de/recap.md:13 error link "../alpha/": is a relative link',
      ],
    ],
    [
      'broken/unsafe',
      [
        'content/posts/en/alpha.md:19 error image "/images/diagram.png": has no alt text',
        'content/posts/en/alpha.md:21 error raw HTML: contains a <script> element',
        'content/posts/en/alpha.md:23 error raw HTML: contains an <iframe> element',
        'content/posts/en/alpha.md:25 error raw HTML: contains an inline event handler (on…=)',
        'content/posts/en/alpha.md:25 error raw HTML: <p> is not on the allow-list of raw HTML',
        'content/posts/en/alpha.md:27 error image: an <img> has no alt text',
        'content/posts/en/alpha.md:29 error link "javascript:alert(1)": is a javascript: URL',
        'content/posts/en/alpha.md:29 error link "http://example.org/": is not https. Fix: use https://example.org/',
      ],
    ],
    [
      'broken/heading-ids',
      [
        'content/posts/de/alpha.md:16 error heading id "content": is used by the page layout',
        'content/posts/de/alpha.md:20 error heading id "why": is used by an earlier heading of this post',
        'content/posts/en/alpha.md warning has 2 headings, content/posts/de/alpha.md has 3',
        'content/posts/en/alpha.md:16 error heading id "content": is used by the page layout',
      ],
    ],
    [
      'broken/gender-star',
      ['content/posts/de/alpha.md:16 error gender star: "*innen und Betreiber…*" is read as italics'],
    ],
    [
      'broken/mdx-id',
      ['content/posts/en/alpha.mdx:16 error heading id "why": is written {#…}, which MDX reads as a JavaScript expression. Fix: escape the braces in .mdx files: \\{#why\\}'],
    ],
    [
      'broken/share-card-glyphs',
      [
        'content/posts/de/alpha.md:3 error title: has characters the share card\'s font (Inter) cannot draw: "🚀" (U+1F680), "東" (U+6771), "京" (U+4EAC)',
        'content/posts/de/alpha.md:10 error talk.title: has characters the share card\'s font (Inter) cannot draw: "✓" (U+2713)',
      ],
    ],
    [
      'broken/misplaced',
      ['content/posts/fr/alpha.md error is not a post file at content/posts/<de|en>/<slug>.md or .mdx. Fix: move it'],
    ],
  ])('reports every problem of %s, with file, line and fix', async (fixture, expectedStarts) => {
    const lines = await findings(fixture);
    expect(lines).toHaveLength(expectedStarts.length);
    expectedStarts.forEach((start, index) => expect(lines[index]).toContain(start));
    for (const line of lines) expect(line).toMatch(/ Fix: .{10,}/);
  });
});

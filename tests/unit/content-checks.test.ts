import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/lib/checks/diagnostic';
import { runContentChecks } from '../../src/lib/checks/run';
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
        'content/posts/en/alpha.md:4 error description: Too small: expected string to have >=50 characters',
        'content/posts/en/alpha.md:7 error topics.1: "blockchain" is not a topic. Fix: use one of: platform-engineering',
        'content/posts/en/alpha.md:10 error talk.kind: Invalid option',
        'content/posts/en/alpha.md:13 error talk.links.video: The recording must be an https:// URL or "". Fix: write the full https:// address',
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
        'content/posts/en/beta.md error type: this highlight is not listed in the recap (content/posts/en/recap.md), so it would be published as a page nothing leads to',
        'content/posts/en/recap.md error highlights: lists [alpha] but content/posts/de/recap.md lists [alpha, beta]',
      ],
    ],
    [
      'broken/broken-links',
      [
        'content/posts/de/recap.md:12 error link "/de/posts/missing/": leads to /de/posts/missing/, but there is no post "missing"',
        'content/posts/de/recap.md:12 error link "/de/posts/alpha/#wieso": points to #wieso, which /de/posts/alpha/ does not have',
        'content/posts/de/recap.md:13 error link "../alpha/": is a relative link',
        'content/posts/de/recap.md:13 error link "/en/posts/recap/#alpah": points to #alpah, which /en/posts/recap/ does not have',
        'content/posts/de/recap.md:14 error link "/sbom.json": leads to /sbom.json, which is not a page of',
      ],
    ],
    [
      'broken/unsafe',
      [
        'content/posts/en/alpha.md:19 error image "/images/diagram.png": has no alt text',
        'content/posts/en/alpha.md:21 error <script>: a <script> element runs code in the reader’s browser;',
        'content/posts/en/alpha.md:23 error <iframe>: an <iframe> element embeds another site; it is left',
        'content/posts/en/alpha.md:25 error attribute onclick="steal()" on <p>: is an inline event handler, which runs code; it',
        'content/posts/en/alpha.md:27 error image "/images/x.png": has no alt text',
        'content/posts/en/alpha.md:29 error link "http://example.org/": is not https',
        'content/posts/en/alpha.md:29 error attribute href="javascript:alert(1)" on <a>: is not an address a post may link to',
        'content/posts/en/alpha.md:31 error attribute href="javascript:alert(1)" on <a>: is not an address a post may link to',
        'content/posts/en/alpha.md:36 error link "//evil.example/x": leads to another site without naming https (it starts',
        'content/posts/en/alpha.md:36 error attribute href="javascript:alert(1)" on <a>: is not an address a post may link to',
        'content/posts/en/alpha.md:36 error attribute href="JAVASCRIPT:alert(1)" on <a>: is not an address a post may link to',
        'content/posts/en/alpha.md:38 error attribute onerror="alert(1)" on <img>: is an inline event handler, which runs code; it',
        'content/posts/en/alpha.md:40 error attribute src="jav\\tascript:alert(1)" on <img>: is not an address on this site: images come',
        'content/posts/en/alpha.md:42 error attribute ontoggle="alert(1)" on <details>: is an inline event handler, which runs code; it',
        'content/posts/en/alpha.md:44 error attribute src="https://tracker.example/p.gif" on <img>: is not an address on this site: images come',
        'content/posts/en/alpha.md:46 error attribute src="https://tracker.example/p.gif" on <img>: is not an address on this site: images come',
        'content/posts/en/alpha.md:48 error attribute srcset="https://cdn.example/a.png 2x" on <img>: is not an attribute the site publishes on that',
        'content/posts/en/alpha.md:50 error <meta>: a <meta> element can send the reader to another',
        'content/posts/en/alpha.md:52 error attribute style="color: red" on <abbr>: is not an attribute the site',
        'content/posts/en/alpha.md:52 error attribute id="content" on <abbr>: is not an attribute the site publishes on that',
        'content/posts/en/alpha.md:54 error <form>: a <form> element sends readers’ input somewhere; it is',
        'content/posts/en/alpha.md:54 error attribute name="q" on <input>: is not an attribute the site publishes on that',
        'content/posts/en/alpha.md:56 error <svg>: is not an element the site publishes; it is',
      ],
    ],
    [
      'broken/heading-ids',
      [
        'content/posts/de/alpha.md:16 error id "content": is used by the page layout',
        'content/posts/de/alpha.md:20 error id "why": is used twice in this post (by two headings,',
        'content/posts/de/alpha.md:22 error id "follow-ups": is used by the page layout',
        'content/posts/de/recap.md:12 error id "alpha-follow-ups": is the id of a talk section’s follow-up list',
        'content/posts/en/alpha.md warning has 2 headings, content/posts/de/alpha.md has 4',
        'content/posts/en/alpha.md:16 error id "content": is used by the page layout',
        'content/posts/en/recap.md:13 error id "alpha-follow-ups": is the id of a talk section’s follow-up list',
      ],
    ],
    ['broken/gender-star', ['content/posts/de/alpha.md:16 error gender star: "*innen und Betreiber…*" is read as italics']],
    [
      'broken/code-meta',
      [
        'content/posts/de/alpha.md:16 error code block "file=values.yaml": is not a setting the site reads: only the file name, as title="…", may follow the language. Fix: write title= instead of file=',
        'content/posts/de/alpha.md:20 error code block "title=\\"values.yaml": is not a setting the site reads',
        'content/posts/de/alpha.md:30 error code block "{1,3} title=\\"a.yaml\\"": is not a setting the site reads',
        'content/posts/en/alpha.md warning translationOf',
        'content/posts/en/alpha.md:16 error code block "title=values.yaml titel=\\"x\\"": is not a setting the site reads',
      ],
    ],
    [
      'broken/mdx-id',
      [
        'content/posts/en/alpha.mdx:16 error heading id "why": is written {#…}, which MDX reads as a JavaScript expression. Fix: escape the braces in .mdx files: \\{#why\\}',
      ],
    ],
    [
      'broken/mdx-policy',
      [
        'content/posts/de/syntax.mdx warning this follow-up has no English version yet; /en/posts/syntax/ shows this',
        'content/posts/de/syntax.mdx:9 error MDX: cannot be read as MDX (Expected a closing tag',
        'content/posts/en/alpha.mdx:15 error "import { readFileSync } from \'node:fs\';": imports or exports code: posts may import only the',
        'content/posts/en/alpha.mdx:16 error "import Secret from \'../../../src/lib/site.ts\';": imports or exports code: posts may import only the',
        'content/posts/en/alpha.mdx:17 error "import Sneaky from \'../../../src/components/mdx/../TalkCard.…": imports or exports code: posts may import only the',
        'content/posts/en/alpha.mdx:19 error "export const leaked = process.env;": imports or exports code: posts may import only the',
        'content/posts/en/alpha.mdx:21 error expression {process.env.HOME}: is code: posts may not reference variables, modules or',
        "content/posts/en/alpha.mdx:21 error expression {readFileSync('/etc/passwd', 'utf8')}: is code: posts may not reference variables, modules or",
        'content/posts/en/alpha.mdx:21 error expression {1 + 1}: is code: posts may not reference variables, modules or',
        'content/posts/en/alpha.mdx:23 error attribute title on <Callout>: is code, not a plain value: posts pass only',
        'content/posts/en/alpha.mdx:25 error attribute {…} on <Callout>: is code, not a plain value: posts pass only',
        'content/posts/en/alpha.mdx:27 error attribute onClick on <Callout>: is not a prop the component takes',
        'content/posts/en/alpha.mdx:27 error attribute set:html on <Callout>: is not a prop the component takes',
        'content/posts/en/alpha.mdx:29 error <Fragment>: is not a component imported from src/components/mdx/; its text',
        'content/posts/en/alpha.mdx:31 error <meta>: a <meta> element can send the reader to another',
        'content/posts/en/alpha.mdx:33 error <link>: a <link> element loads stylesheets or other resources into',
        'content/posts/en/alpha.mdx:35 error <base>: a <base> element changes where every link of the',
        'content/posts/en/alpha.mdx:37 error <script>: a <script> element runs code in the reader’s browser;',
        'content/posts/en/alpha.mdx:39 error <style>: a <style> element restyles the whole page; it is',
        'content/posts/en/alpha.mdx:41 error <iframe>: an <iframe> element embeds another site; it is left',
        'content/posts/en/alpha.mdx:43 error <form>: a <form> element sends readers’ input somewhere; it is',
        'content/posts/en/alpha.mdx:45 error attribute src="https://tracker.example/p.gif" on <img>: is not an address on this site: images come',
        'content/posts/en/alpha.mdx:47 error <Secret>: is not a component imported from src/components/mdx/; its text',
      ],
    ],
    [
      'broken/front-matter',
      [
        'content/posts/de/alpha.md:5 error pubDate: must be a calendar day written YYYY-MM-DD, e.g. 2024-05-06; got "06.05.2024"',
        'content/posts/de/changed.md:7 error updatedDate: is before pubDate',
        // This file starts with a byte-order mark: read as usual, and its lines still count right.
        'content/posts/de/later.md:6 error pubDate: 2999-01-01 is in the future. Fix: use the day the post goes live',
        'content/posts/de/scaffold.md:4 error title: still has the placeholder text of npm run new:post',
        'content/posts/de/scaffold.md:5 error description: still has the placeholder text of npm run new:post',
        'content/posts/de/scaffold.md:10 error body: "Ein, zwei Sätze: worum es geht und für wen." and 3 more line(s) are the placeholder text',
        'content/posts/en/alpha.md:5 error pubDate: must be a calendar day written YYYY-MM-DD, e.g. 2024-05-06; got "May 6"',
        // Astro's YAML reader would silently read this as 1 March.
        'content/posts/en/changed.md:7 error updatedDate: 2024-02-30 is not a day of the calendar. Fix: write the day as YYYY-MM-DD',
        'content/posts/en/scaffold.md:4 error title: still has the placeholder text of npm run new:post',
        'content/posts/en/scaffold.md:5 error description: still has the placeholder text of npm run new:post',
        'content/posts/en/scaffold.md:11 error body: "One or two sentences: what this is about and for whom." and 3 more line(s)',
      ],
    ],
    [
      'broken/share-card-glyphs',
      [
        'content/posts/de/alpha.md:3 error title: has characters the share card\'s font (Inter) cannot draw: "🚀" (U+1F680), "東" (U+6771), "京" (U+4EAC)',
        'content/posts/de/alpha.md:10 error talk.title: has characters the share card\'s font (Inter) cannot draw: "✓" (U+2713)',
      ],
    ],
    ['broken/misplaced', ['content/posts/fr/alpha.md error is not a post file at content/posts/<de|en>/<slug>.md or .mdx. Fix: move it']],
  ])('reports every problem of %s, with file, line and fix', async (fixture, expectedStarts) => {
    const lines = await findings(fixture);
    expect(lines).toHaveLength(expectedStarts.length);
    expectedStarts.forEach((start, index) => expect(lines[index]).toContain(start));
    for (const line of lines) expect(line).toMatch(/ Fix: .{10,}/);
  });
});

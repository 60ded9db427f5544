import { posix } from 'node:path';
import { parseCodeMeta } from '../markdown/code-meta';
import type { AttributeFact, ElementFact, MarkdownFacts } from '../markdown/markdown-facts';
import { MDX_COMPONENT_DIR, MDX_COMPONENTS } from '../markdown/mdx-components';
import { judgeUrl, srcsetUrls, URL_ATTRIBUTES, type UrlKind } from './url-policy';

/** One finding of the body policy; the content checks add the file. */
export interface BodyFinding {
  line: number;
  subject: string;
  message: string;
  fix: string;
}

/** The only raw HTML elements a post may use; everything else is written in Markdown. */
const ALLOWED_HTML_TAGS: ReadonlySet<string> = new Set([
  'abbr',
  'br',
  'details',
  'summary',
  'kbd',
  'mark',
  'sub',
  'sup',
  'img',
  'figure',
  'figcaption',
]);

/** Attributes allowed on those elements; everything else (id, class, style, on…) is refused. */
const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  '*': ['title', 'lang', 'dir', 'translate'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'decoding'],
  details: ['open'],
};

/** Elements refused by name, with the reason an author needs to hear. */
const REFUSED_ELEMENTS: Readonly<Record<string, string>> = {
  script: 'runs code in the reader’s browser',
  style: 'restyles the whole page',
  iframe: 'embeds another site',
  frame: 'embeds another site',
  object: 'embeds another site or plug-in',
  embed: 'embeds another site or plug-in',
  meta: 'can redirect the page (http-equiv="refresh") or change its policies',
  link: 'loads stylesheets or other resources into the page',
  base: 'changes where every link of the page leads',
  form: 'sends readers’ input somewhere',
};

/** A URL as it can be shown in one line: tabs and other control characters made visible. */
function shown(url: string): string {
  return JSON.stringify(url).slice(1, -1);
}

const LINK_FIX = 'link to a page of this site (/de/posts/<slug>/) or to an https:// address';
const IMAGE_FIX = 'save the image under public/images/ (if its licence allows) and write ![what it shows](/images/name.png)';

/** What is wrong with a URL a reader would follow, or undefined. */
function linkProblem(judged: UrlKind, url: string): { message: string; fix: string } | undefined {
  switch (judged.kind) {
    case 'script':
      return { message: `is a ${judged.scheme}: URL, which can run code`, fix: LINK_FIX };
    case 'http':
      return {
        message: 'is not https',
        fix: `use ${judged.url.replace(/^http:/i, 'https:')} if the site offers it, or leave the link out`,
      };
    case 'scheme':
      return {
        message: `uses an unsupported scheme (${judged.scheme}:)`,
        fix: 'use an https:// address or a site path such as /de/posts/kcp/',
      };
    case 'protocol-relative':
      return { message: 'leads to another site without naming https (it starts with //)', fix: 'write the full https:// address' };
    case 'relative':
      return url.trim() === ''
        ? { message: 'is empty', fix: LINK_FIX }
        : { message: 'is a relative link', fix: 'write site links from the root, e.g. /de/posts/kcp/#what-kcp-is' };
    default:
      return undefined;
  }
}

/** What is wrong with an image address, or undefined: images come from this site only. */
function imageProblem(judged: UrlKind, url: string): { message: string; fix: string } | undefined {
  if (judged.kind === 'https' || judged.kind === 'http' || judged.kind === 'protocol-relative') {
    return {
      message:
        "is an image from another site: it would tell that site who reads the post, and the site’s Content-Security-Policy (img-src 'self') blocks it anyway",
      fix: IMAGE_FIX,
    };
  }
  if (judged.kind === 'internal') return undefined;
  return linkProblem(judged, url) ?? { message: 'is not an image path of this site', fix: IMAGE_FIX };
}

/** Whether a JSX name is a component (capitalised, or a member such as `a.b`) rather than HTML. */
function isComponent(element: ElementFact): boolean {
  return element.syntax === 'jsx' && (/^[A-Z]/.test(element.name) || element.name.includes('.'));
}

function attributeFindings(element: ElementFact, attribute: AttributeFact, imageElement: boolean): BodyFinding[] {
  const subject = `attribute "${attribute.written}" on <${element.name}>`;
  const at = (message: string, fix: string): BodyFinding => ({ line: element.line, subject, message, fix });
  if (attribute.computed) {
    return [
      at(
        'is an expression: posts pass only literal values, which cannot reference code or data',
        'write the value as a string, e.g. title="Tipp"',
      ),
    ];
  }
  if (attribute.name.startsWith('on'))
    return [at('is an inline event handler, which posts must not carry', 'remove it: a post carries no scripts')];
  if (/^(set|client|is|define|server|transition):/.test(attribute.name)) {
    return [
      at('is an Astro directive that injects raw HTML, scripts or server code', 'remove it: write the content between the tags instead'),
    ];
  }
  if (!URL_ATTRIBUTES.has(attribute.name) || attribute.value === undefined) return [];
  const urls = attribute.name === 'srcset' ? srcsetUrls(attribute.value) : [attribute.value];
  return urls.flatMap((url) => {
    const judged = judgeUrl(url);
    const problem = imageElement && attribute.name !== 'href' ? imageProblem(judged, url) : linkProblem(judged, url);
    return problem ? [{ line: element.line, subject: `${subject} "${shown(url)}"`, ...problem }] : [];
  });
}

function elementFindings(element: ElementFact, components: ReadonlySet<string>): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const subject = element.syntax === 'html' ? 'raw HTML' : 'JSX';
  const imageElement = ['img', 'picture', 'source', 'video', 'audio', 'image', 'input'].includes(element.name.toLowerCase());
  for (const attribute of element.attributes) findings.push(...attributeFindings(element, attribute, imageElement));
  if (element.name === '') return findings;
  if (isComponent(element)) {
    if (!components.has(element.name)) {
      findings.push({
        line: element.line,
        subject,
        message: `<${element.name}> is not a component imported from ${MDX_COMPONENT_DIR}`,
        fix: `import one of the reviewed components (${MDX_COMPONENTS.join(', ')}) at the top of the post, or write Markdown`,
      });
    }
    return findings;
  }
  const tag = element.name.toLowerCase();
  const refused = REFUSED_ELEMENTS[tag];
  if (refused !== undefined) {
    findings.push({
      line: element.line,
      subject,
      message: `contains ${/^[aeiou]/.test(tag) ? 'an' : 'a'} <${tag}> element, which ${refused}; posts must not carry it`,
      fix: 'use Markdown: links, images and code blocks cover what a post needs; ask in the pull request if you need an embed',
    });
    return findings;
  }
  if (!ALLOWED_HTML_TAGS.has(tag)) {
    findings.push({
      line: element.line,
      subject,
      message: `<${tag}> is not on the allow-list of raw HTML (${[...ALLOWED_HTML_TAGS].join(', ')})`,
      fix: 'write it in Markdown instead, or ask in the pull request whether the element should be allowed',
    });
    return findings;
  }
  const allowed = new Set([...(ALLOWED_ATTRIBUTES['*'] ?? []), ...(ALLOWED_ATTRIBUTES[tag] ?? [])]);
  const reported = new Set(findings.map((finding) => finding.subject));
  for (const attribute of element.attributes) {
    const attributeSubject = `attribute "${attribute.written}" on <${element.name}>`;
    if (allowed.has(attribute.name) || [...reported].some((seen) => seen.startsWith(attributeSubject))) continue;
    findings.push({
      line: element.line,
      subject: attributeSubject,
      message: `is not allowed on <${tag}> (allowed: ${[...allowed].join(', ')})`,
      fix:
        attribute.name === 'id'
          ? 'remove it: ids come from headings ("## Heading {#id}")'
          : attribute.name === 'style' || attribute.name === 'class'
            ? 'remove it: the site’s stylesheet styles posts (inline styles are blocked by its Content-Security-Policy)'
            : 'remove it',
    });
  }
  if (tag === 'img') {
    const alt = element.attributes.find((attribute) => attribute.name === 'alt');
    if (alt?.value === undefined || alt.value.trim() === '') {
      findings.push({
        line: element.line,
        subject: 'image',
        message: 'an <img> has no alt text',
        fix: 'describe what the image shows in alt="…", or use Markdown: ![what it shows](path)',
      });
    }
  }
  return findings;
}

/** The names an MDX post may use as components: those it imports from the reviewed folder. */
function mdxImports(filePath: string, facts: MarkdownFacts, findings: BodyFinding[]): Set<string> {
  const components = new Set<string>();
  for (const esm of facts.esm) {
    if (esm.kind === 'export') {
      findings.push({
        line: esm.line,
        subject: 'export',
        message: 'posts must not export anything: an export runs code at build time',
        fix: 'remove it; the front matter carries the post’s data',
      });
      continue;
    }
    const source = esm.source ?? '';
    const resolved = posix.normalize(posix.join(posix.dirname(filePath), source));
    const fileName = resolved.slice(MDX_COMPONENT_DIR.length);
    const allowed = source.startsWith('.') && resolved.startsWith(MDX_COMPONENT_DIR) && MDX_COMPONENTS.includes(fileName);
    if (!allowed) {
      findings.push({
        line: esm.line,
        subject: `import "${source}"`,
        message: `is not one of the reviewed components in ${MDX_COMPONENT_DIR}: posts may import nothing else`,
        fix: `import a listed component by its relative path, e.g. import Callout from '../../../${MDX_COMPONENT_DIR}Callout.astro' (allowed: ${MDX_COMPONENTS.join(', ')})`,
      });
      continue;
    }
    for (const name of esm.names) components.add(name);
  }
  return components;
}

/**
 * Every problem of a post body that the site must not publish: links and images outside the
 * policy, raw HTML or JSX elements and attributes off the allow-list, code fences whose meta
 * the site cannot read, and, in MDX, imports, exports and expressions that would run code at
 * build time.
 */
export function checkBodyPolicy(filePath: string, facts: MarkdownFacts): BodyFinding[] {
  const findings: BodyFinding[] = [];
  for (const link of facts.links) {
    const problem = linkProblem(judgeUrl(link.url), link.url);
    if (problem) findings.push({ line: link.line, subject: `link "${shown(link.url)}"`, ...problem });
  }
  for (const image of facts.images) {
    const problem = imageProblem(judgeUrl(image.url), image.url);
    if (problem) findings.push({ line: image.line, subject: `image "${shown(image.url)}"`, ...problem });
    if (image.alt.trim() === '') {
      findings.push({
        line: image.line,
        subject: `image "${image.url}"`,
        message: 'has no alt text',
        fix: 'write what the image shows between the brackets: ![Argo CD syncing rendered manifests](…)',
      });
    }
  }
  const components = mdxImports(filePath, facts, findings);
  for (const expression of facts.expressions) {
    if (expression.literal) continue;
    const code = expression.code.trim().replace(/\s+/g, ' ');
    findings.push({
      line: expression.line,
      subject: `expression "{${code.length > 40 ? `${code.slice(0, 40)}…` : code}}"`,
      message: 'would run as code at build time; posts may not reference variables, modules or functions',
      fix: 'write the text itself; to show braces in an .mdx post, escape them: \\{ and \\}',
    });
  }
  for (const element of facts.elements) findings.push(...elementFindings(element, components));
  for (const { meta, line } of facts.codeMetas) {
    const { problem } = parseCodeMeta(meta);
    if (problem) findings.push({ line, subject: `code block "${shown(meta.length > 60 ? `${meta.slice(0, 60)}…` : meta)}"`, ...problem });
  }
  return findings;
}

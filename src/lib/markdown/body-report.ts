import type { Node } from 'unist';
import type { VFile } from 'vfile';

/** One finding of the Markdown pipeline on a body, its line counted from the body's first line. */
export interface BodyFinding {
  severity: 'error' | 'warning';
  /** 1-based line in the body as rendered (front matter removed), when the finding has one. */
  line: number | undefined;
  /** The element, link or setting the finding is about, as the author wrote it (escaped later). */
  subject: string;
  message: string;
  /** What the author should do about it. */
  fix: string;
  /** A front-matter field the finding is about instead of a body line (e.g. `idAliases.old-id`). */
  field?: (string | number)[];
}

/** What the checks across posts need to know of a rendered body. */
export interface BodyFacts {
  /** Heading ids in document order, as the published page carries them. */
  headings: { id: string; depth: number; line: number | undefined }[];
  /** Every id of the body (headings, former ids, footnotes), for the checks against the page's own. */
  ids: string[];
  /** Links that stay on this site (`/…` or `#…`), with their body line. */
  internalLinks: { url: string; line: number | undefined }[];
  /** Images the body shows from a path relative to its file (`../images/x.png`), with their body line. */
  images: { src: string; line: number | undefined }[];
  /** Words of the body's text, for the reading time. */
  words: number;
}

/** Findings and facts of one body: what the one Markdown pass tells the checks. */
export interface BodyReport {
  /** The pipeline that rendered the body (see `markdownPipelineVersion`). */
  pipelineVersion: string;
  findings: BodyFinding[];
  facts: BodyFacts;
  /** True when the body could not be parsed at all (an MDX syntax error): its facts are empty. */
  unreadable?: boolean;
}

/** Marks the messages of our plugins among a file's messages (others come from remark and rehype). */
const SOURCE = 'kubecon-recap';

/**
 * Reports a finding on `node` (or the whole body) through the file's messages, as unified
 * plugins do: the checks and the build read them from there.
 */
export function reportFinding(
  file: VFile,
  node: Node | undefined,
  { severity, subject, message, fix, field }: Omit<BodyFinding, 'line'>,
): void {
  const vfileMessage = file.message(message, { ...(node?.position ? { place: node.position } : {}), source: SOURCE, ruleId: subject });
  vfileMessage.fatal = severity === 'error';
  vfileMessage.note = fix;
  if (field) vfileMessage.expected = field.map(String);
}

/** The findings our plugins reported on `file`, in the order they were reported. */
export function findingsOf(file: VFile): BodyFinding[] {
  return file.messages
    .filter((message) => message.source === SOURCE)
    .map((message) => ({
      severity: message.fatal ? 'error' : 'warning',
      line: message.place && 'start' in message.place ? message.place.start.line : (message.place?.line ?? undefined),
      subject: message.ruleId ?? '',
      message: message.reason,
      fix: message.note ?? '',
      ...(message.expected ? { field: message.expected } : {}),
    }));
}

/** Where the report travels: Astro hands a Markdown file's front matter back with its rendering. */
const REPORT_KEY = 'bodyReport';

/** Puts the body's report where Astro's renderers return it (`remarkPluginFrontmatter`). */
export function attachReport(file: VFile, report: BodyReport): void {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  data.astro.frontmatter[REPORT_KEY] = report;
}

/** The report a rendering carries in its front matter, if the site's pipeline rendered it. */
export function reportIn(frontmatter: Record<string, unknown> | undefined): BodyReport | undefined {
  return frontmatter?.[REPORT_KEY] as BodyReport | undefined;
}

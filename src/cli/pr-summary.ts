/**
 * `npm run pr:summary -- <base-ref>`: the pages a pull request adds or changes, and the other
 * files it changes that need a maintainer's review, as Markdown.
 * In GitHub Actions it is appended to the job summary ($GITHUB_STEP_SUMMARY); it needs the
 * base branch in the clone (actions/checkout with fetch-depth: 0).
 */
import { execFileSync } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import { nameStatusArguments, parseNameStatus, prSummaryMarkdown } from '../lib/authoring/pr-summary';
import { DEFAULT_SITE_URL } from '../site';

const base = process.argv[2] ?? (process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : undefined);
if (base === undefined) {
  console.error('pr:summary: name the base, e.g. npm run pr:summary -- origin/main');
  process.exit(1);
}
// Three dots: what this branch changed since it left the base, not what the base did meanwhile;
// -z: NUL-separated, so that git neither quotes unusual file names nor lets one span lines.
const nameStatus = execFileSync('git', nameStatusArguments(base), { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const markdown = prSummaryMarkdown(parseNameStatus(nameStatus), DEFAULT_SITE_URL);
console.log(markdown);
if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, `${markdown}\n`);

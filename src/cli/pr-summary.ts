/**
 * `npm run pr:summary -- <base-ref>`: the pages a pull request adds or changes, as Markdown.
 * In GitHub Actions it is appended to the job summary ($GITHUB_STEP_SUMMARY); it needs the
 * base branch in the clone (actions/checkout with fetch-depth: 0).
 */
import { execFileSync } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import { parseNameStatus, prSummaryMarkdown } from '../lib/pr-summary';
import { DEFAULT_SITE_URL } from '../site';

const base = process.argv[2] ?? (process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : undefined);
if (base === undefined) {
  console.error('pr:summary: name the base, e.g. npm run pr:summary -- origin/main');
  process.exit(1);
}
// Three dots: what this branch changed since it left the base, not what the base did meanwhile.
const nameStatus = execFileSync('git', ['diff', '--name-status', '--find-renames', `${base}...HEAD`], { encoding: 'utf8' });
const markdown = prSummaryMarkdown(parseNameStatus(nameStatus), DEFAULT_SITE_URL);
console.log(markdown);
if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, `${markdown}\n`);

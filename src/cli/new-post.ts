/**
 * `npm run new:post -- <slug> [--follow-up <highlight-slug>] [--title "…"]`:
 * writes the German and English files of a new post as drafts, or nothing at all.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isoDate } from '../lib/views/parts/dates';
import { parseNewPostArgs, planNewPost } from '../lib/authoring/new-post';
import { readPostFiles } from '../lib/content/read-posts';
import { splitFrontMatter } from '../lib/content/front-matter';

const root = process.env.KUBECON_RECAP_ROOT ?? process.cwd();
const parsed = parseNewPostArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`new:post: ${parsed.error}`);
  process.exit(1);
}

const { files } = await readPostFiles(root);
const highlights = new Set(
  files
    .filter((file) => (splitFrontMatter(file.source).data as { type?: unknown } | undefined)?.type === 'highlight')
    .map((file) => file.slug),
);
const plan = planNewPost(parsed.request, { slugs: new Set(files.map((file) => file.slug)), highlights }, isoDate(new Date()));
if (!plan.ok) {
  console.error(`new:post: ${plan.error} Nothing was written.`);
  process.exit(1);
}

for (const file of plan.files) {
  await mkdir(dirname(join(root, file.path)), { recursive: true });
  await writeFile(join(root, file.path), file.content, { flag: 'wx' });
  console.log(`created ${file.path}`);
}
console.log(`
Next steps:
  1. Write both files (German first, then English), keeping the same headings and {#ids}.
  2. npm run dev        see the draft at http://127.0.0.1:4321/de/posts/${parsed.request.slug}/
  3. npm run check      fix what it reports
  4. Once the English matches the German: npm run translation:done -- ${parsed.request.slug}
  5. Set draft: false, run npm test, and open a pull request (see CONTRIBUTING.md).`);

/**
 * `npm run translation:done -- <slug> [<slug> …]` or `-- --all`: records in each translation
 * that it now matches the current text of its original (the `translationOf` front-matter field).
 * Only that field is written; re-running it changes nothing until an original changes.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readPostFiles } from '../lib/content/read-posts';
import { parseStampArgs, planStamps } from '../lib/authoring/translation-done';

const root = process.env.KUBECON_RECAP_ROOT ?? process.cwd();
const parsed = parseStampArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`translation:done: ${parsed.error}`);
  process.exit(1);
}

const { files } = await readPostFiles(root);
let failed = false;
for (const outcome of planStamps(files, parsed)) {
  if (outcome.kind === 'error') {
    failed = true;
    console.error(`translation:done: ${outcome.slug}: ${outcome.reason}`);
  } else if (outcome.kind === 'skipped') {
    console.log(`skipped ${outcome.slug}: ${outcome.reason}`);
  } else {
    if (outcome.kind === 'stamped') await writeFile(join(root, outcome.path), outcome.content);
    const verb = outcome.kind === 'stamped' ? 'stamped' : 'already stamped';
    console.log(`${verb} ${outcome.path} as a translation of ${outcome.originalPath} (${outcome.hash})`);
  }
}
process.exitCode = failed ? 1 : 0;

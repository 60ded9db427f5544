/**
 * `npm run links:record`: brings content/published-links.txt up to date with what the posts
 * publish now. It adds addresses and keeps every recorded one: a removed address stays until
 * a redirect, an alias or a "gone: <reason>" accounts for it (npm run check says which).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { checkFrontMatter, publishedFilesOf } from '../lib/checks/content-checks';
import { parseRecord, PUBLISHED_LINKS_FILE, publishedLinks, updatedRecord } from '../lib/checks/published-links';
import { renderBodies } from '../lib/checks/render-bodies';
import { readPostFiles } from '../lib/content/read-posts';

const root = resolve(process.argv[2] ?? '.');
const { files } = await readPostFiles(root);
const parsed = checkFrontMatter(files, new Date(), []);
const links = publishedLinks(publishedFilesOf(parsed, await renderBodies(root, parsed, true)));
const file = join(root, PUBLISHED_LINKS_FILE);
const previous = await readFile(file, 'utf8').catch(() => undefined);
const next = updatedRecord(previous, links);
await writeFile(file, next);
const added = parseRecord(next).length - parseRecord(previous ?? '').length;
console.log(`${PUBLISHED_LINKS_FILE}: ${links.size} address(es) published now, ${added} added to the record`);

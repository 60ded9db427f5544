/**
 * Draws the share card of every published post into the content-addressed cache, in a process
 * of its own, while `astro build` syncs the content on the other core (started by
 * src/integrations/share-cards-ahead.ts). The build's share.png routes then read the cards.
 *
 * Protocol, one line each: it prints `planned <key> <key>…` once, then `start <key>` and
 * `drawn <key>` per card; it reads `claimed <key>` for cards the build has begun itself.
 */
import { createInterface } from 'node:readline';
import { LOCALES } from '../i18n/locales';
import { splitFrontMatter } from '../lib/content/front-matter';
import { postSchema } from '../lib/content/post-schema';
import { readPostFiles } from '../lib/content/read-posts';
import { shareCardOf } from '../lib/meta/share-card-text';
import { renderShareImage, shareImageKey, type ShareCard } from '../lib/meta/share-image';

// A few cards at once: resvg and zlib work on the thread pool while Satori lays out the next.
const CARDS_AT_ONCE = 3;

const root = process.argv[2] ?? process.cwd();
const claimed = new Set<string>();
createInterface({ input: process.stdin })
  .on('line', (line) => {
    const [word, key] = line.split(' ');
    if (word === 'claimed' && key) claimed.add(key);
  })
  // The build is over (or failed): nobody will read the rest.
  .on('close', () => process.exit(0));
// A build that stopped (its checks failed) may close the pipe before its end of stdin closes:
// a line written then is nobody's loss, and its EPIPE must not print a stack trace into the
// build's output.
process.stdout.on('error', () => process.exit(0));

// Close to the order of the build's routes (each slug in both locales, src/lib/post-index.ts);
// a route that comes earlier than its card claims it and draws it itself.
const { files } = await readPostFiles(root);
const cards: { key: string; card: ShareCard; slug: string; locale: number }[] = [];
for (const file of files) {
  const split = splitFrontMatter(file.source);
  const parsed = split.yamlError ? undefined : postSchema.safeParse(split.data);
  // The build checked the front matter before starting this; drafts get no page.
  if (!parsed?.success || parsed.data.draft) continue;
  const card = shareCardOf(parsed.data, file.locale);
  cards.push({ key: shareImageKey(card), card, slug: file.slug, locale: LOCALES.indexOf(file.locale) });
}
cards.sort((a, b) => a.slug.localeCompare(b.slug) || a.locale - b.locale);
process.stdout.write(`planned ${cards.map((entry) => entry.key).join(' ')}\n`);

let next = 0;
async function drawNext(): Promise<void> {
  for (let index = next++; index < cards.length; index = next++) {
    const entry = cards[index];
    if (!entry || claimed.has(entry.key)) continue;
    process.stdout.write(`start ${entry.key}\n`);
    await renderShareImage(entry.card);
    process.stdout.write(`drawn ${entry.key}\n`);
  }
}
await Promise.all(Array.from({ length: CARDS_AT_ONCE }, drawNext));
process.exit(0);

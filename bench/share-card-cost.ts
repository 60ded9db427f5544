/**
 * Per-card cost of drawing share cards, without the cache: wall time, CPU of the main thread
 * (`process.threadCpuUsage`) and CPU of the whole process (main thread plus libuv's pool,
 * where resvg rasterises and zlib deflates). Cards are drawn one after another so that each
 * figure belongs to one card. `KUBECON_RECAP_LEVERS=off` measures the single-pass drawing.
 *
 *   npx tsx bench/share-card-cost.ts [cards=24]
 */
import { readFileSync } from 'node:fs';
import { drawShareImage, type ShareCard } from '../src/lib/meta/share-image';

const count = Number(process.argv[2] ?? 24);
const labels = ['Rückblick', 'Highlight', 'Follow-up'];
const cards: ShareCard[] = Array.from({ length: count + 4 }, (_, index) => ({
  title: `Synthetischer Beitrag ${index}: „Plattformen“ für Entwickler*innen${index % 3 === 0 ? ', mit einem Titel, der umbrechen muss' : ''}`,
  session: index % 2 === 0 ? `Talk · Building a Platform Engineering API Layer with kcp, part ${index}` : undefined,
  event: 'KubeCon + CloudNativeCon Europe 2024 · Paris',
  label: labels[index % labels.length] as string,
}));

// The first cards pay for font loading, JIT and the frames: not what a card costs.
for (const card of cards.slice(0, 4)) await drawShareImage(card);

const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const wallStart = performance.now();
const processStart = process.cpuUsage();
const mainStart = process.threadCpuUsage();
let bytes = 0;
for (const card of cards.slice(4)) bytes += (await drawShareImage(card)).length;
const wall = performance.now() - wallStart;
const processCpu = process.cpuUsage(processStart);
const mainCpu = process.threadCpuUsage(mainStart);
const perCard = (micros: { user: number; system: number }) => ((micros.user + micros.system) / 1000 / count).toFixed(2);
console.log(
  `${process.env.KUBECON_RECAP_LEVERS === 'off' ? 'levers off' : 'levers on'}: ${count} cards, per card: wall ${(wall / count).toFixed(2)} ms, ` +
    `main thread CPU ${perCard(mainCpu)} ms, process CPU ${perCard(processCpu)} ms, ${Math.round(bytes / count)} B; load ${load}`,
);

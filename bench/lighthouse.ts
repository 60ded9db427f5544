import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../src/lib/preview/chromium';
import { median } from './measure';

/** Lighthouse's four category scores (0–100) and the core timings of one page, medians of runs. */
export interface LighthouseFigures {
  path: string;
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Runs Lighthouse's mobile preset `runs` times on each page in Debian's Chromium, offline. */
export async function runLighthouse(baseUrl: string, paths: readonly string[], chromePath: string, runs = 3): Promise<LighthouseFigures[]> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: CHROMIUM_ARGS,
  });
  try {
    const figures: LighthouseFigures[] = [];
    for (const path of paths) {
      const samples: { scores: Record<string, number>; fcp: number; lcp: number; tbt: number; cls: number }[] = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(`${baseUrl}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        const { lhr } = result;
        const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
        samples.push({
          scores: Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])),
          fcp: numeric('first-contentful-paint'),
          lcp: numeric('largest-contentful-paint'),
          tbt: numeric('total-blocking-time'),
          cls: numeric('cumulative-layout-shift'),
        });
      }
      figures.push({
        path,
        scores: Object.fromEntries(
          CATEGORIES.map((category) => [category, median(samples.map((sample) => sample.scores[category] ?? 0))]),
        ) as LighthouseFigures['scores'],
        fcpMs: median(samples.map((sample) => sample.fcp)),
        lcpMs: median(samples.map((sample) => sample.lcp)),
        tbtMs: median(samples.map((sample) => sample.tbt)),
        cls: median(samples.map((sample) => sample.cls)),
      });
    }
    return figures;
  } finally {
    chrome.kill();
  }
}

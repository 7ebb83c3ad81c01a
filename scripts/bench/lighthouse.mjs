// Lighthouse through its Node API, in the system Chromium started by chrome-launcher, with
// Lighthouse's defaults: mobile form factor and simulated throttling.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs } from '../chromium.mjs';
import { median } from './budgets.mjs';
import { lighthouseCategories } from './config.mjs';

/**
 * Runs Lighthouse `runs` times on each page and keeps the median of each score and metric.
 * Audits that cost points in any run are listed with the runs they failed in, and every
 * report is saved to `reportDir` for a closer look.
 * @param {{ chromePath: string, origin: string, pages: { id: string, path: string }[], runs: number,
 *   reportDir: string, log: (line: string) => void }} options
 */
export async function runLighthouse({ chromePath, origin, pages, runs, reportDir, log }) {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  const results = {};
  let version = '';
  try {
    for (const page of pages) {
      const lhrs = [];
      for (let run = 1; run <= runs; run++) {
        const result = await lighthouse(origin + page.path, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: lighthouseCategories,
        });
        const lhr = result?.lhr;
        if (!lhr) throw new Error(`Lighthouse returned no report for ${page.path}`);
        if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.path}: ${lhr.runtimeError.message}`);
        version = lhr.lighthouseVersion;
        await writeFile(join(reportDir, `${page.id}-${run}.json`), JSON.stringify(lhr));
        lhrs.push(lhr);
        log(`  lighthouse ${page.path} run ${run}/${runs}: performance ${score(lhr, 'performance')}`);
      }
      results[page.id] = summarize(lhrs);
    }
  } finally {
    chrome.kill();
  }
  return { version, results };
}

const score = (lhr, category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);

/** Medians over the runs, and the audits that cost points. */
function summarize(lhrs) {
  const metric = (id) => median(lhrs.map((lhr) => lhr.audits[id]?.numericValue ?? NaN));
  /** @type {Record<string, { category: string, title: string, failedRuns: number, displayValue?: string }>} */
  const costs = {};
  for (const lhr of lhrs) {
    for (const category of lighthouseCategories) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!ref.weight || audit?.score == null || audit.score >= 1) continue;
        const key = `${category}/${ref.id}`;
        costs[key] ??= { category, title: audit.title, failedRuns: 0 };
        costs[key].failedRuns++;
        if (audit.displayValue) costs[key].displayValue = audit.displayValue;
      }
    }
  }
  return {
    runs: lhrs.length,
    scores: Object.fromEntries(
      lighthouseCategories.map((c) => [c, median(lhrs.map((lhr) => score(lhr, c)))]),
    ),
    // Unrounded, so that the budgets of 0 catch any shift or blocking at all.
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    audits: Object.entries(costs).map(([key, value]) => ({ id: key.split('/')[1], ...value })),
  };
}

// Performance benchmark: cold build, first-load transfer, Lighthouse, search and decision-tree
// latency, checked against the budgets in scripts/bench/config.mjs. Prints a Markdown report on
// stdout, progress on stderr, writes bench/results.json and exits 1 if a budget is missed.
//
//   npm run bench                         the full run (builds dist/ from scratch)
//   npm run bench -- --skip-build         measure the dist/ that is there, no build figures
//   npm run bench -- --runs 1 --port 4748 one Lighthouse run per page, another port
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { checkBudgets, describeCheck } from './bench/budgets.mjs';
import { budgets, calculatorQuery, pages, searchQueries } from './bench/config.mjs';
import { measurePriceRefresh, priceDataBytes } from './bench/prices.mjs';
import { calculatorLatency, decisionTreeLatency, searchLatency } from './bench/interactions.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { markdownReport } from './bench/report.mjs';
import { coldBuild, startPreview } from './bench/site.mjs';
import { measureTransfer } from './bench/transfer.mjs';
import { chromiumLaunchOptions } from './chromium.mjs';

const { values: args } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '4747' },
  },
});
const runs = Number(args.runs);
const port = Number(args.port);
if (!(runs >= 1)) throw new Error('--runs must be a whole number ≥ 1');
if (!(port >= 1024 && port < 65536)) throw new Error('--port must be a port number');

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'bench');
const scratch = join(benchDir, '.tmp');
const started = performance.now();
const log = (line) => console.error(line);

await rm(scratch, { recursive: true, force: true });
await mkdir(join(scratch, 'lighthouse'), { recursive: true });

const launch = await chromiumLaunchOptions({ fullBrowser: true });
const origin = `http://127.0.0.1:${port}`;
// Built for the origin it is served from, as a deployment is, so canonical and alternate
// links point at the pages Lighthouse loads.
const buildEnv = { SITE_URL: origin, BASE_PATH: '/' };

const results = {
  complete: !args['skip-build'],
  takenAt: new Date().toISOString(),
  machine: machine(launch.executablePath),
  budgets,
  build: null,
  pages: pages.map((p) => ({ ...p, transfer: null, lighthouse: null })),
  search: null,
  decisionTree: null,
  calculator: null,
  prices: null,
  checks: [],
  runtimeMs: 0,
};

if (!args['skip-build']) {
  log('cold build…');
  const coldMs = await coldBuild({
    root,
    outDir: 'dist',
    env: buildEnv,
    logFile: join(scratch, 'build.log'),
  });
  log(`  ${(coldMs / 1000).toFixed(1)} s`);
  log('cold build with DIAGRAMS=off…');
  const noDiagramsDir = join('bench', '.tmp', 'no-diagrams');
  const noDiagramsMs = await coldBuild({
    root,
    outDir: noDiagramsDir,
    env: { ...buildEnv, DIAGRAMS: 'off' },
    logFile: join(scratch, 'build-no-diagrams.log'),
  });
  await rm(join(root, noDiagramsDir), { recursive: true, force: true });
  log(`  ${(noDiagramsMs / 1000).toFixed(1)} s`);
  results.build = { coldMs, noDiagramsMs, diagramsMs: coldMs - noDiagramsMs };
}

const server = await startPreview({ root, outDir: 'dist', port });
let browser;
try {
  browser = await chromium.launch(launch);
  for (const page of results.pages) {
    log(`transfer ${page.path}`);
    page.transfer = await measureTransfer(browser, origin + page.path);
  }
  log('search latency…');
  results.search = await searchLatency(browser, origin, searchQueries);
  log('decision tree latency…');
  const island = pages.find((p) => p.id === 'decide');
  results.decisionTree = await decisionTreeLatency(browser, origin + island.path);
  log('cost calculator recompute…');
  const calculator = pages.find((p) => p.id === 'calculator');
  results.calculator = await calculatorLatency(browser, origin + calculator.path + calculatorQuery);
  log('price data and prices:update…');
  results.prices = {
    dataBytes: await priceDataBytes(origin + calculator.path),
    ...(await measurePriceRefresh({ root, scratch, syntheticBytes: budgets.pricesSyntheticBytes, log })),
  };
  await browser.close();
  browser = undefined;

  log(`lighthouse, ${runs} run(s) per page…`);
  const lighthouse = await runLighthouse({
    chromePath: launch.executablePath,
    origin,
    pages,
    runs,
    reportDir: join(scratch, 'lighthouse'),
    log,
  });
  results.machine.lighthouse = lighthouse.version;
  for (const page of results.pages) page.lighthouse = lighthouse.results[page.id];
} finally {
  await browser?.close();
  await server.stop();
}

results.checks = checkBudgets(results);
results.runtimeMs = performance.now() - started;
await writeFile(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(markdownReport(results, results.checks));

const missed = results.checks.filter((c) => c.status === 'fail');
if (missed.length) {
  log(`\n${missed.length} budget(s) missed:`);
  for (const check of missed) log(`  ${describeCheck(check)}`);
  process.exitCode = 1;
}

/** What the figures were taken on. */
function machine(chromePath) {
  let os = process.platform;
  try {
    os = /^PRETTY_NAME="?(.*?)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
  } catch {
    // not Linux: the platform name will do
  }
  // Debian's chromium wrapper prints shell noise on stderr; the version is on stdout.
  const version = execFileSync(chromePath, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return {
    os,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    chromium: version.trim().replace(/ built on .*/, ''),
    lighthouse: null,
  };
}

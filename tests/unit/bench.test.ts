import { describe, expect, it } from 'vitest';
import { checkBudgets, describeCheck, median } from '../../scripts/bench/budgets.mjs';
import { budgets, pages } from '../../scripts/bench/config.mjs';
import { treePaths } from '../../scripts/bench/tree-paths.mjs';
import { readData } from '../../src/data/files';
import { isOutcome } from '../../src/lib/decision-tree/engine';
import { toEngineTree } from '../../src/lib/decision-tree/from-data';

describe('bench: median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(median([Number.NaN, 5])).toBe(5);
  });
});

/** A run where every page meets every budget; tests change one figure at a time. */
function goodRun() {
  const script = (path: string) => ({ path, type: 'js', status: 200, bytes: 2000, gzip: 1000 });
  return {
    build: { coldMs: 20_000, noDiagramsMs: 12_000, diagramsMs: 8000 },
    pages: pages.map((p) => ({
      ...p,
      transfer: {
        html: 10_000,
        css: 10_000,
        js: 2000,
        other: 0,
        total: 22_000,
        requests: 5,
        resources: [script('/_astro/a.js'), script('/_astro/b.js')],
      },
      lighthouse: {
        runs: 3,
        scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
        lcpMs: 900,
        tbtMs: 0,
        cls: 0,
        audits: [] as { id: string; category: string }[],
      },
    })),
    search: { medianMs: 120, failures: [] as string[], samples: [] },
    decisionTree: { medianMs: 10, samples: [] },
    calculator: { medianMs: 3, inputs: 10, samples: [] as number[] },
    prices: {
      dataBytes: 3000,
      fixturesMs: 700,
      synthetic: { bytes: 310 * 1024 * 1024, ms: 40_000, peakRssBytes: (120 * 1024 * 1024) as number | null },
    },
  };
}
const failed = (run: ReturnType<typeof goodRun>) =>
  checkBudgets(run)
    .filter((c) => c.status === 'fail')
    .map((c) => c.name);
const page = (run: ReturnType<typeof goodRun>, id: string) => run.pages.find((p) => p.id === id)!;

describe('bench: budgets', () => {
  it('holds the calculator to 8 KB of its own script and 15 KB of price data', () => {
    const run = goodRun();
    const calc = page(run, 'calculator');
    calc.transfer.resources.push({
      path: '/_astro/calc.js',
      type: 'js',
      status: 200,
      bytes: 1,
      gzip: budgets.calculatorJsBytes,
    });
    calc.transfer.js = 2000 + budgets.calculatorJsBytes;
    run.prices.dataBytes = budgets.priceDataBytes;
    expect(failed(run)).toEqual([]);
    calc.transfer.resources.at(-1)!.gzip += 1;
    run.prices.dataBytes += 1;
    expect(failed(run)).toEqual([
      'cost calculator: its own JS (gzip)',
      'cost calculator: price data sent (gzip)',
    ]);
  });

  it('holds the price refresh to 2 s over the fixtures and 250 MB of memory over a 300 MB file', () => {
    const run = goodRun();
    run.prices.fixturesMs = 2000;
    run.prices.synthetic.peakRssBytes = 250 * 1024 * 1024;
    expect(failed(run)).toEqual([
      'prices:update over the fixtures',
      'prices:update peak memory over a synthetic offer file',
    ]);
    const small = goodRun();
    small.prices.synthetic.bytes = 299 * 1024 * 1024;
    expect(failed(small)).toEqual(['prices:update peak memory over a synthetic offer file']);
    const unmeasured = goodRun();
    unmeasured.prices.synthetic.peakRssBytes = null;
    expect(failed(unmeasured)).toEqual(['prices:update peak memory over a synthetic offer file']);
  });

  it('passes a run within every budget', () => {
    expect(failed(goodRun())).toEqual([]);
  });

  it('names the page and the Lighthouse audits that cost points', () => {
    const run = goodRun();
    page(run, 'glossary').lighthouse.scores.seo = 92;
    page(run, 'glossary').lighthouse.audits = [{ id: 'link-text', category: 'seo' }];
    const checks = checkBudgets(run).filter((c) => c.status === 'fail');
    expect(checks.map((c) => c.name)).toEqual(['Lighthouse seo on /glossary/']);
    expect(describeCheck(checks[0]!)).toContain('link-text');
  });

  it('accepts less JS than the baseline when no script is added (a page without a contents list)', () => {
    const run = goodRun();
    const home = page(run, 'home');
    home.transfer.js -= 1000;
    home.transfer.total -= 1000;
    home.transfer.resources.pop();
    expect(failed(run)).toEqual([]);
  });

  it('wants no script the baseline lacks on a content page', () => {
    const run = goodRun();
    const cost = page(run, 'guide');
    cost.transfer.js += 1;
    cost.transfer.total += 1;
    cost.transfer.resources.push({ path: '/_astro/toc.js', type: 'js', status: 200, bytes: 1, gzip: 1 });
    expect(failed(run)).toEqual(['JS (gzip) on /cost/']);
    expect(describeCheck(checkBudgets(run).find((c) => c.name === 'JS (gzip) on /cost/')!)).toContain(
      '/_astro/toc.js',
    );
  });

  it('holds every content page, the baseline too, to 6 KB of JS before any interaction', () => {
    const run = goodRun();
    page(run, 'about').transfer.js = budgets.contentPageJsBytes;
    page(run, 'guide').transfer.js = budgets.contentPageJsBytes;
    expect(failed(run)).toEqual([]);
    page(run, 'about').transfer.js += 1;
    page(run, 'guide').transfer.js += 1;
    expect(failed(run)).toEqual(['JS (gzip) on /cost/', 'JS (gzip) on /about/']);
  });

  it('allows the decision tree 6 KB of island script on top of that, and no more', () => {
    const run = goodRun();
    page(run, 'decide').transfer.js = budgets.contentPageJsBytes + budgets.islandExtraJsBytes;
    page(run, 'decide').transfer.resources.push({
      path: '/_astro/tree.js',
      type: 'js',
      status: 200,
      bytes: 1,
      gzip: 1,
    });
    expect(failed(run)).toEqual([]);
    page(run, 'decide').transfer.js += 1;
    expect(failed(run)).toEqual(['JS (gzip) on /decide/']);
  });

  it('holds first-load transfer to 1.5 times the baseline', () => {
    const run = goodRun();
    page(run, 'architecture').transfer.total = 22_000 * 1.5;
    expect(failed(run)).toEqual([]);
    page(run, 'architecture').transfer.total += 1;
    expect(failed(run)).toEqual(['first-load transfer on /architecture/']);
  });

  it('allows no layout shift at all and at most 100 ms of blocking time', () => {
    const run = goodRun();
    page(run, 'compare').lighthouse.cls = 0.0001;
    page(run, 'decide').lighthouse.tbtMs = 100;
    page(run, 'home').lighthouse.tbtMs = 100.5;
    expect(failed(run)).toEqual(['TBT on /', 'CLS on /compare/']);
  });

  it('checks search, the decision tree, the calculator and the build, and fails a query with no result', () => {
    const run = goodRun();
    expect(failed(run)).toEqual([]);
    run.search.medianMs = 300;
    run.decisionTree.medianMs = 50;
    run.calculator.medianMs = 16;
    run.build.coldMs = 60_000;
    expect(failed(run)).toEqual([
      'search: first result (median)',
      'decision tree: next question (median)',
      'cost calculator: recompute (median)',
      'cold build',
    ]);
    const other = goodRun();
    other.search.failures = ['LoRA'];
    expect(failed(other)).toEqual(['search: first result (median)']);
  });

  it('reports parts that were not run as skipped, not as missed', () => {
    const run = { ...goodRun(), build: null };
    const build = checkBudgets(run).find((c) => c.name === 'cold build')!;
    expect(build.status).toBe('skipped');
  });
});

describe('bench: decision-tree paths', () => {
  it('walks every path from the root to an outcome', () => {
    const tree = toEngineTree(readData('decisionTree'));
    const paths = treePaths(tree);
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      expect(path[0]!.node).toBe(tree.root);
      expect(isOutcome(tree, path.at(-1)!.next)).toBe(true);
      for (const [i, step] of path.entries()) if (i > 0) expect(step.node).toBe(path[i - 1]!.next);
    }
    const outcomes = new Set(paths.map((p) => p.at(-1)!.next));
    const all = Object.keys(tree.nodes).filter((id) => isOutcome(tree, id));
    expect([...outcomes].sort()).toEqual(all.sort());
  });
});

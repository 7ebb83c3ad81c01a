// Pure functions: the median of samples and the budget checks over a finished run.
import { KB, baselineId, budgets as defaultBudgets, islandIds, lighthouseCategories } from './config.mjs';

/**
 * @param {number[]} values
 * @returns {number | null} the median (mean of the two middle values for an even count)
 */
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * @typedef {object} Check
 * @property {string} name what is checked, naming the page where there is one
 * @property {number | null} measured null when the measurement failed
 * @property {number} limit
 * @property {string} unit
 * @property {'pass' | 'fail' | 'skipped'} status
 * @property {string} [note] why it failed, when the figures alone do not say
 */

/** Script files of a page, by path, for saying which ones differ from the baseline's. */
const scripts = (page) => new Set(page.transfer.resources.filter((r) => r.type === 'js').map((r) => r.path));

/**
 * Checks every budget against a run's results. A part that was not run (e.g. the build with
 * --skip-build) gives `skipped`; a part that ran but produced no figure fails.
 * @param {any} results the object written to bench/results.json
 * @param {typeof defaultBudgets} [budgets]
 * @returns {Check[]}
 */
export function checkBudgets(results, budgets = defaultBudgets) {
  /** @type {Check[]} */
  const checks = [];
  const add = (name, measured, limit, unit, ok, note) =>
    checks.push({
      name,
      measured: measured ?? null,
      limit,
      unit,
      status: ok === null ? 'skipped' : measured != null && ok ? 'pass' : 'fail',
      ...(note ? { note } : {}),
    });

  const baseline = results.pages.find((p) => p.id === baselineId);
  for (const page of results.pages) {
    const lh = page.lighthouse;
    for (const category of lighthouseCategories) {
      const score = lh ? lh.scores[category] : null;
      const costs = (lh?.audits ?? []).filter((a) => a.category === category).map((a) => a.id);
      add(
        `Lighthouse ${category} on ${page.path}`,
        score,
        budgets.lighthouseScore,
        'score',
        lh ? score >= budgets.lighthouseScore : null,
        costs.length ? `audits below full marks: ${costs.join(', ')}` : undefined,
      );
    }
    add(`CLS on ${page.path}`, lh?.cls, budgets.cls, '', lh ? lh.cls <= budgets.cls : null);
    add(`TBT on ${page.path}`, lh?.tbtMs, budgets.tbtMs, 'ms', lh ? lh.tbtMs <= budgets.tbtMs : null);

    if (!page.transfer || !baseline?.transfer) continue;
    const js = page.transfer.js;
    if (page.id !== baselineId) {
      const extra = [...scripts(page)].filter((s) => !scripts(baseline).has(s));
      const missing = [...scripts(baseline)].filter((s) => !scripts(page).has(s));
      const note = [
        extra.length ? `scripts not on the baseline: ${extra.join(', ')}` : '',
        missing.length ? `baseline scripts missing: ${missing.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join('; ');
      if (islandIds.includes(page.id)) {
        const own = page.transfer.resources
          .filter((r) => r.type === 'js' && !scripts(baseline).has(r.path))
          .reduce((n, r) => n + r.gzip, 0);
        const extra = page.id === 'calculator' ? budgets.calculatorJsBytes : budgets.islandExtraJsBytes;
        const limit = budgets.contentPageJsBytes + extra;
        add(`JS (gzip) on ${page.path}`, js, limit, 'B', js <= limit, note);
        if (page.id === 'calculator')
          add(
            'cost calculator: its own JS (gzip)',
            own,
            budgets.calculatorJsBytes,
            'B',
            own <= budgets.calculatorJsBytes,
          );
      } else {
        // No page may bring script the baseline does not have. Pages without Starlight's table
        // of contents (the splash home page, the glossary) load less, which is fine.
        add(
          `JS (gzip) on ${page.path}`,
          js,
          budgets.contentPageJsBytes,
          'B',
          js <= budgets.contentPageJsBytes && extra.length === 0,
          note,
        );
      }
    } else {
      add(`JS (gzip) on ${page.path}`, js, budgets.contentPageJsBytes, 'B', js <= budgets.contentPageJsBytes);
    }
    const limit = Math.floor(baseline.transfer.total * budgets.transferRatio);
    add(`first-load transfer on ${page.path}`, page.transfer.total, limit, 'B', page.transfer.total <= limit);
  }

  const search = results.search;
  add(
    'search: first result (median)',
    search?.medianMs,
    budgets.searchMs,
    'ms',
    search ? search.medianMs < budgets.searchMs && search.failures.length === 0 : null,
    search?.failures.length ? `no result for: ${search.failures.join(', ')}` : undefined,
  );
  const tree = results.decisionTree;
  add(
    'decision tree: next question (median)',
    tree?.medianMs,
    budgets.treeMs,
    'ms',
    tree ? tree.medianMs < budgets.treeMs : null,
  );
  const calculator = results.calculator;
  add(
    'cost calculator: recompute (median)',
    calculator?.medianMs,
    budgets.calculatorMs,
    'ms',
    calculator ? calculator.medianMs < budgets.calculatorMs : null,
  );
  const prices = results.prices;
  add(
    'cost calculator: price data sent (gzip)',
    prices?.dataBytes,
    budgets.priceDataBytes,
    'B',
    prices ? prices.dataBytes <= budgets.priceDataBytes : null,
  );
  add(
    'prices:update over the fixtures',
    prices?.fixturesMs,
    budgets.pricesFixturesMs,
    'ms',
    prices ? prices.fixturesMs < budgets.pricesFixturesMs : null,
  );
  add(
    'prices:update peak memory over a synthetic offer file',
    prices?.synthetic.peakRssBytes,
    budgets.pricesPeakRssBytes,
    'B',
    prices
      ? prices.synthetic.peakRssBytes < budgets.pricesPeakRssBytes &&
          prices.synthetic.bytes >= budgets.pricesSyntheticBytes
      : null,
    prices
      ? `file of ${(prices.synthetic.bytes / KB / KB).toFixed(0)} MB read in ${(prices.synthetic.ms / 1000).toFixed(1)} s`
      : undefined,
  );
  const build = results.build;
  add(
    'cold build',
    build?.coldMs,
    budgets.coldBuildMs,
    'ms',
    build ? build.coldMs < budgets.coldBuildMs : null,
  );
  return checks;
}

/** A check as one line of text, e.g. for the list of missed budgets. */
export function describeCheck(/** @type {Check} */ check) {
  const fmt = (v) => {
    if (v == null) return 'no figure';
    if (check.unit === 'B') return `${(v / KB).toFixed(1)} KB (${v} B)`;
    if (check.unit === 'ms') return `${Number(v.toFixed(1))} ms`;
    if (check.unit === 'score') return `${v}`;
    return `${Number(v.toFixed(4))}`;
  };
  return `${check.name}: ${fmt(check.measured)}, budget ${fmt(check.limit)}${check.note ? ` (${check.note})` : ''}`;
}

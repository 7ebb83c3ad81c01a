// The Markdown report printed on stdout.
import { describeCheck } from './budgets.mjs';
import { KB, budgets } from './config.mjs';

const kb = (bytes) => (bytes == null ? '–' : `${(bytes / KB).toFixed(1)} KB`);
const ms = (value) => (value == null ? '–' : `${Math.round(value)} ms`);
const seconds = (value) => (value == null ? '–' : `${(value / 1000).toFixed(1)} s`);
const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (head, rows) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** @param {any} results @param {import('./budgets.mjs').Check[]} checks */
export function markdownReport(results, checks) {
  const status = (name) => {
    const check = checks.find((c) => c.name === name);
    return check ? { pass: 'ok', fail: '**missed**', skipped: 'not measured' }[check.status] : '';
  };
  const m = results.machine;
  const out = [];
  out.push(
    `Machine: ${m.os}, ${m.cpus} × ${m.cpuModel}, Node ${m.node}, ${m.chromium}, Lighthouse ${m.lighthouse ?? '–'}; ${results.takenAt}`,
    '',
  );

  const build = results.build;
  out.push(
    table(
      ['build', 'time', 'budget'],
      [
        [
          'cold build (no `dist/`, `.astro/` or `node_modules/.astro`)',
          seconds(build?.coldMs),
          `under ${seconds(budgets.coldBuildMs)}: ${status('cold build')}`,
        ],
        ['same, with `DIAGRAMS=off`', seconds(build?.noDiagramsMs), ''],
        ['time the diagrams add (difference)', seconds(build?.diagramsMs), ''],
      ],
    ),
    '',
  );

  const runs = results.pages.find((p) => p.lighthouse)?.lighthouse.runs;
  out.push(
    table(
      [
        'page',
        'type',
        'HTML',
        'CSS',
        'JS',
        'HTML+CSS+JS',
        'requests',
        'perf',
        'a11y',
        'best pr.',
        'SEO',
        'LCP',
        'TBT',
        'CLS',
      ],
      results.pages.map((p) => {
        const t = p.transfer;
        const lh = p.lighthouse;
        const s = (c) => lh?.scores[c] ?? '–';
        return [
          `\`${p.path}\``,
          p.type,
          kb(t?.html),
          kb(t?.css),
          kb(t?.js),
          kb(t?.total),
          t?.requests ?? '–',
          s('performance'),
          s('accessibility'),
          s('best-practices'),
          s('seo'),
          ms(lh?.lcpMs),
          ms(lh?.tbtMs),
          lh ? lh.cls.toFixed(3) : '–',
        ];
      }),
    ),
    '',
    `Sizes: response bodies compressed with gzip level 9; inline SVG, scripts and styles count as HTML; ` +
      `the search bundle (\`/pagefind/\`) is not fetched before search is opened. ` +
      `Lighthouse: mobile, simulated throttling, median of ${runs ?? '–'} run(s).`,
    '',
  );

  const search = results.search;
  const tree = results.decisionTree;
  const calculator = results.calculator;
  out.push(
    table(
      ['interaction (Chromium, no throttling)', 'median', 'samples', 'budget'],
      [
        [
          'search: typing a query to the first result',
          ms(search?.medianMs),
          search
            ? `${search.samples.length} queries; first result with its title: ${ms(search.medianTitleMs)}`
            : '–',
          `under ${budgets.searchMs} ms: ${status('search: first result (median)')}`,
        ],
        [
          'decision tree: clicking an answer to the next question',
          ms(tree?.medianMs),
          tree
            ? `${tree.clicks} clicks over ${tree.paths} paths; slowest ${ms(Math.max(...tree.samples.map((s) => s.ms)))}`
            : '–',
          `under ${budgets.treeMs} ms: ${status('decision tree: next question (median)')}`,
        ],
        [
          'cost calculator: an input change to the redrawn result',
          ms(calculator?.medianMs),
          calculator
            ? `${calculator.inputs} inputs typed; slowest ${ms(Math.max(...calculator.samples))}`
            : '–',
          `under ${budgets.calculatorMs} ms: ${status('cost calculator: recompute (median)')}`,
        ],
      ],
    ),
    '',
  );
  const prices = results.prices;
  const mb = (bytes) => (bytes == null ? '–' : `${(bytes / KB / KB).toFixed(0)} MB`);
  out.push(
    table(
      ['prices', 'figure', 'budget'],
      [
        [
          'price data the calculator page sends (gzip)',
          prices ? `${(prices.dataBytes / KB).toFixed(1)} KB` : '–',
          `at most ${budgets.priceDataBytes / KB} KB: ${status('cost calculator: price data sent (gzip)')}`,
        ],
        [
          '`prices:update` over the test fixtures',
          prices ? `${(prices.fixturesMs / 1000).toFixed(2)} s` : '–',
          `under ${budgets.pricesFixturesMs / 1000} s: ${status('prices:update over the fixtures')}`,
        ],
        [
          prices
            ? `\`prices:update\` over a generated ${mb(prices.synthetic.bytes)} offer file (${(prices.synthetic.ms / 1000).toFixed(1)} s), peak memory`
            : '`prices:update` over a generated offer file, peak memory',
          mb(prices?.synthetic.peakRssBytes),
          `under ${mb(budgets.pricesPeakRssBytes)}: ${status('prices:update peak memory over a synthetic offer file')}`,
        ],
      ],
    ),
    '',
  );

  const missed = checks.filter((c) => c.status === 'fail');
  const skipped = checks.filter((c) => c.status === 'skipped');
  out.push(
    `Budgets: ${checks.length - missed.length - skipped.length} met, ${missed.length} missed` +
      (skipped.length ? `, ${skipped.length} not measured` : '') +
      '.',
  );
  if (missed.length) out.push('', ...missed.map((c) => `- missed: ${describeCheck(c)}`));
  out.push('', `Bench runtime: ${seconds(results.runtimeMs)}.`);
  return out.join('\n');
}

// Search and decision-tree responsiveness, timed inside the page with performance.now(), so
// the figures do not include Playwright's round trips. A change counts as shown at the next
// animation frame after the DOM shows it.
import { median } from './budgets.mjs';
import { treePaths } from './tree-paths.mjs';

/**
 * Installed in a freshly loaded page before anything is pressed: resolves with the time from
 * the Ctrl+K that opens search (which also starts loading search: nothing of it
 * is loaded before) to the first search result (the result's box, before its title has loaded)
 * and to the first result with its title and link. The query is typed inside the page the
 * moment the search box shows (one input event, as a paste or a fast typist), so the figure
 * has no test-driver delay in it.
 */
function searchProbe({ query, timeoutMs }) {
  const w = /** @type {any} */ (window);
  w.__benchSearch = new Promise((resolve) => {
    let start;
    let typed = false;
    const marks = {};
    const root = document.getElementById('starlight__search');
    const finish = (value) => {
      observer.disconnect();
      resolve(value);
    };
    const mark = (name) => {
      if (name in marks) return;
      marks[name] = null;
      requestAnimationFrame(() => {
        marks[name] = performance.now() - start;
        if (marks.result != null && marks.title != null)
          finish({ firstResultMs: marks.result, firstTitleMs: marks.title, boxMs: marks.box });
      });
    };
    window.addEventListener(
      'keydown',
      (event) => {
        if (start !== undefined || !(event.ctrlKey && event.key.toLowerCase() === 'k')) return;
        start = event.timeStamp;
        setTimeout(() => finish({ error: `no result within ${timeoutMs} ms` }), timeoutMs);
        // Types the query at the first frame in which the search box shows.
        const typeWhenShown = () => {
          const input = root.querySelector('.pagefind-ui__search-input');
          if (!input?.checkVisibility()) return requestAnimationFrame(typeWhenShown);
          typed = true;
          marks.box = performance.now() - start;
          input.value = query;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        };
        requestAnimationFrame(typeWhenShown);
      },
      { capture: true },
    );
    const observer = new MutationObserver(() => {
      if (!typed) return;
      if (root.querySelector('.pagefind-ui__result')) mark('result');
      const links = root.querySelectorAll('.pagefind-ui__result-link');
      if ([...links].some((a) => a.textContent.trim())) mark('title');
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * For each query: a new tab in one browser context (as a reader moving between pages, so files
 * already fetched may come from the cache, but each page starts with no search loaded), open
 * the page and press Ctrl+K; the query is typed as soon as the search box is there. The time
 * runs from the key press.
 * @param {import('playwright').Browser} browser
 * @param {string} origin
 * @param {{ query: string, path: string }[]} queries
 */
export async function searchLatency(browser, origin, queries, timeoutMs = 10_000) {
  const context = await browser.newContext();
  const samples = [];
  try {
    for (const { query, path } of queries) {
      const page = await context.newPage();
      await page.goto(origin + path);
      await page.locator('site-search button[data-open-modal]:not([disabled])').waitFor();
      await page.evaluate(searchProbe, { query, timeoutMs });
      await page.keyboard.press('Control+k');
      const result = await page.evaluate(() => /** @type {any} */ (window).__benchSearch);
      samples.push({ query, path, ...result });
      await page.close();
    }
  } finally {
    await context.close();
  }
  const ok = samples.filter((s) => !s.error);
  return {
    medianMs: median(ok.map((s) => s.firstResultMs)),
    medianTitleMs: median(ok.map((s) => s.firstTitleMs)),
    failures: samples.filter((s) => s.error).map((s) => s.query),
    samples,
  };
}

/** Installed before each click: resolves with the time from the click to `next` shown. */
function treeProbe(next) {
  const tree = document.querySelector('decision-tree');
  const w = /** @type {any} */ (window);
  w.__benchTree = new Promise((resolve) => {
    let start;
    const finish = (value) => {
      observer.disconnect();
      resolve(value);
    };
    document.addEventListener(
      'click',
      (event) => {
        start = event.timeStamp;
        setTimeout(() => finish({ error: 'the next node was not shown within 5 s' }), 5000);
      },
      { capture: true, once: true },
    );
    const observer = new MutationObserver(() => {
      if (start === undefined) return;
      if (tree.querySelector('.dt-node.is-current')?.getAttribute('data-node') !== next) return;
      observer.disconnect();
      requestAnimationFrame(() => finish({ ms: performance.now() - start }));
    });
    observer.observe(tree, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/**
 * Walks every path through the tree on one page, clicking each answer and timing the next
 * question (or the outcome) to appear; Start over between paths is not timed.
 * @param {import('playwright').Browser} browser
 * @param {string} url
 */
export async function decisionTreeLatency(browser, url) {
  const context = await browser.newContext();
  const samples = [];
  try {
    const page = await context.newPage();
    await page.goto(url);
    const element = page.locator('decision-tree[data-ready]');
    await element.waitFor({ state: 'attached' });
    const paths = treePaths(JSON.parse((await element.getAttribute('data-tree')) ?? '{}'));
    for (const [i, steps] of paths.entries()) {
      if (i > 0) {
        await page.locator('decision-tree [data-action="restart"]').click();
        await page.locator('decision-tree .dt-node.is-current[data-root]').waitFor();
      }
      for (const step of steps) {
        await page.evaluate(treeProbe, step.next);
        await page
          .locator(`decision-tree .dt-node.is-current .dt-answer[data-answer="${step.answer}"]`)
          .click();
        const result = await page.evaluate(() => /** @type {any} */ (window).__benchTree);
        if (result.error) throw new Error(`${step.node} → ${step.answer}: ${result.error}`);
        samples.push({ ...step, ms: result.ms });
      }
    }
    return {
      medianMs: median(samples.map((s) => s.ms)),
      paths: paths.length,
      clicks: samples.length,
      samples,
    };
  } finally {
    await context.close();
  }
}

/** Values typed into the cost calculator, one after another, each a recompute to time. */
const calculatorInputs = [
  ['tin', '2B'],
  ['tout', '400M'],
  ['batch', '30'],
  ['hours', '12'],
  ['disc', '20'],
  ['people', '3000'],
  ['tps', '300'],
  ['tin', '40B'],
  ['rate', '4.2'],
  ['tout', '5M'],
];

/**
 * Types each value into the cost calculator and reads how long its recompute took (the island
 * measures itself as `cost-recompute`: parsing the state, the engine, the chart and the DOM
 * updates), and whether anything on the page moved.
 * @param {import('playwright').Browser} browser
 * @param {string} url
 */
export async function calculatorLatency(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('cost-calculator [data-out="chart"] svg').waitFor();
    await page.evaluate(() => performance.clearMeasures('cost-recompute'));
    for (const [name, value] of calculatorInputs) {
      await page.locator(`cost-calculator [name="${name}"]`).fill(value);
    }
    const samples = await page.evaluate(() =>
      performance.getEntriesByName('cost-recompute').map((entry) => entry.duration),
    );
    if (samples.length < calculatorInputs.length)
      throw new Error(`only ${samples.length} recomputes were measured`);
    return { medianMs: median(samples), inputs: calculatorInputs.length, samples };
  } finally {
    await context.close();
  }
}

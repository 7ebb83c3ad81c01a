// What the benchmark measures and the budgets it holds the site to.

/**
 * One page of each type. The baseline is /about/: a plain Markdown page with Starlight's default
 * chrome (sidebar, table of contents, search) and nothing of ours but the shared site script.
 * The glossary is rendered from data and has no table of contents, so it is measured as a type
 * of its own.
 */
export const pages = [
  { id: 'home', path: '/', type: 'home' },
  { id: 'overview', path: '/overview/', type: 'overview' },
  { id: 'guide', path: '/cost/', type: 'plain guide' },
  { id: 'compare', path: '/compare/', type: 'full comparison' },
  { id: 'architecture', path: '/architecture/', type: 'diagrams' },
  { id: 'decide', path: '/decide/', type: 'interactive island' },
  { id: 'calculator', path: '/cost/calculator/', type: 'calculator island' },
  { id: 'glossary', path: '/glossary/', type: 'glossary (from data)' },
  { id: 'about', path: '/about/', type: 'baseline' },
];

export const baselineId = 'about';
/** Pages allowed their own island script on top of the content-page budget (the decision tree, the cost calculator). */
export const islandIds = ['decide', 'calculator'];
/** The calculator page opened with an hourly rate, so both sides are priced and the chart drawn. */
export const calculatorQuery = '?rate=1.515';

/** 1 KB = 1,024 bytes throughout the report. */
export const KB = 1024;

export const budgets = {
  /** Every Lighthouse category, as Lighthouse displays it (0 to 100). */
  lighthouseScore: 100,
  /** Gzip JS any content page may load before any interaction (search loads on intent). */
  contentPageJsBytes: 6 * KB,
  /** Extra gzip JS allowed on an island page (decision tree) on top of that. */
  islandExtraJsBytes: 6 * KB,
  /** HTML + CSS + JS (gzip) of any page, as a multiple of the baseline's. */
  transferRatio: 1.5,
  cls: 0,
  /**
   * Total Blocking Time, median of the runs, on every page (mobile, simulated throttling). Not 0:
   * Lighthouse counts its own in-page evaluation tasks (`_lighthouse-eval.js`, up to ~100 ms of
   * simulated time) and the browser's first layout of a long page, so even /about/, a plain
   * Markdown page with next to no script, measured 9–57 ms. 100 ms is half of Lighthouse's
   * 200 ms "good" mark on mobile and catches a real regression: Starlight's table-of-contents
   * script, which watches every element of a page, measured 215–526 ms on /decide/ before the
   * site replaced it (src/scripts/starlight-toc.ts).
   */
  tbtMs: 100,
  /** Median time from Ctrl+K on a cold page (search not loaded yet) to the first result,
   * strictly under. */
  searchMs: 300,
  /** Median time from clicking an answer to the next question, strictly under. */
  treeMs: 50,
  /** Median time for the cost calculator to recompute and redraw after an input changes, strictly under (one frame). */
  calculatorMs: 16,
  /** Cold build, strictly under. */
  coldBuildMs: 60_000,
  /** Gzip JS of the cost calculator's own island (scripts the baseline page does not load). */
  calculatorJsBytes: 8 * KB,
  /** Gzip price data the calculator page sends to the browser (its price book). */
  priceDataBytes: 15 * KB,
  /** `prices:update` over the test fixtures, strictly under. */
  pricesFixturesMs: 2000,
  /** Size of the generated offer file the refresh streams, at least. */
  pricesSyntheticBytes: 300 * KB * KB,
  /** Peak resident memory of `prices:update` over that file, strictly under. */
  pricesPeakRssBytes: 250 * KB * KB,
};

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Queries a reader would type, with the page the search is opened from (English pages:
 * the search helper of the browser tests finds the English button and field names). */
export const searchQueries = [
  { query: 'LoRA', path: '/' },
  { query: 'guardrails', path: '/' },
  { query: 'per token', path: '/' },
  { query: 'shadow testing', path: '/' },
  { query: 'Spot instances', path: '/' },
  { query: 'model registry', path: '/' },
  { query: 'custom model import', path: '/' },
  { query: 'knowledge bases', path: '/' },
  { query: 'fine-tuning', path: '/' },
  { query: 'serverless inference', path: '/' },
];

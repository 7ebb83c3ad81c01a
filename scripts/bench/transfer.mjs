// What a page fetches on first load, by resource type, measured in Chromium.
import { gzipSync } from 'node:zlib';

/** Playwright's resource types, grouped the way the report counts them. */
const groups = { document: 'html', stylesheet: 'css', script: 'js' };

/**
 * Loads a page in a fresh browser context (empty cache) and waits until it is quiet: the load
 * event, the search button enabled (its script has run), then no request for 500 ms. Nothing
 * is touched, so search, loaded on intent, is not fetched; if it were, it would count.
 * Every response is counted; the search bundle under /pagefind/ is left out, since the page only
 * fetches it once search is used, and listed separately if it was fetched anyway.
 * Sizes are the response bodies compressed with gzip level 9, which is what a server that
 * gzips at the highest level sends; inline SVG, scripts and styles are part of the HTML.
 * @param {import('playwright').Browser} browser
 * @param {string} url
 */
export async function measureTransfer(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    /** @type {import('playwright').Response[]} */
    const responses = [];
    page.on('response', (r) => responses.push(r));
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('site-search button[data-open-modal]:not([disabled])').waitFor();
    await page.waitForLoadState('networkidle');

    const resources = [];
    const searchBundle = [];
    for (const response of responses) {
      const { pathname } = new URL(response.url());
      if (pathname.startsWith('/pagefind/')) {
        searchBundle.push(pathname);
        continue;
      }
      const body = await response.body().catch(() => Buffer.alloc(0));
      resources.push({
        path: pathname,
        type: groups[response.request().resourceType()] ?? 'other',
        status: response.status(),
        bytes: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
      });
    }
    const sum = (type) => resources.filter((r) => r.type === type).reduce((n, r) => n + r.gzip, 0);
    const html = sum('html');
    const css = sum('css');
    const js = sum('js');
    return {
      html,
      css,
      js,
      other: sum('other'),
      total: html + css + js,
      requests: resources.length,
      resources,
      searchBundleFetched: searchBundle,
    };
  } finally {
    await context.close();
  }
}

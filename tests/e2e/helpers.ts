import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { localePrefix } from '../../src/config/i18n';
import { localeConfig, locales } from '../../src/config/locales';

/** Every edition of the site: its language, its path prefix ("" or "vi/") and its lang tag. */
export const editions = locales.map((locale) => ({
  locale,
  prefix: localePrefix(locale),
  lang: localeConfig[locale].lang,
}));

/** Collects console errors and warnings, page errors and CSP violations of a page. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/** Every page path listed in the built sitemap, relative to the site's base. */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const index = await page.request.get('sitemap-index.xml');
  expect(index.ok(), 'sitemap-index.xml is served').toBe(true);
  const sitemaps = [...(await index.text()).matchAll(/<loc>(.*?)<\/loc>/g)].map(
    (m) => new URL(m[1]!).pathname,
  );
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    const body = await (await page.request.get(sitemap)).text();
    paths.push(...[...body.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  }
  return paths;
}

/**
 * The row and model pages (/compare/<row-id>/, /models/<id>/, one per row or model and
 * language) are one template each, filled from data: the browser checks take the largest of
 * each per language, and tests/e2e/row-pages.spec.ts requests every one of them.
 */
const rowPage = /^(.*\/)?(compare|models)\/(?!handout\/)[a-z0-9-]+\/$/;

/**
 * The pages a check of every page's rendering looks at, read from the build on disk when the
 * tests are collected (the build the tests are served, as in playwright.config.ts: OUT_DIR and
 * BASE_PATH): every page in the sitemap, but of the row and model pages only the largest per
 * language. Largest first, so that the test workers end together. Paths start with the base.
 */
export function sampledBuiltPages(): string[] {
  const outDir = process.env.OUT_DIR || 'dist';
  const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
  if (!existsSync(join(outDir, 'sitemap-index.xml')))
    throw new Error(`No built site in ${outDir}/ to test: build it first (npm run build).`);
  const locs = (file: string) =>
    [...readFileSync(join(outDir, file), 'utf8').matchAll(/<loc>(.*?)<\/loc>/g)].map(
      (m) => new URL(m[1]!).pathname,
    );
  const sizes = locs('sitemap-index.xml')
    .flatMap((sitemap) => locs(sitemap.slice(base.length)))
    .map((path) => ({ path, bytes: statSync(join(outDir, path.slice(base.length), 'index.html')).size }));
  const largestRow = new Map<string, { path: string; bytes: number }>();
  for (const size of sizes) {
    const match = rowPage.exec(size.path);
    if (!match) continue;
    const prefix = `${match[1] ?? ''}${match[2]}`;
    if ((largestRow.get(prefix)?.bytes ?? -1) < size.bytes) largestRow.set(prefix, size);
  }
  const kept = new Set([...largestRow.values()]);
  return sizes
    .filter((size) => !rowPage.test(size.path) || kept.has(size))
    .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))
    .map((size) => size.path);
}

/** Records CSP violations from the first script on, so a test can read them later. */
export async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
  });
}
export const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

/** Console errors/warnings, page errors and requests to any other origin. */
export function watchPage(page: Page, origin: string): string[] {
  const problems = watchConsole(page);
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
      problems.push(`third-party request: ${r.url()}`);
    }
  });
  return problems;
}

/** Opens the search dialog from the header (English or Vietnamese), types a query and returns the dialog. */
export async function search(page: Page, query: string) {
  await page
    .getByRole('button', { name: /^(Search|Tìm kiếm)/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill(query);
  // The results of this query, not those still shown from the previous one.
  if (query.trim()) {
    await expect(dialog.locator('.pagefind-ui__results-area')).not.toHaveAttribute('aria-busy', 'true');
    await expect(dialog.getByRole('status')).toContainText(query.trim());
  }
  return dialog;
}

/** The page paths of the first `count` search results, once results are shown. */
export async function topResults(page: Page, query: string, count = 3): Promise<string[]> {
  const dialog = await search(page, query);
  const titles = dialog.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title a');
  await expect(titles.first()).toBeVisible();
  // Each result fills in as its data arrives: wait for the first `count` (or all there are).
  const results = dialog.locator('.pagefind-ui__result');
  await expect.poll(async () => (await titles.count()) >= Math.min(count, await results.count())).toBe(true);
  const hrefs = await titles.evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  return hrefs.slice(0, count);
}

/**
 * One test per query, opened from `from`: the page that answers it is in the top three results,
 * and with `edition` set ("/vi/"), every top result is a page of that edition.
 */
export function rankingTests(from: string, queries: [query: string, page: string][], edition?: string) {
  for (const [query, expected] of queries) {
    test(`"${query}" → ${expected}`, async ({ page }) => {
      await page.goto(from);
      const top = await topResults(page, query);
      expect(top, `top results for "${query}"`).toContain(expected);
      if (edition) {
        expect(
          top.every((path) => path.startsWith(edition)),
          `only ${edition} pages`,
        ).toBe(true);
      }
    });
  }
}

/** A copy link was used: it says so beside itself and in the live region, and the URL is copied. */
export async function expectLinkCopied(page: Page, link: Locator, url: string, message = 'Link copied') {
  await expect(link).toHaveAttribute('data-copied', message);
  await expect(page.locator('#copy-link-status')).toHaveText(message);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
}

/** The decision tree island, its current question or outcome, and answering it. */
export const decisionTree = (page: Page) => page.locator('decision-tree');
export const currentStep = (page: Page) => decisionTree(page).locator('.dt-node.is-current h3');
export const chooseAnswer = (page: Page, label: RegExp) =>
  decisionTree(page).locator('.dt-node.is-current').getByRole('link', { name: label }).click();

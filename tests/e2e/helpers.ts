import { expect, type Page } from '@playwright/test';

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

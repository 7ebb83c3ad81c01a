import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { editions, search } from './helpers';

test('an unknown URL shows the helpful 404 page', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Full comparison/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Search/ })).toBeVisible();
});

test("each edition's 404 page is where every host finds it, and _redirects never shadows a page", async ({
  request,
}) => {
  // Cloudflare Pages serves the nearest 404.html; it applies every _redirects rule even where a
  // file exists, so a catch-all /<dir>/* rule (added only for Netlify builds) would hide every page.
  for (const { prefix, lang } of editions) {
    const notFound = await request.get(`${prefix}404.html`);
    expect(notFound.ok()).toBe(true);
    expect(await notFound.text()).toContain(`lang="${lang}"`);
  }
  // The preview server does not serve _redirects: read the built file.
  const rules = readFileSync('dist/_redirects', 'utf8');
  expect(rules).toMatch(/^\/comparison\/ \/compare\/ 301$/m);
  expect(rules).not.toMatch(/\*/);
});

test('the search dialog finds a word from the overview and opens the page', async ({ page }) => {
  await page.goto('');
  const dialog = await search(page, 'consumption layer');
  const hit = dialog.locator('.pagefind-ui__result-link', { hasText: 'At a glance' }).first();
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(page).toHaveURL(/\/overview\//);
  await expect(page.getByRole('heading', { level: 1, name: 'At a glance' })).toBeVisible();
});

test('pages show when their facts were last reviewed', async ({ page }) => {
  await page.goto('bedrock/');
  await expect(page.locator('.last-reviewed time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  // Each date says what it dates, and both are written the same way.
  await expect(page.locator('.last-reviewed')).toHaveText(
    /^Facts checked against the AWS documentation: \w{3} \d{1,2}, \d{4}$/,
  );
  await expect(page.locator('footer time')).toHaveText(/^\w{3} \d{1,2}, \d{4}$/);
  await page.goto('vi/bedrock/');
  await expect(page.locator('.last-reviewed time')).toHaveText(/^\d{1,2}\/\d{1,2}\/\d{4}$/);
  await expect(page.locator('footer time')).toHaveText(/^\d{1,2}\/\d{1,2}\/\d{4}$/);
  await page.goto('this-page-does-not-exist/');
  await expect(page.locator('.last-reviewed, footer time')).toHaveCount(0);
});

test('the home page has the header controls of every page and links to every page of the sidebar', async ({
  page,
}) => {
  for (const { prefix: home } of editions) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(home);
    await page.locator('button[popovertarget="starlight__sidebar"]').click();
    await expect(page.locator('starlight-theme-select select').last()).toBeVisible();
    await expect(page.locator('starlight-lang-select select').last()).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(home);
    const sidebar = await page
      .locator('#starlight__sidebar a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const linked = await page
      .locator('main a')
      .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(sidebar.length).toBeGreaterThan(10);
    expect(sidebar.filter((path) => !linked.includes(path))).toEqual([]);
  }
});

test('robots.txt lets crawlers in and points at the sitemap', async ({ request }) => {
  const robots = await request.get('robots.txt');
  expect(robots.ok()).toBe(true);
  const text = await robots.text();
  expect(text).toMatch(/^User-agent: \*\nAllow: \/\n/);
  const sitemap = /^Sitemap: (\S+)$/m.exec(text)![1]!;
  expect(new URL(sitemap).pathname).toMatch(/\/sitemap-index\.xml$/);
  expect((await request.get(new URL(sitemap).pathname.replace(/^\//, ''))).ok()).toBe(true);
});

test('a landscape phone (844 × 390) gets the phone layout: the sidebar in the menu, bars that scroll away', async ({
  page,
}) => {
  await page.setViewportSize({ width: 844, height: 390 });
  await page.goto('compare/#fine-tuning');
  await expect(page.locator('#starlight__sidebar')).toBeHidden();
  const row = page.locator('tr#fine-tuning');
  await expect(row).toBeInViewport();
  // The row has the screen to itself: no fixed header or "On this page" bar over it.
  const { top, header } = await row.evaluate((tr) => ({
    top: tr.getBoundingClientRect().top,
    header: document.querySelector('header.header')!.getBoundingClientRect().bottom,
  }));
  expect(header).toBeLessThanOrEqual(0);
  expect(top).toBeLessThan(120);
  // The menu button opens the sidebar.
  await page.evaluate(() => scrollTo(0, 0));
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.locator('#starlight__sidebar')).toBeVisible();
  await expect(
    page.locator('#starlight__sidebar').getByRole('link', { name: 'Full comparison' }),
  ).toBeVisible();
});

test('"On this page" follows the reader: Starlight\'s components with the site\'s lighter script', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('compare/');
  const toc = page.locator('.right-sidebar-panel starlight-toc');
  // The site's script (src/scripts/starlight-toc.ts) stands in for Starlight's.
  const script = await page.evaluate(() => String(customElements.get('starlight-toc')));
  expect(script).toContain('requestAnimationFrame');
  expect(script).not.toContain('IntersectionObserver');
  await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', '#_top');
  await page.evaluate(() => document.getElementById('cost')!.scrollIntoView());
  await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', '#cost');

  // On a phone the bar names the section being read and closes once a section is chosen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('compare/');
  const bar = page.locator('mobile-starlight-toc');
  await page.evaluate(() => document.getElementById('security')!.scrollIntoView());
  await expect(bar.locator('.display-current')).toHaveText(/Security and safety/);
  await bar.locator('summary').click();
  await bar.getByRole('link', { name: 'Cost and pricing' }).click();
  await expect(bar.locator('details')).not.toHaveAttribute('open');
  await expect(page).toHaveURL(/#cost$/);
});

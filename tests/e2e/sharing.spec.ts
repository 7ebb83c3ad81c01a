import { expect, test } from '@playwright/test';
import { redirects } from '../../src/config/redirects';
import { editions, expectLinkCopied } from './helpers';

test('the Markdown of the comparison keeps the data tables and absolute links', async ({ page }) => {
  await page.goto('compare/');
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
  const markdown = await (await page.request.get('compare.md')).text();
  expect(markdown).toContain('| Aspect');
  expect(markdown).toMatch(/\| LoRA and other parameter-efficient methods \(PEFT\).* +\| \*\*Partial\*\*: /);
  expect(markdown).toContain(`Source: <${canonical}>`);
  expect(markdown).toContain(`](${new URL('../cost/', canonical).href}`);
});

test.describe('heading copy links', () => {
  test('every H2 and H3 in the content has one; it copies the absolute URL with its hash', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('sales/talk-track/');
    const headings = page.locator('.sl-markdown-content :is(h2, h3)[id]');
    const count = await headings.count();
    expect(count).toBeGreaterThan(5);
    await expect(page.locator('.sl-markdown-content .sl-heading-wrapper > .sl-anchor-link')).toHaveCount(
      count,
    );

    // Keyboard: focus the first heading's link by tabbing, then press Enter.
    const first = page.locator('.sl-heading-wrapper .sl-anchor-link').first();
    const id = await headings.first().getAttribute('id');
    await expect(first).toHaveAccessibleName(/^Copy link to section/);
    await page.locator('.sl-markdown-content p').first().click();
    for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(first).toBeFocused();
    await expect(first).toHaveCSS('opacity', '1');
    await page.keyboard.press('Enter');
    await expectLinkCopied(page, first, new URL(`sales/talk-track/#${id}`, baseURL).href);
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
  });

  test('in Vietnamese the label and confirmation are Vietnamese', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('vi/compare/');
    const link = page.locator('.sl-heading-wrapper .sl-anchor-link').first();
    await expect(link).toHaveAccessibleName(/^Sao chép liên kết tới mục/);
    await link.click();
    await expect(page.locator('#copy-link-status')).toHaveText('Đã sao chép liên kết');
  });

  test('without JavaScript the heading link still goes to the heading', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('cost/');
    const link = page.locator('.sl-heading-wrapper .sl-anchor-link').nth(1);
    const href = await link.getAttribute('href');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await context.close();
  });
});

test.describe('redirects', () => {
  for (const [from, to] of Object.entries(redirects)) {
    test(`/${from} → /${to}, keeping the query and anchor, in every language`, async ({ page }) => {
      for (const { prefix, lang } of editions) {
        await page.goto(`${prefix}${from}?ref=chat#top`);
        await expect(page).toHaveURL(new RegExp(`/${prefix}${to}\\?ref=chat#top$`));
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
      }
    });
  }

  test('without JavaScript the redirect still happens', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    const [from, to] = Object.entries(redirects)[0]!;
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`/${to}$`));
    await context.close();
  });
});

test.describe('print', () => {
  for (const path of ['compare/', 'sales/talk-track/']) {
    test(`${path} prints as a clean document`, async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      for (const selector of [
        'header.header',
        'nav.sidebar',
        '.right-sidebar-container',
        'site-search',
        '.pagination-links',
        '.page-formats',
        '.sl-anchor-link',
      ]) {
        await expect(page.locator(selector).first(), selector).toBeHidden();
      }
      expect(await page.locator('main button:visible, main .copy-link:visible').count()).toBe(0);
      const content = page.locator('.sl-markdown-content');
      const width = (await content.boundingBox())!.width;
      expect(width).toBeGreaterThan(600);

      const rows = page.locator('.sl-markdown-content tr');
      if ((await rows.count()) > 0) {
        await expect(rows.first()).toHaveCSS('break-inside', 'avoid');
        await expect(page.locator('.sl-markdown-content thead').first()).toHaveCSS(
          'display',
          'table-header-group',
        );
        for (const table of await page.locator('.sl-markdown-content table').all()) {
          expect((await table.boundingBox())!.width).toBeLessThanOrEqual(width + 1);
        }
      }
      for (const svg of await page.locator('.sl-markdown-content figure svg').all()) {
        expect((await svg.boundingBox())!.width).toBeLessThanOrEqual(width + 1);
      }
      // Row and term sources stay short in print; every other external link shows its address.
      const external = page.locator('.sl-markdown-content a[href^="http"]:not(.source-link)').first();
      if ((await external.count()) > 0) {
        const href = await external.getAttribute('href');
        const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
        expect(after).toBe(`" (${href})"`);
      }
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    });
  }

  test('a diagram page fits its diagrams to the paper', async ({ page }) => {
    await page.goto('architecture/');
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 700, height: 1000 });
    const width = (await page.locator('.sl-markdown-content').boundingBox())!.width;
    const svgs = await page.locator('.sl-markdown-content figure svg').all();
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) expect((await svg.boundingBox())!.width).toBeLessThanOrEqual(width + 1);
  });
});

test('every page but the 404 has "Report a mistake", opening the new-issue form with the page filled in', async ({
  page,
}) => {
  await page.goto('compare/');
  const link = page.getByRole('link', { name: 'Report a mistake on this page' });
  const href = new URL((await link.getAttribute('href'))!);
  expect(href.pathname).toMatch(/\/issues\/new$/);
  expect(href.searchParams.get('title')).toBe('Mistake on “Full comparison”');
  expect(href.searchParams.get('body')).toMatch(/^Page: https?:\/\/[^ ]+\/compare\/\n/);
  await page.goto('vi/glossary/');
  await expect(page.getByRole('link', { name: 'Báo lỗi trên trang này' })).toHaveAttribute(
    'href',
    /issues\/new\?title=L%E1%BB%97i/,
  );
  await page.goto('no-such-page/');
  await expect(page.locator('.report-link')).toHaveCount(0);
});

test('the comparison filter hides empty sections and lives in the address, so a filtered view can be shared', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('compare/');
  await page.getByRole('searchbox', { name: 'Filter rows' }).fill('shadow');
  await expect(page).toHaveURL(/\?q=shadow$/);
  await expect(page.locator('#shadow-testing')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Models and access' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Deployment and inference' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Show only the differences' }).check();
  await expect(page).toHaveURL(/\?q=shadow&diff=1$/);
  const other = await browser.newContext({ baseURL: baseURL! });
  const shared = await other.newPage();
  await shared.goto('compare/?q=shadow&diff=1');
  await expect(shared.getByRole('searchbox', { name: 'Filter rows' })).toHaveValue('shadow');
  await expect(shared.getByRole('checkbox', { name: 'Show only the differences' })).toBeChecked();
  await expect(shared.getByRole('heading', { name: 'Models and access' })).toBeHidden();
  await expect(shared.getByRole('status')).toHaveText(/^\d+ of \d+ rows shown$/);
  await other.close();
});

test('the glossary has an A–Z jump list, a term filter and its letters in "On this page"', async ({
  page,
}) => {
  await page.goto('glossary/');
  const letters = page.getByRole('navigation', { name: 'Terms by first letter' }).getByRole('link');
  expect(await letters.count()).toBeGreaterThan(10);
  await page
    .getByRole('navigation', { name: 'Terms by first letter' })
    .getByRole('link', { name: 'L', exact: true })
    .click();
  await expect(page).toHaveURL(/#letter-l$/);
  await expect(
    page.locator('.right-sidebar-panel starlight-toc').getByRole('link', { name: 'L', exact: true }),
  ).toBeAttached();
  await page.getByRole('searchbox', { name: 'Filter terms' }).fill('lora');
  await expect(page.locator('#lora')).toBeVisible();
  await expect(page.locator('#letter-a')).toBeHidden();
  const shown = await page.locator('.glossary-term:visible').allTextContents();
  expect(shown.length).toBeLessThan(await page.locator('.glossary-term').count());
  expect(shown.every((text) => /lora/i.test(text))).toBe(true);
  await expect(page.locator('.glossary-term .choice').first()).toBeAttached();
});

import { expect, test } from '@playwright/test';
import { expectLinkCopied, watchConsole } from './helpers';

const rows = (page: import('@playwright/test').Page) => page.locator('tr[data-facts]');
const shown = (page: import('@playwright/test').Page) => page.locator('tr[data-facts]:not([hidden])');

test.describe('Bedrock models', () => {
  test('filters by Region and routing, keep the filter in the address and say how many are shown', async ({
    page,
  }) => {
    const errors = watchConsole(page);
    await page.goto('models/?region=eu-central-1&local=1');
    const total = await rows(page).count();
    expect(total).toBeGreaterThanOrEqual(30);
    // Models that run in Frankfurt without cross-Region routing, as recorded.
    await expect(shown(page)).toHaveCount(3);
    await expect(page.locator('model-filter [role="status"]')).toHaveText(`3 of ${total} models shown.`);
    for (const id of await shown(page).evaluateAll((trs) => trs.map((tr) => tr.id)))
      expect(id).toMatch(/^(devstral-2-123b|gpt-oss-20b|gpt-oss-120b)$/);
    // Through the EU profile too: more models, and the address follows.
    await page.getByLabel('Runs in that Region without cross-Region routing').uncheck();
    expect(await shown(page).count()).toBeGreaterThan(3);
    await expect(page).toHaveURL(/\?region=eu-central-1$/);
    await page.getByLabel('Prompts can stay in the EU').check();
    await page.locator('model-filter select[name="provider"]').selectOption('Anthropic');
    await expect(page).toHaveURL(/provider=Anthropic&region=eu-central-1&eu=1/);
    await expect(shown(page).first()).toHaveAttribute('data-model', /^claude-/);
    expect(errors).toEqual([]);
  });

  test('a filter value the page does not offer is dropped with a message', async ({ page }) => {
    await page.goto('models/?provider=Acme&tune=1');
    await expect(page.locator('model-filter [role="status"]')).toContainText(
      'could not be used and were cleared: provider',
    );
    await expect(page).toHaveURL(/\?tune=1$/);
    await expect(shown(page).first()).toBeVisible();
  });

  test("a row link lands on its row, and the chain icon copies the model's own page", async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('models/#claude-sonnet-5');
    const row = page.locator('#claude-sonnet-5');
    await expect(row).toBeInViewport();
    expect(await row.evaluate((tr) => tr.matches(':target'))).toBe(true);
    const link = row.locator('a.copy-link');
    await link.click();
    await expectLinkCopied(page, link, new URL('models/claude-sonnet-5/', baseURL).href);
  });

  test('a retired model keeps its link and names its successor', async ({ page }) => {
    await page.goto('models/#llama-3-1-405b');
    const row = page.locator('#llama-3-1-405b');
    await expect(row).toBeInViewport();
    await row.getByRole('link', { name: 'Llama 4 Maverick 17B' }).click();
    await expect(page).toHaveURL(/#llama-4-maverick-17b$/);
  });

  test('the calculator links the chosen model to its row', async ({ page }) => {
    await page.goto('cost/calculator/');
    const link = page.locator('[data-out="model-link"]');
    await expect(link).toHaveAttribute('href', /\/models\/#ministral-3-8b$/);
    await page.locator('cost-calculator [name="model"]').selectOption('claude-haiku-4-5');
    await expect(link).toHaveAttribute('href', /\/models\/#claude-haiku-4-5$/);
  });

  test('in Vietnamese the filters and cells speak Vietnamese', async ({ page }) => {
    await page.goto('vi/models/?region=eu-central-1&local=1');
    await expect(page.locator('model-filter label', { hasText: 'Nhà cung cấp' })).toBeVisible();
    await expect(page.locator('model-filter [role="status"]')).toHaveText(/^Đang hiện 3 trên \d+ mô hình\.$/);
    await expect(shown(page).first()).toContainText('Trong vùng');
  });
});

test.describe('Bedrock models on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('rows are cards with their column names, and nothing scrolls sideways', async ({ page }) => {
    await page.goto('models/');
    const first = rows(page).first();
    await expect(first).toHaveCSS('display', 'block');
    await expect(first.locator('.cell-label').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

import { expect, test } from '@playwright/test';
import { cspViolations, watchCsp, watchPage, search } from './helpers';

/* axe on every page, in both themes and at both widths, is part of the all-pages sweep (all-pages.spec.ts). */
test.describe('interactions stay clean', () => {
  test('search, theme switch, copy link and the decision tree raise no error or CSP violation', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await watchCsp(page);
    const problems = watchPage(page, new URL(baseURL!).origin);

    await page.goto('compare/');
    const dialog = await search(page, 'guardrails <b>"x"</b> 🚀');
    await expect(dialog.locator('.pagefind-ui__message')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page
      .locator('tr#lora-peft')
      .getByRole('link', { name: /Copy link/ })
      .click();
    await page.getByRole('searchbox', { name: 'Filter rows' }).fill('spot');
    problems.push(...(await cspViolations(page)).map((v) => `compare: CSP ${v}`));

    await page.goto('decide/?answers=broken');
    await page.getByRole('link', { name: /Predictions from our own data/ }).click();
    await page.getByRole('link', { name: /predictions only/ }).click();
    await page.getByRole('button', { name: 'Copy link to this result' }).click();
    problems.push(...(await cspViolations(page)).map((v) => `decide: CSP ${v}`));
    expect(problems).toEqual([]);
  });

  test('a very long or script-like search query is shown as text, with no error', async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, new URL(baseURL!).origin);
    await page.goto('');
    const dialog = await search(page, '');
    const box = dialog.getByRole('textbox', { name: 'Search' });
    for (const query of [
      '<img src=x onerror=alert(1)>',
      `"${'bedrock '.repeat(70)}"`,
      '🚀🤖 SageMaker',
      "'; DROP TABLE --",
    ]) {
      await box.fill(query);
      await expect(dialog.locator('.pagefind-ui__message')).toBeVisible();
    }
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(problems).toEqual([]);
  });
});

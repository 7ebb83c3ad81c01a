import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { cspViolations, sitemapSlices, watchCsp, watchPage, search } from './helpers';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
/** The rules whose result can change with the theme. */
const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * axe on every page in four variants: light and dark theme, desktop and 390 px. Each page is
 * loaded once; the theme is switched the way Starlight's own picker does it (data-theme on
 * <html>, remembered in localStorage) and the viewport is resized, so every variant is the
 * rendered page a reader would get.
 */
test.describe('every page has no accessibility violations (light and dark, desktop and 390 px)', () => {
  sitemapSlices(6, async (page, paths) => {
    const failures: string[] = [];
    for (const path of paths) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(path);
      for (const [name, width] of [
        ['desktop', 1280],
        ['phone', 390],
      ] as const) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        for (const theme of ['light', 'dark'] as const) {
          await page.evaluate((t) => {
            localStorage.setItem('starlight-theme', t);
            document.documentElement.dataset.theme = t;
          }, theme);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          // The theme changes colours only (same DOM, same layout), so in the second theme
          // only the rules about colour run again; in the first, every rule runs.
          const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
          const results = await (
            theme === 'light' ? axe.withTags(axeTags) : axe.withRules(colourRules)
          ).analyze();
          for (const v of results.violations) {
            const where = v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ');
            failures.push(`${path} (${name}, ${theme}) ${v.id}: ${where}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});

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

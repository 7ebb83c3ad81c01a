import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/config/locales';
import { readData } from '../../src/data/files';
import { localePrefix } from '../../src/config/i18n';
import { watchConsole } from './helpers';

const rows = readData('comparison').rows;
const models = readData('models').models;
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('a page per comparison row', () => {
  test('every row has its page, preview image and Markdown twin in every language', async ({ page }) => {
    const problems: string[] = [];
    for (const locale of locales) {
      await Promise.all(
        rows.map(async (row) => {
          const path = `${localePrefix(locale)}compare/${row.id}/`;
          const html = await (await page.request.get(path)).text();
          const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
          const title = /<meta property="og:title" content="([^"]+)"/.exec(html)?.[1];
          if (!image?.endsWith(`/og/${path.replace(/\/$/, '')}.png`))
            problems.push(`${path}: og:image ${image}`);
          else {
            const png = await page.request.get(new URL(image).pathname);
            if (png.headers()['content-type'] !== 'image/png') problems.push(`${path}: no image at ${image}`);
          }
          if (!title?.startsWith(row.aspect[locale].replace(/&/g, '&amp;').slice(0, 20)))
            problems.push(`${path}: og:title ${title}`);
          const markdown = await page.request.get(`${localePrefix(locale)}compare/${row.id}.md`);
          if (!markdown.ok()) problems.push(`${path}: no Markdown twin`);
          else if (!(await markdown.text()).includes(row.bedrock.sources[0]!.url))
            problems.push(`${path}: the Markdown twin lacks the Bedrock sources`);
        }),
      );
    }
    expect(problems).toEqual([]);
  });

  test('every model has its page, preview image and Markdown twin in every language', async ({ page }) => {
    const problems: string[] = [];
    for (const locale of locales) {
      await Promise.all(
        models.map(async (model) => {
          const path = `${localePrefix(locale)}models/${model.id}/`;
          const html = await (await page.request.get(path)).text();
          const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
          if (!image?.endsWith(`/og/${path.replace(/\/$/, '')}.png`))
            problems.push(`${path}: og:image ${image}`);
          else if (
            (await page.request.get(new URL(image).pathname)).headers()['content-type'] !== 'image/png'
          )
            problems.push(`${path}: no image`);
          if (!new RegExp(`<h1 id="_top"[^>]*>${model.name.replace(/[.()]/g, '\\$&')}</h1>`).test(html))
            problems.push(`${path}: no title ${model.name}`);
          const markdown = await page.request.get(`${localePrefix(locale)}models/${model.id}.md`);
          if (!markdown.ok()) problems.push(`${path}: no Markdown twin`);
        }),
      );
    }
    expect(problems).toEqual([]);
  });

  test('a row page shows both cells with their sources, and leads to the comparison and the tree', async ({
    page,
  }) => {
    const errors = watchConsole(page);
    const row = rows.find((r) => r.id === 'fine-tuning')!;
    await page.goto('compare/fine-tuning/');
    await expect(page.locator('h1')).toHaveText(row.aspect.en);
    for (const [service, name] of [
      ['bedrock', 'Amazon Bedrock'],
      ['sagemaker', 'Amazon SageMaker AI'],
    ] as const) {
      const cell = page.locator(`.row-page-cell[data-service="${service}"]`);
      await expect(cell.getByRole('heading', { level: 2 })).toHaveText(name);
      await expect(cell).toContainText(row[service].text.en);
      await expect(cell.locator('.row-page-sources a')).toHaveCount(row[service].sources.length);
      await expect(cell.locator('.row-page-sources a').first()).toHaveAttribute(
        'href',
        row[service].sources[0]!.url,
      );
    }
    await expect(page.locator('main')).toContainText('Facts checked');
    await page.getByRole('link', { name: 'See it in the full comparison' }).click();
    await expect(page).toHaveURL(/\/compare\/#fine-tuning$/);
    await expect(page.locator('tr#fine-tuning')).toBeInViewport();
    await page.goBack();
    // The decision-tree answers that rest on the row open at their result.
    const outcome = page.locator('.row-page a[href*="/decide/?answers="]').first();
    await outcome.click();
    await expect(page.locator('decision-tree .dt-node.is-current.dt-outcome')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the Vietnamese row page is in Vietnamese, and fits a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('vi/compare/fine-tuning/');
    await expect(page.locator('h1')).toHaveText(rows.find((r) => r.id === 'fine-tuning')!.aspect.vi);
    await expect(page.locator('.row-page-cell h2').first()).toHaveText('Amazon Bedrock');
    await expect(page.getByRole('link', { name: 'Xem trong bảng so sánh đầy đủ' })).toHaveAttribute(
      'href',
      '/vi/compare/#fine-tuning',
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('the handout sends and prints its rows', () => {
  test('Copy as text gives the rows with their columns, notes and sources, and the handout link', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('compare/handout/?rows=shadow-testing,fine-tuning');
    const tools = page.locator('.handout-tools');
    const copyText = tools.getByRole('button', { name: 'Copy as text' });
    await copyText.click();
    await expect(copyText).toHaveAttribute('data-copied', 'Copied');
    const text = await clipboard(page);
    const shadow = rows.find((r) => r.id === 'shadow-testing')!;
    expect(text).toContain(`${shadow.aspect.en}\n- Amazon Bedrock: `);
    expect(text).toContain('- Amazon SageMaker AI: ');
    expect(text).toContain(shadow.sagemaker.sources[0]!.url);
    expect(text.trim().endsWith('/compare/handout/?rows=shadow-testing,fine-tuning')).toBe(true);
    const copyLink = tools.getByRole('button', { name: 'Copy link' });
    await copyLink.click();
    await expect(copyLink).toHaveAttribute('data-copied', 'Link copied');
    expect(await clipboard(page)).toMatch(/\/compare\/handout\/\?rows=shadow-testing,fine-tuning$/);
    await expect(tools.getByRole('button', { name: 'Print / Save as PDF' })).toBeVisible();
  });

  test("the printout carries the handout's address and its rows' sources", async ({ page }) => {
    await page.goto('compare/handout/?rows=shadow-testing');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.handout-tools')).toBeHidden();
    await expect(page.locator('.handout-here')).toContainText('/compare/handout/?rows=shadow-testing');
    const shadow = rows.find((r) => r.id === 'shadow-testing')!;
    await expect(page.locator('.handout-sources li')).toHaveCount(
      new Set([...shadow.bedrock.sources, ...shadow.sagemaker.sources, ...shadow.sources].map((s) => s.url))
        .size,
    );
    // Each source by its title, its address printed after it.
    const first = shadow.sagemaker.sources[0]!;
    await expect(page.locator(`.handout-sources a[href="${first.url}"]`)).toHaveText(first.title);
  });
});

import { expect, test } from '@playwright/test';
import { expectLinkCopied, watchConsole, search } from './helpers';

test.describe('comparison tables', () => {
  test('a row anchor scrolls to its row and highlights it', async ({ page }) => {
    await page.goto('compare/#shadow-testing');
    const row = page.locator('tr#shadow-testing');
    await expect(row).toBeInViewport();
    await expect(row).toHaveCSS('outline-style', 'solid');
    const other = page.locator('tr#spot-instances');
    await expect(other).toHaveCSS('outline-style', 'none');
  });

  test('on a slow connection a row link lands on its row while the page still loads, and stays there', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    // About 400 kbit/s: the comparison takes a second or two to arrive.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 50 * 1024,
      uploadThroughput: 50 * 1024,
    });
    await page.goto('compare/#fine-tuning', { waitUntil: 'commit' });
    const landed = await page.waitForFunction(
      () => {
        const row = document.getElementById('fine-tuning');
        if (!row) return false;
        const box = row.getBoundingClientRect();
        return box.top >= 0 && box.top < innerHeight ? { state: document.readyState, y: scrollY } : false;
      },
      undefined,
      { polling: 50, timeout: 20_000 },
    );
    const before = (await landed.jsonValue()) as { state: string; y: number };
    expect(before.state, 'the row is in view before the page has finished loading').not.toBe('complete');
    await page.waitForLoadState('load');
    expect(
      Math.abs((await page.evaluate(() => scrollY)) - before.y),
      'no jump when loading ends',
    ).toBeLessThan(40);
    await expect(page.locator('tr#fine-tuning')).toBeInViewport();
  });

  test('a link with a filter that would hide its row opens on the row, with the filter lifted', async ({
    page,
  }) => {
    await page.goto('compare/');
    const same = await page.locator('tr[data-row][data-same="true"]').first().getAttribute('id');
    await page.goto(`compare/?diff=1#${same}`);
    const row = page.locator(`tr#${same}`);
    await expect(row).toBeVisible();
    await expect(row).toBeInViewport();
    await expect(page.locator('.cmp-filter-status')).toHaveText(/filter was cleared/);
    await expect(page.locator('input[name="diff"]')).not.toBeChecked();
    expect(new URL(page.url()).search).toBe('');
  });

  test('the copy-link button copies the absolute row URL and confirms it', async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('compare/');
    const link = page.locator('tr#lora-peft').getByRole('link', { name: /Copy link to this row/ });
    await link.click();
    await expectLinkCopied(page, link, new URL('compare/lora-peft/', baseURL).href);
  });

  test("without JavaScript the copy link is a plain link to the row's own page", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('overview/');
    const link = page.locator('tr[data-row="per-token-pricing"]').getByRole('link', { name: /Copy link/ });
    await link.click();
    await expect(page).toHaveURL(/\/compare\/per-token-pricing\/$/);
    await page.getByRole('link', { name: 'See it in the full comparison' }).click();
    await expect(page).toHaveURL(/\/compare\/#per-token-pricing$/);
    await expect(page.locator('tr#per-token-pricing')).toHaveCSS('outline-style', 'solid');
    await context.close();
  });

  test('the filter narrows rows by text and by differences, and restores them', async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto('compare/');
    const rows = page.locator('tr[data-row]');
    const total = await rows.count();
    expect(total).toBeGreaterThan(50);
    const filter = page.getByRole('searchbox', { name: 'Filter rows' });
    await filter.fill('spot');
    await expect(page.locator('tr[data-row]:visible')).not.toHaveCount(total);
    await expect(page.locator('tr#spot-instances')).toBeVisible();
    await expect(page.locator('tr#guardrails')).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: /of \d+ rows shown/ })).toBeVisible();

    await filter.fill('');
    await expect(page.locator('tr[data-row]:visible')).toHaveCount(total);

    await page.getByRole('checkbox', { name: 'Show only the differences' }).check();
    const same = page.locator('tr[data-row][data-same="true"]');
    expect(await same.count()).toBeGreaterThan(0);
    await expect(same.first()).toBeHidden();
    await expect(page.locator('tr[data-row][data-same="false"]').first()).toBeVisible();
    await page.getByRole('checkbox', { name: 'Show only the differences' }).uncheck();
    await expect(page.locator('tr[data-row]:visible')).toHaveCount(total);
    expect(problems).toEqual([]);
  });

  test('without JavaScript every row shows and the filter stays hidden', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('compare/');
    await expect(page.getByRole('searchbox', { name: 'Filter rows' })).toBeHidden();
    const rows = page.locator('tr[data-row]');
    await expect(rows.first()).toBeVisible();
    await expect(page.locator('tr[data-row]:visible')).toHaveCount(await rows.count());
    await context.close();
  });

  test('at 390 px each row is a card whose cells name their column; at 1280 px the headers are a row', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('compare/');
    const row = page.locator('tr#shadow-testing');
    const labels = row.locator('.cell-label');
    await expect(labels).toHaveText([/^Amazon Bedrock\b/, /^Amazon SageMaker AI\b/]);
    for (const label of await labels.all()) await expect(label).toBeVisible();
    await expect(page.locator('[data-comparison] thead').first()).not.toBeInViewport();
    const fontSize = await row
      .locator('td')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(13);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Screen readers keep the table: the labels are hidden from them, the column headers are not.
    await expect(labels.first()).toHaveAttribute('aria-hidden', 'true');
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(labels.first()).toBeHidden();
    await expect(page.locator('[data-comparison] thead th').first()).toBeVisible();
  });

  test('support levels are shown as an icon and a word', async ({ page }) => {
    await page.goto('compare/');
    // The icon is drawn by CSS (borders and gradients in the level's colour, no image), so
    // screen readers meet only the word. Each level's icon takes a 16 px slot and paints.
    for (const level of ['yes', 'partial', 'no']) {
      const icon = await page
        .locator(`main .level[data-level="${level}"]`)
        .first()
        .evaluate((el) => {
          const style = getComputedStyle(el, '::before');
          return {
            content: style.content,
            slot: parseFloat(style.width) + parseFloat(style.marginLeft) + parseFloat(style.marginRight),
            paints: style.borderBottomWidth !== '0px' || style.backgroundImage.includes('gradient'),
            image: /url\(/.test(style.backgroundImage + style.maskImage),
          };
        });
      expect(icon, level).toEqual({ content: '""', slot: 16, paints: true, image: false });
    }
    const cell = page.locator('tr#train-from-scratch td').first();
    await expect(cell.locator('.level')).toHaveText(/^(Yes|Partial|No)$/);
  });
});

test.describe('search finds comparison rows', () => {
  for (const query of ['shadow testing', 'LoRA', 'Spot']) {
    test(`"${query}" returns the comparison page with a deep link`, async ({ page }) => {
      await page.goto('');
      const dialog = await search(page, query);
      const result = dialog.locator('.pagefind-ui__result', { hasText: 'Full comparison' }).first();
      await expect(result).toBeVisible();
      await expect(result.locator('a.pagefind-ui__result-link[href*="/compare/#"]').first()).toBeAttached();
    });
  }
});

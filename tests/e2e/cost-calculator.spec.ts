import { expect, test, type Page } from '@playwright/test';
import { editions, expectLinkCopied, watchConsole } from './helpers';

const calculator = (page: Page) => page.locator('cost-calculator');
const out = (page: Page, key: string) => calculator(page).locator(`[data-out="${key}"]`);
const field = (page: Page, name: string) => calculator(page).locator(`[name="${name}"]`);
const chart = (page: Page) => out(page, 'chart').locator('svg');

const example = '?tin=1B&tout=200M&in=3&out=15&rate=1.515&n=2&hours=24';

test.describe('cost calculator', () => {
  test('the example link shows Bedrock at $6,000 and SageMaker AI at $2,212 a month', async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto(`cost/calculator/${example}`);
    await expect(out(page, 'bedrock')).toHaveText('$6,000');
    await expect(out(page, 'sagemaker')).toHaveText('$2,212');
    await expect(out(page, 'difference')).toHaveText('SageMaker AI costs $3,788 less (0.4 × Bedrock).');
    await expect(out(page, 'verdict')).toContainText('Break-even at 442.4M tokens a month');
    // Custom values win over the price table, and the form shows them.
    await expect(field(page, 'model')).toHaveValue('');
    await expect(field(page, 'in')).toHaveValue('3');
    await expect(field(page, 'inst')).toHaveValue('');
    await expect(field(page, 'rate')).toHaveValue('1.515');
    await expect(calculator(page).locator('[name=count][value=set]')).toBeChecked();
    await expect(field(page, 'n')).toHaveValue('2');
    await expect(calculator(page).locator('.cc-notice')).toBeHidden();
    // The chart marks the break-even and says the numbers in its description.
    await expect(chart(page).locator('.cc-even')).toHaveCount(1);
    await expect(chart(page).locator('desc')).toContainText('$6,000');
    await expect(out(page, 'points').locator('tr')).toHaveCount(4);
    expect(errors).toEqual([]);
  });

  test('changing an input updates the totals, the chart and the link', async ({ page }) => {
    await page.goto('cost/calculator/?rate=1.515');
    const before = {
      bedrock: await out(page, 'bedrock').textContent(),
      chart: await chart(page).innerHTML(),
    };
    await field(page, 'tin').fill('5B');
    await expect(out(page, 'bedrock')).not.toHaveText(before.bedrock!);
    // 5,000M × $0.15 + 100M × $0.15 = $765 on the default model.
    await expect(out(page, 'bedrock')).toHaveText('$765');
    expect(await chart(page).innerHTML()).not.toBe(before.chart);
    await expect(page).toHaveURL(/[?&]tin=5B(&|$)/);
    // A table model fills in its prices and drops custom ones.
    await field(page, 'model').selectOption('claude-sonnet-4-6');
    await expect(field(page, 'in')).toHaveValue('3');
    await expect(out(page, 'bedrock')).toHaveText('$16,500');
    await expect(page).toHaveURL(/model=claude-sonnet-4-6/);
    // Batch tokens at the model's batch prices ($1.50 / $7.50 per 1M).
    await field(page, 'batch').fill('100');
    await expect(out(page, 'bedrock')).toHaveText('$8,250');
    // A set number of instances, and a people cost shown as its own part.
    await calculator(page).locator('[name=count][value=set]').check();
    await field(page, 'n').fill('3');
    await field(page, 'people').fill('2000');
    // 3 × $1.515 × 730 h.
    await expect(out(page, 'parts')).toHaveText('instances $3,318 + people $2,000');
    await expect(page).toHaveURL(/n=3.*people=2000/);
    // The requests view ends in the same two totals.
    await calculator(page).locator('[name=mode][value=requests]').check();
    await field(page, 'req').fill('2M');
    await field(page, 'avgin').fill('1000');
    await field(page, 'avgout').fill('200');
    await expect(page).toHaveURL(/tin=2B&tout=400M/);
    // A reload keeps everything.
    const url = page.url();
    await page.reload();
    await expect(out(page, 'parts')).toHaveText('instances $3,318 + people $2,000');
    expect(page.url()).toBe(url);
  });

  test('an invalid value is flagged and the last valid one kept', async ({ page }) => {
    await page.goto('cost/calculator/?rate=1.515');
    const bedrock = await out(page, 'bedrock').textContent();
    await field(page, 'tin').fill('lots');
    await expect(field(page, 'tin')).toHaveAttribute('aria-invalid', 'true');
    await expect(calculator(page).locator('#cc-error-tin')).toBeVisible();
    await expect(out(page, 'bedrock')).toHaveText(bedrock!);
    await field(page, 'hours').fill('30');
    await expect(field(page, 'hours')).toHaveAttribute('aria-invalid', 'true');
    await expect(calculator(page).locator('#cc-error-hours')).toHaveText(/from 1 to 24/);
    await field(page, 'hours').fill('12');
    await expect(field(page, 'hours')).toHaveAttribute('aria-invalid', 'false');
    // 100M output tokens need 2 instances at 120 tokens/s for 182.5 h: 2 × $1.515 × 182.5.
    await expect(out(page, 'sagemaker')).toHaveText('$553');
  });

  test('a garbage link resets each bad field with a message and still computes', async ({ page }) => {
    await page.goto('cost/calculator/');
    const defaults = await out(page, 'sagemaker').textContent();
    await page.goto('cost/calculator/?tin=lots&n=0&hours=99&model=gpt-99&disc=-5');
    const notice = calculator(page).locator('.cc-notice');
    await expect(notice).toBeVisible();
    await expect(notice).toHaveText(/tin, model, n, hours, disc/);
    await expect(out(page, 'sagemaker')).toHaveText(defaults!);
    // The bad values are gone from the address bar; the day of the prices stays.
    expect(new URL(page.url()).search).toMatch(/^\?asof=\d{4}-\d{2}-\d{2}$/);
  });

  test('works with the keyboard alone', async ({ page }) => {
    await page.goto('cost/calculator/');
    await field(page, 'tin').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2B');
    await expect(out(page, 'bedrock')).toHaveText('$315');
    // Tab to the model list and pick the next model with the arrow keys.
    for (
      let i = 0;
      i < 10 && !(await field(page, 'model').evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(field(page, 'model')).toBeFocused();
    const model = await field(page, 'model').inputValue();
    await page.keyboard.press('ArrowDown');
    await expect(field(page, 'model')).not.toHaveValue(model);
    await expect(page).toHaveURL(/model=/);
    // The instance count radios answer to the arrow keys too.
    await calculator(page).locator('[name=count][value=auto]').focus();
    await page.keyboard.press('ArrowDown');
    await expect(calculator(page).locator('[name=count][value=set]')).toBeChecked();
    await expect(field(page, 'n')).toBeEnabled();
  });

  test('copies a link to the estimate', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`cost/calculator/${example}`);
    const link = out(page, 'share');
    await link.click();
    await expectLinkCopied(page, link, page.url());
    expect(page.url()).toContain('tin=1B&tout=200M&in=3&out=15&rate=1.515&n=2');
  });

  test('prints the current estimate with its address', async ({ page }) => {
    await page.goto(`cost/calculator/${example}`);
    await page.emulateMedia({ media: 'print' });
    await expect(out(page, 'url')).toBeVisible();
    await expect(out(page, 'url')).toHaveText(page.url());
    await expect(out(page, 'bedrock')).toBeVisible();
    await expect(calculator(page).locator('.cc-share')).toBeHidden();
  });

  test('formats numbers for the page language', async ({ page }) => {
    await page.goto(`vi/cost/calculator/${example}`);
    await expect(out(page, 'bedrock')).toHaveText(/^6\.000\sUS\$$/);
    await expect(out(page, 'sagemaker')).toHaveText(/^2\.212\sUS\$$/);
    await expect(out(page, 'verdict')).toContainText('Điểm hòa vốn');
  });
});

test.describe('cost calculator prices', () => {
  test('lists 30+ models by provider and 15+ instances with their accelerators', async ({ page }) => {
    await page.goto('cost/calculator/');
    expect(await field(page, 'model').locator('optgroup').count()).toBeGreaterThanOrEqual(5);
    expect(await field(page, 'model').locator('optgroup option').count()).toBeGreaterThanOrEqual(30);
    const instances = field(page, 'inst').locator('option[value^="ml."]');
    expect(await instances.count()).toBeGreaterThanOrEqual(15);
    await expect(instances.first()).toHaveText(/^ml\.\S+ \(\d+× [^,]+, \d+ GB\)$/);
  });

  test('asks for a rate AWS has not published here instead of inventing one', async ({ page }) => {
    await page.goto('cost/calculator/');
    await expect(out(page, 'sagemaker')).toHaveText('—');
    await expect(field(page, 'rate')).toHaveValue('');
    await expect(out(page, 'rate-note')).toContainText(
      'No AWS rate for ml.g5.2xlarge in US East (N. Virginia)',
    );
    await expect(out(page, 'difference')).toHaveText(
      'Enter the instance’s hourly rate to price SageMaker AI.',
    );
    await field(page, 'rate').fill('1.515');
    await expect(out(page, 'sagemaker')).toHaveText('$1,106');
    await expect(page).toHaveURL(/rate=1\.515/);
  });

  test('prices a model per Region and never borrows another Region’s price', async ({ page }) => {
    await page.goto('cost/calculator/?model=devstral-2-123b&rate=2');
    // 500M × $0.40 + 100M × $2.00 in N. Virginia.
    await expect(out(page, 'bedrock')).toHaveText('$400');
    await field(page, 'region').selectOption('eu-central-1');
    await expect(field(page, 'in')).toHaveValue('0.48');
    await expect(out(page, 'bedrock')).toHaveText('$480');
    await expect(page).toHaveURL(/region=eu-central-1/);
    // Singapore has no recorded price: the model says so and nothing is computed.
    await field(page, 'region').selectOption('ap-southeast-1');
    await expect(field(page, 'model').locator('option:checked')).toContainText(
      'no AWS price recorded here yet',
    );
    await expect(out(page, 'bedrock')).toHaveText('—');
    await expect(out(page, 'difference')).toContainText('No AWS price for this model in this Region');
  });

  test('offers the routes a model has, with the price difference, and keeps the choice in the link', async ({
    page,
  }) => {
    await page.goto('cost/calculator/?model=claude-sonnet-5&rate=1.515');
    const route = field(page, 'route');
    await expect(route.locator('option')).toHaveText([
      'Global: $2.00 / $10.00',
      'Geographic (US): $2.20 / $11.00 (+10%)',
    ]);
    // 500M × $2 + 100M × $10 globally; 10 % more through the US profile.
    await expect(out(page, 'bedrock')).toHaveText('$2,000');
    await route.selectOption('geo');
    await expect(out(page, 'bedrock')).toHaveText('$2,200');
    await expect(page).toHaveURL(/route=geo/);
    await expect(calculator(page).locator('#cc-route-note a.source-link')).toHaveCount(2);
    await expect(
      calculator(page).locator('#cc-route-note a[href$="/security/#data-residency"]'),
    ).toBeVisible();
    // A share of input read from the cache at $0.20 per 1M on the global route.
    await route.selectOption('global');
    await field(page, 'cache').fill('50');
    await expect(out(page, 'bedrock')).toHaveText('$1,550');
    // A new link reproduces the numbers and says which day's prices it used.
    const url = page.url();
    expect(url).toMatch(/asof=\d{4}-\d{2}-\d{2}/);
    await page.goto(url);
    await expect(out(page, 'bedrock')).toHaveText('$1,550');
    await expect(calculator(page).locator('.cc-since')).toBeHidden();
  });

  test('says where the prices come from and flags prices older than 45 days', async ({ page }) => {
    await page.goto('cost/calculator/');
    await expect(out(page, 'asof')).toContainText(/Prices as of .+\. From: .+\(read .+\)/);
    const asof = /asof=(\d{4}-\d{2}-\d{2})/.exec((await out(page, 'share').getAttribute('href'))!)![1]!;
    // A fixed clock, days after the prices' date, so the test means the same on any day.
    const daysAfter = (days: number) => new Date(Date.parse(`${asof}T12:00:00Z`) + days * 86_400_000);
    await page.clock.setFixedTime(daysAfter(10));
    await page.reload();
    await expect(out(page, 'stale')).toBeHidden();
    await page.clock.setFixedTime(daysAfter(50));
    await page.reload();
    await expect(out(page, 'stale')).toBeVisible();
    await expect(out(page, 'stale')).toContainText('50 days ago');
  });
});

test.describe('cost calculator without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows three worked examples from the same engine instead of the form', async ({ page }) => {
    await page.goto('cost/calculator/');
    await expect(page.locator('cost-calculator')).toBeHidden();
    await expect(page.locator('.cc-nojs')).toBeVisible();
    const examples = page.locator('.cc-example');
    await expect(examples).toHaveCount(3);
    for (const item of await examples.all()) {
      await expect(item.locator('table')).toBeVisible();
      await expect(item.locator('svg[role="img"] title')).toHaveText('Monthly cost against monthly tokens');
      await expect(item.locator('a', { hasText: 'Open this example' })).toHaveAttribute('href', /^\?tin=/);
    }
    // The medium example is the page's hand-checked case: Claude Sonnet 4.6 at $3 / $15, 2 × $1.515 × 730 h.
    await expect(examples.nth(1)).toContainText('$6,000');
    await expect(examples.nth(1)).toContainText('$2,212');
  });
});

test.describe('cost calculator on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('keeps both totals in view and announces them while the reader types', async ({ page }) => {
    await page.goto('cost/calculator/?rate=1.515');
    const summary = out(page, 'summary');
    await expect(summary).toHaveAttribute('aria-live', 'polite');
    await field(page, 'tin').scrollIntoViewIfNeeded();
    await field(page, 'tin').fill('5B');
    await expect(summary).toBeInViewport();
    await expect(summary).toHaveText('Per month: Bedrock $765, SageMaker AI $1,106');
  });

  test('reads amounts as written in Vietnamese, and only once they parse', async ({ page }) => {
    await page.goto('vi/cost/calculator/?rate=1.515');
    await field(page, 'tin').fill('2,');
    await expect(field(page, 'tin')).toHaveAttribute('aria-invalid', 'true');
    await expect(page).not.toHaveURL(/tin=2(&|$)/);
    await field(page, 'tin').fill('2,5 Tr');
    await expect(field(page, 'tin')).toHaveAttribute('aria-invalid', 'false');
    await expect(page).toHaveURL(/tin=2\.5M/);
    await field(page, 'tin').fill('1,2 T');
    await expect(page).toHaveURL(/tin=1\.2B/);
  });

  test('keeps the requests mode in the link, takes a rate of 0 and says "1 instance"', async ({ page }) => {
    await page.goto('cost/calculator/?rate=1.515');
    await calculator(page).locator('[name=mode][value=requests]').check();
    await field(page, 'req').fill('2M');
    await expect(page).toHaveURL(/req=2M/);
    await page.reload();
    await expect(calculator(page).locator('[name=mode][value=requests]')).toBeChecked();
    await expect(field(page, 'req')).toHaveValue('2M');
    await field(page, 'rate').fill('0');
    await expect(field(page, 'rate')).toHaveAttribute('aria-invalid', 'false');
    await expect(out(page, 'load')).toHaveText(/^1 instance, /);
  });

  test('with no tokens, says so in a sentence instead of a ratio to nothing', async ({ page }) => {
    await page.goto('cost/calculator/?tin=0&tout=0&rate=1.515');
    await expect(out(page, 'difference')).toHaveText(
      'With no tokens, Bedrock costs nothing, while SageMaker AI still costs $1,106 for its instances.',
    );
  });

  test('shows that the estimate link was copied', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('cost/calculator/?rate=1.515');
    const link = out(page, 'share');
    await link.click();
    await expectLinkCopied(page, link, page.url());
    const bubble = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(bubble).toBe('"Link copied"');
  });
});

test('at 390 px no label of the chart overlaps another, in every language', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of editions.map(({ prefix }) => `${prefix}cost/calculator/?rate=1.515`)) {
    await page.goto(path);
    const overlaps = await page
      .locator('.cc-chart svg.cc-svg')
      .first()
      .evaluate((svg) => {
        const boxes = [...svg.querySelectorAll('text')].map((t) => ({
          text: t.textContent,
          box: t.getBoundingClientRect(),
        }));
        const hits: string[] = [];
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => {
            const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
            const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
            if (x > 1 && y > 1) hits.push(`${a.text} × ${b.text}`);
          }),
        );
        return hits;
      });
    expect(overlaps, path).toEqual([]);
    // Where a line crosses a label, the label keeps a halo of the page colour over the line.
    const halo = await page
      .locator('.cc-chart svg.cc-svg .cc-label')
      .first()
      .evaluate((t) => [getComputedStyle(t).paintOrder, getComputedStyle(t).strokeWidth]);
    expect(halo, path).toEqual(['stroke', '5px']);
  }
});

import { expect, test } from '@playwright/test';
import { rankingTests, search, topResults } from './helpers';

/** Realistic queries, each with the page that answers it; it must be among the top three. */
const english: [query: string, page: string][] = [
  ['LoRA', '/compare/'],
  ['guardrails', '/security/'],
  ['per token', '/cost/'],
  ['shadow testing', '/compare/'],
  ['Spot instances', '/cost/'],
  ['model registry', '/compare/'],
  ['RDS analogy', '/sales/talk-track/'],
  ['custom model import', '/architecture/'],
  ['do we need both', '/sales/faq/'],
  ['time series forecasting', '/decide/'],
];

test.describe('search ranks the page that answers the query in the top three', () => {
  rankingTests('', english);
});

test('each result says what kind of page it is, and deep links go to anchors', async ({ page }) => {
  await page.goto('');
  const dialog = await search(page, 'shadow testing');
  const first = dialog.locator('.pagefind-ui__result').first();
  await expect(first.locator('.pagefind-ui__result-tag')).toHaveText(
    /^Type: (Guide|Comparison|Sales|Reference)\s*$/,
  );
  const tags = await dialog.locator('.pagefind-ui__result-tag').allTextContents();
  expect(tags.filter((tag) => !/^Type: (Guide|Comparison|Sales|Reference)\s*$/.test(tag))).toEqual([]);
  const deep = dialog.locator('.pagefind-ui__result-nested a[href*="#"]').first();
  await expect(deep).toBeVisible();
  await deep.click();
  await expect(page).toHaveURL(/#/);
});

test('comparison rows, glossary terms, FAQ questions and tree questions are deep-linked sub-results', async ({
  page,
}) => {
  await page.goto('');
  const cases: [query: string, href: RegExp][] = [
    ['LoRA', /\/compare\/#lora-peft$/],
    ['Spot instances', /\/compare\/#spot-instances$/],
    ['shadow test', /\/glossary\/#shadow-test$/],
    ['A/B test or shadow-test models', /\/sales\/faq\/#[a-z0-9-]+$/],
    ['whole roadmap', /\/decide\/#dt-problem$/],
  ];
  for (const [query, href] of cases) {
    const dialog = await search(page, query);
    const links = dialog.locator('.pagefind-ui__result-nested a');
    await expect(links.first()).toBeVisible();
    // Each result fills in as its data arrives, in any order: wait for the expected one.
    await expect
      .poll(() => links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)), {
        message: `${query}: a sub-result links to ${href}`,
      })
      .toContainEqual(expect.stringMatching(href));
    await page.keyboard.press('Escape');
  }
});

test('page chrome is not indexed: copy-link labels and review dates find nothing', async ({ page }) => {
  await page.goto('');
  for (const query of ['Copy link to this row', 'Facts checked against', 'Show only the differences']) {
    const dialog = await search(page, query);
    await expect(dialog.locator('.pagefind-ui__message')).toBeVisible();
    const text = (await dialog.locator('.pagefind-ui__results').textContent()) ?? '';
    expect(text, query).not.toMatch(/Copy link to this row|Facts checked against|Show only the differences/i);
    await page.keyboard.press('Escape');
  }
});

test('when search cannot load, the box says so instead of waiting forever', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('bedrock');
  await expect(dialog.getByRole('status')).toHaveText(/could not load/i);
});

test('results show their places at once and fill them in order as their data arrives', async ({ page }) => {
  // Each result's data is held back, so the placeholders can be seen before any result.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/fragment/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('guardrails');
  const items = dialog.locator('.pagefind-ui__result');
  await expect(items).toHaveCount(5);
  await expect(dialog.locator('.pagefind-ui__results-area')).toHaveAttribute('aria-busy', 'true');
  await expect(items.locator('[aria-hidden="true"] .pagefind-ui__loading')).toHaveCount(10);
  await expect(dialog.locator('.pagefind-ui__result-link')).toHaveCount(0);
  release();
  await expect(dialog.locator('.pagefind-ui__loading')).toHaveCount(0);
  await expect(dialog.locator('.pagefind-ui__results-area')).not.toHaveAttribute('aria-busy');
  await expect(items).toHaveCount(5);
  const first = dialog.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title a').first();
  await expect(first).toHaveAttribute('href', /\/security\/$/);
});

/** Questions as customers ask them, with the page that answers each. */
const questions: [question: string, page: string][] = [
  ['can bedrock do lora fine tuning', '/compare/'],
  ['is sagemaker cheaper for steady traffic', '/cost/'],
  ['which one has guardrails', '/security/'],
  ['do we need both services', '/sales/faq/'],
  ['how do I serve a model I trained myself', '/compare/'],
  ['what does bedrock cost when nobody uses it', '/cost/'],
  ['can I use claude on sagemaker', '/compare/'],
  ['where is my data stored', '/security/'],
  ['how do I explain the difference to a customer', '/sales/talk-track/'],
  ['what is a foundation model', '/glossary/'],
  ['should I use bedrock or sagemaker for a chatbot', '/decide/'],
  ['can sagemaker scale to zero', '/compare/'],
  ['cost calculator break-even', '/cost/calculator/'],
  ['bedrock có tinh chỉnh LoRA không', '/vi/compare/'],
  ['có cần dùng cả hai không', '/vi/sales/faq/'],
];

test('natural questions put the page that answers them in the top three', async ({ page }) => {
  test.setTimeout(90_000);
  const misses: string[] = [];
  for (const [question, expected] of questions) {
    await page.goto(expected.startsWith('/vi/') ? 'vi/' : '');
    const top = await topResults(page, question);
    if (!top.includes(expected)) misses.push(`"${question}": ${top.join(' ')} (wanted ${expected})`);
  }
  expect(misses).toEqual([]);
});

test('a comparison row found by search names both services in its excerpt', async ({ page }) => {
  await page.goto('');
  const dialog = await search(page, 'shadow testing');
  const row = dialog.locator('.pagefind-ui__result-nested', {
    has: page.locator('a[href$="/compare/#shadow-testing"]'),
  });
  await expect(row.locator('.pagefind-ui__result-excerpt')).toHaveText(
    /Amazon Bedrock: .*Amazon SageMaker AI: /,
  );
});

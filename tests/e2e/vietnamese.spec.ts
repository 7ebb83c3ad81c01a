import { expect, test } from '@playwright/test';
import {
  chooseAnswer as choose,
  currentStep as current,
  decisionTree as tree,
  rankingTests,
  search,
  watchConsole,
} from './helpers';

/** Vietnamese queries, written with and without diacritics, and the page that answers them. */
const queries: [query: string, page: string][] = [
  ['chi phí', '/vi/cost/'],
  ['chi phi', '/vi/cost/'],
  ['tinh chỉnh', '/vi/compare/'],
  ['tinh chinh', '/vi/compare/'],
  // Pagefind does not fold "đ" to "d"; the page's keywords carry the plain spelling.
  ['đám mây khác', '/vi/security/'],
  ['dam may khac', '/vi/security/'],
  ['bảo mật', '/vi/security/'],
  ['thuật ngữ', '/vi/glossary/'],
];

test.describe('Vietnamese search finds Vietnamese pages', () => {
  rankingTests('vi/', queries, '/vi/');

  test('results carry a Vietnamese kind label', async ({ page }) => {
    await page.goto('vi/');
    const dialog = await search(page, 'chi phí');
    await expect(dialog.locator('.pagefind-ui__result-tag').first()).toHaveText(
      /^Loại: (Hướng dẫn|So sánh|Bán hàng|Tham khảo)\s*$/,
    );
  });
});

test.describe('the decision tree in Vietnamese', () => {
  test('a click path reaches an outcome in Vietnamese, and the link restores it', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const problems = watchConsole(page);
    await page.goto('vi/decide/');
    await expect(tree(page)).toHaveAttribute('data-ready', '');
    await expect(current(page)).toHaveText('Bạn đang muốn xây dựng gì?');
    await choose(page, /^Một tính năng AI tạo sinh/);
    await choose(page, /^Cần điều chỉnh/);
    await expect(tree(page).locator('.dt-progress')).toHaveText('Câu hỏi 3 (tối đa 4 câu)');
    await choose(page, /^Toàn quyền kiểm soát/);
    await choose(page, /^Serverless, qua một API/);
    await expect(current(page)).toHaveText(
      'Bộ trọng số của bạn, do Bedrock phục vụ (tinh chỉnh trên SageMaker AI nếu cần)',
    );
    expect(new URL(page.url()).searchParams.get('answers')).toBe('genai,adapt,full,api');
    await expect(tree(page).locator('.dt-node.is-current .dt-why li')).toHaveCount(4);

    const copy = page.getByRole('button', { name: 'Sao chép liên kết tới kết quả này' });
    await copy.click();
    await expect(copy).toHaveAttribute('data-copied', 'Đã sao chép liên kết');
    const shared = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(shared).pathname).toMatch(/\/vi\/decide\/$/);

    await page.getByRole('button', { name: 'Quay lại', exact: true }).click();
    await expect(current(page)).toHaveText('Ứng dụng nên truy cập mô hình theo cách nào?');
    await page.getByRole('button', { name: 'Làm lại từ đầu' }).click();
    await expect(current(page)).toHaveText('Bạn đang muốn xây dựng gì?');

    await page.goto(shared);
    await expect(current(page)).toHaveText(
      'Bộ trọng số của bạn, do Bedrock phục vụ (tinh chỉnh trên SageMaker AI nếu cần)',
    );
    expect(problems).toEqual([]);
  });

  test('a broken shared link resets with a Vietnamese message', async ({ page }) => {
    await page.goto('vi/decide/?answers=zzz');
    await expect(page.getByRole('alert')).toContainText('bắt đầu lại từ câu đầu tiên');
    await expect(current(page)).toHaveText('Bạn đang muốn xây dựng gì?');
  });
});

test('switching language keeps the reader on the same page', async ({ page, baseURL }) => {
  // The picker navigates from its script, so each choice waits until that script has run.
  const pick = async (label: string) => {
    await page.waitForFunction(() => customElements.get('starlight-lang-select') !== undefined);
    await page.locator('starlight-lang-select select').first().selectOption({ label });
  };
  await page.goto('compare/');
  await pick('Tiếng Việt');
  await expect(page).toHaveURL(new URL('vi/compare/', baseURL).href);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await pick('English');
  await expect(page).toHaveURL(new URL('compare/', baseURL).href);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a row link works in Vietnamese with the same ASCII anchor', async ({ page }) => {
  await page.goto('vi/compare/#lora-peft');
  await expect(page.locator('tr#lora-peft')).toBeInViewport();
  await expect(page.locator('tr#lora-peft')).toHaveCSS('outline-style', 'solid');
});

test('Vietnamese pages speak Vietnamese in the page chrome: code copy button, dates, search and tree strings', async ({
  page,
}) => {
  await page.goto('vi/why-bedrock/');
  await expect(page.locator('.expressive-code .copy button').first()).toHaveAttribute(
    'title',
    'Sao chép vào bộ nhớ tạm',
  );
  await expect(page.locator('.last-reviewed time')).toHaveText(/^\d{1,2}\/\d{1,2}\/\d{4}$/);
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('textbox').fill('zzzzqqqq');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(
    'Không tìm thấy kết quả nào cho “zzzzqqqq”',
  );
  await page.goto('vi/decide/?answers=genai');
  await expect(page.locator('.dt-progress')).toHaveText(/^Câu hỏi 2/);
  await expect(page.getByRole('navigation', { name: 'Các câu bạn đã trả lời' })).toBeVisible();
});

test('"tinh chỉnh mô hình", with or without diacritics, finds the fine-tuning row first', async ({
  page,
}) => {
  await page.goto('vi/');
  for (const query of ['tinh chỉnh mô hình', 'tinh chinh mo hinh']) {
    const dialog = await search(page, query);
    const links = dialog.locator('.pagefind-ui__result').first().locator('a.pagefind-ui__result-link');
    await expect(links.first()).toBeVisible();
    await expect
      .poll(() => links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)), { message: query })
      .toContainEqual(expect.stringMatching(/\/vi\/compare\/#fine-tuning$/));
    await page.keyboard.press('Escape');
  }
});

test('Vietnamese synonyms find the rows and terms they belong to, with or without diacritics', async ({
  page,
}) => {
  await page.goto('vi/');
  const cases: [query: string, href: RegExp][] = [
    ['học tăng cường', /\/vi\/(compare|glossary)\/#reinforcement-fine-tuning$/],
    ['hoc tang cuong', /\/vi\/(compare|glossary)\/#reinforcement-fine-tuning$/],
    ['cơ sở tri thức', /\/vi\/glossary\/#knowledge-base$/],
  ];
  for (const [query, href] of cases) {
    const dialog = await search(page, query);
    const links = dialog.locator('.pagefind-ui__result-nested a');
    await expect(links.first()).toBeVisible();
    await expect
      .poll(() => links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)), { message: query })
      .toContainEqual(expect.stringMatching(href));
    await page.keyboard.press('Escape');
  }
});

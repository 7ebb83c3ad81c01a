import { expect, test } from '@playwright/test';
import { search } from './helpers';

/** Data-residency questions, as customers phrase them, land on the section that answers them. */
const queries: [from: string, query: string, section: RegExp][] = [
  ['', 'data residency', /\/security\/#data-residency$/],
  ['', 'keep data in the EU', /\/security\/#data-residency$/],
  ['', 'GDPR', /\/security\/#data-residency$/],
  ['', 'cross-region inference', /\/security\/#data-residency$/],
  ['', 'where is my data processed', /\/security\/#data-residency$/],
  ['vi/', 'lưu trú dữ liệu', /\/vi\/security\/#data-residency$/],
  ['vi/', 'luu tru du lieu', /\/vi\/security\/#data-residency$/],
  ['vi/', 'giữ dữ liệu trong EU', /\/vi\/security\/#data-residency$/],
  ['vi/', 'suy luận liên vùng', /\/vi\/security\/#data-residency$/],
  ['vi/', 'dữ liệu được xử lý ở đâu', /\/vi\/security\/#data-residency$/],
];

for (const from of new Set(queries.map(([edition]) => edition))) {
  test(`data-residency questions from /${from} land on the section first`, async ({ page }) => {
    await page.goto(from);
    for (const [, query, section] of queries.filter(([f]) => f === from)) {
      const dialog = await search(page, query);
      const first = dialog.locator('.pagefind-ui__result').first();
      const links = first.locator('a.pagefind-ui__result-link');
      await expect(links.first()).toBeVisible();
      await expect
        .poll(() => links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)), {
          message: `${query}: the first result links to the section`,
        })
        .toContainEqual(expect.stringMatching(section));
      // The page's search terms are searched, never shown in an excerpt.
      const excerpts = await dialog.locator('.pagefind-ui__result-excerpt').allTextContents();
      expect(excerpts.join(' '), query).not.toMatch(
        /keep data in the EU, GDPR|giữ dữ liệu trong EU, giu du lieu/,
      );
      await page.keyboard.press('Escape');
    }
  });
}

test('search terms are not text: screen readers and text browsers never meet the list', async ({ page }) => {
  for (const path of ['security/', 'vi/security/']) {
    await page.goto(path);
    const text = await page.evaluate(() => document.body.textContent ?? '');
    expect(text).not.toMatch(/keep data in the EU, GDPR|giữ dữ liệu trong EU, giu du lieu/);
    await expect(page.locator('[data-keywords]')).toHaveAttribute('data-keywords', /GDPR/);
  }
});

import { expect, test, type Page } from '@playwright/test';
import { getDocumentProxy } from 'unpdf';
import { watchConsole } from './helpers';

const pageCount = async (pdf: Buffer) => (await getDocumentProxy(new Uint8Array(pdf))).numPages;
/** The text of each page of a PDF. */
async function pageTexts(pdf: Buffer): Promise<string[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const texts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    texts.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  return texts;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('handout', () => {
  test('rows chosen on /compare/ make a handout whose link shows the same rows', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const errors = watchConsole(page);
    await page.goto('compare/');
    const pick = (id: string) => page.locator(`[data-row-pick="${id}"]`);
    await expect(pick('shadow-testing')).toHaveAttribute('aria-pressed', 'false');
    await pick('shadow-testing').click();
    // Keyboard works too: focus the button and press Enter.
    await pick('spot-instances').focus();
    await page.keyboard.press('Enter');
    await expect(pick('shadow-testing')).toHaveAttribute('aria-pressed', 'true');
    const bar = page.locator('#handout-bar');
    await expect(bar.getByRole('status')).toHaveText('2 row(s) in the handout');
    await expect(page).toHaveURL(/[?&]rows=shadow-testing,spot-instances$/);
    // A reload keeps the choice.
    await page.reload();
    await expect(pick('spot-instances')).toHaveAttribute('aria-pressed', 'true');
    await expect(bar.getByRole('status')).toHaveText('2 row(s) in the handout');
    // Copy link gives the handout's address.
    await bar.getByRole('link', { name: 'Copy link' }).click();
    expect(await clipboard(page)).toMatch(/\/compare\/handout\/\?rows=shadow-testing,spot-instances$/);
    await bar.getByRole('link', { name: 'Open handout' }).click();
    await expect(page).toHaveURL(/\/compare\/handout\/\?rows=shadow-testing,spot-instances$/);
    const shown = page.locator('handout-view tr[data-row]:visible');
    await expect(shown).toHaveCount(2);
    await expect(shown.first()).toContainText('Shadow testing');
    // On a phone too, where rows become cards.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(shown).toHaveCount(2);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(page.locator('.handout-howto')).toBeHidden();
    // With its intro, the 60-second summary, the site's address and the check date.
    await expect(page.locator('main blockquote')).toContainText('AWS splits generative AI');
    await expect(page.locator('.handout-meta')).toContainText(
      /\/compare\/.*Facts checked against the AWS documentation on/,
    );
    // Clear empties the choice on /compare/.
    await page.goto('compare/?rows=shadow-testing');
    await page.locator('#handout-bar').getByRole('button', { name: 'Clear' }).click();
    await expect(page.locator('#handout-bar')).toHaveCount(0);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
  });

  test('unknown row ids are dropped with a message naming them; no ids explains how to make one', async ({
    page,
  }) => {
    await page.goto('compare/handout/?rows=shadow-testing,no-such-row,old-row');
    await expect(page.locator('handout-view tr[data-row]:visible')).toHaveCount(1);
    await expect(page.locator('.handout-notice')).toHaveText(/no-such-row, old-row/);
    await page.goto('compare/handout/');
    await expect(page.locator('handout-view tr[data-row]:visible')).toHaveCount(0);
    await expect(page.locator('.handout-howto')).toBeVisible();
    await expect(page.locator('.handout-howto a[href$="/compare/"]')).toBeVisible();
  });

  test('the Vietnamese handout shows the Vietnamese rows', async ({ page }) => {
    await page.goto('vi/compare/handout/?rows=shadow-testing');
    await expect(page.locator('handout-view tr[data-row]:visible')).toHaveCount(1);
    await expect(page.locator('main blockquote')).toContainText('AWS chủ ý');
  });

  test('twelve rows print on the first A4 or Letter page, their sources and address after them', async ({
    page,
  }) => {
    await page.goto('compare/');
    const ids = await page
      .locator('[data-row-pick]')
      .evaluateAll((buttons) => buttons.map((b) => (b as HTMLElement).dataset.rowPick!));
    const twelve = ids.filter((_, i) => i % 6 === 0).slice(0, 12);
    expect(twelve).toHaveLength(12);
    await page.goto(`compare/handout/?rows=${twelve.join(',')}`);
    await expect(page.locator('handout-view tr[data-row]:visible')).toHaveCount(12);
    const aspects = await page
      .locator('handout-view tr[data-row]:visible .cmp-aspect')
      .evaluateAll((cells) => cells.map((c) => c.textContent!.trim()));
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, printBackground: true });
      expect(await pageCount(pdf), format).toBeLessThanOrEqual(2);
      const first = (await pageTexts(pdf))[0]!;
      for (const aspect of aspects)
        expect(first, `${format}: ${aspect} on page 1`).toContain(aspect.slice(0, 12));
      const all = (await pageTexts(pdf)).join(' ');
      expect(all, format).toContain('/compare/handout/?rows=');
      expect(all, format).toContain('https://docs.aws.amazon.com/');
    }
  });

  test('without JavaScript the handout page says how to make one', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('compare/handout/?rows=shadow-testing');
    await expect(page.locator('.handout-howto')).toBeVisible();
    await expect(page.locator('handout-view tr[data-row]:visible')).toHaveCount(0);
    await page.goto('compare/');
    await expect(page.locator('.row-tools').first()).toBeHidden();
    await context.close();
  });
});

test.describe('copy as text', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  test('a comparison row copies as one line with its column names and link', async ({ page }) => {
    await page.goto('compare/');
    const button = page.getByRole('button', { name: 'Copy as text: Shadow testing' });
    await button.click();
    await expect(button).toHaveAttribute('data-copied', 'Copied');
    await expect(page.locator('#copy-link-status')).toHaveText('Copied');
    const text = await clipboard(page);
    expect(text).toMatch(
      /^Shadow testing: Amazon Bedrock: No, [^.]+\. Amazon SageMaker AI: Yes, [^.]+\. http:\/\/[^ ]+\/compare\/shadow-testing\/$/,
    );
  });

  test('the talk track’s executive summary copies with its link', async ({ page }) => {
    await page.goto('sales/talk-track/');
    const button = page.getByRole('button', { name: 'Copy the summary' });
    await button.click();
    await expect(page.locator('#copy-link-status')).toHaveText('Copied');
    const text = await clipboard(page);
    expect(text).toMatch(/^“?"?AWS splits generative AI into two layers/);
    expect(text).toMatch(/\/sales\/talk-track\/#executive-summary$/);
  });

  test('the decision tree’s result copies as a summary with the reasons and the result link', async ({
    page,
  }) => {
    await page.goto('decide/?answers=predictive,no');
    const button = page.getByRole('button', { name: 'Copy summary' });
    await button.click();
    await expect(page.locator('#copy-link-status')).toHaveText('Copied');
    const text = await clipboard(page);
    expect(text).toMatch(
      /^Your result: Amazon SageMaker AI\n\n.+\n\n.+\n- .+\n- .+\n\n.+\/decide\/\?answers=predictive,no$/s,
    );
  });

  test('when the clipboard is refused, the text opens selected to copy by hand', async ({ page }) => {
    await page.goto('compare/');
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: {
          writeText: () => Promise.reject(new Error('denied')),
          write: () => Promise.reject(new Error('denied')),
        },
      });
    });
    await page.getByRole('button', { name: 'Copy as text: Shadow testing' }).click();
    const dialog = page.locator('dialog.copy-fallback');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('textarea')).toHaveValue(/^Shadow testing: /);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
  });
});

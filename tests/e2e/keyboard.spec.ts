import { expect, test } from '@playwright/test';

test.describe('keyboard', () => {
  test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
    await page.goto('compare/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#_top$/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });

  for (const path of ['', 'compare/', 'decide/?answers=genai,adapt,full,api', 'sagemaker/', 'why-bedrock/']) {
    test(`every control shows a visible focus indicator on /${path}`, async ({ page }) => {
      await page.goto(path);
      // A first Tab makes this a keyboard session, so later focus shows as :focus-visible.
      await page.keyboard.press('Tab');
      const missing = await page.evaluate(() => {
        const controls = [
          ...document.querySelectorAll<HTMLElement>(
            'a[href], button:not([disabled]), input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
          ),
        ].filter(
          (el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('dialog:not([open])'),
        );
        const look = (el: HTMLElement) => {
          const s = getComputedStyle(el);
          return [
            s.outlineStyle === 'none' ? 'none' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
            s.boxShadow,
            s.backgroundColor,
            s.borderColor,
            s.textDecorationLine,
            s.color,
          ].join(' | ');
        };
        (document.activeElement as HTMLElement | null)?.blur();
        const before = controls.map(look);
        return controls.flatMap((el, i) => {
          el.focus();
          const focused = document.activeElement === el && el.matches(':focus-visible');
          const s = getComputedStyle(el);
          const ring =
            (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
          return focused && ring && look(el) !== before[i]
            ? []
            : [
                `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
              ];
        });
      });
      expect(missing).toEqual([]);
    });
  }

  test('search loads on intent, opens with Ctrl+K or /, finds and goes to a page, and closes, without a mouse', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
    await page.goto('');
    // The shortcut works once the search script has started, which enables the button.
    // Pagefind and the search form's script are loaded on intent only: neither is fetched
    // until the shortcut.
    await expect(page.getByRole('button', { name: /Search/ }).first()).toBeEnabled();
    await page.waitForLoadState('networkidle');
    const searchCode = (p: string) => p.includes('search-results') || p.startsWith('/pagefind/');
    expect(scripts.filter(searchCode)).toEqual([]);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog');
    const box = dialog.getByRole('textbox', { name: 'Search' });
    await expect(box).toBeFocused();
    await expect.poll(() => scripts.filter(searchCode).length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // "/" opens it too (as the 404 page says), unless the reader is typing in a field.
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await page.keyboard.type('shadow testing');
    const first = dialog.locator('a.pagefind-ui__result-link').first();
    await expect(first).toBeVisible();
    for (let i = 0; i < 10 && !(await first.evaluate((a) => a === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(first).toBeFocused();
    const href = await first.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  test("the search button is named by what it shows and lists both shortcuts, over Starlight's markup", async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    for (const [width, name] of [
      [1280, 'Search Ctrl K'],
      [390, 'Search'],
    ] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('about/');
      const button = page.locator('site-search button[data-open-modal]');
      await expect(button).toBeEnabled();
      await expect(button).toHaveAccessibleName(name);
      await expect(button).toHaveAttribute('aria-keyshortcuts', 'Control+K /');
    }
    // The site's script stands in for Starlight's, which would load the Pagefind UI on idle.
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => /pagefind-ui|default-ui|\/pagefind\//.test(p))).toEqual([]);
    // The form is put into Starlight's results box once.
    await page.keyboard.press('Control+k');
    await expect(page.locator('#starlight__search .pagefind-ui__search-input')).toHaveCount(1);
    await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Search' })).toBeFocused();
  });

  test('"/" right after search closes opens it again, though focus may still be on the closed box', async ({
    page,
  }) => {
    await page.goto('');
    await expect(page.getByRole('button', { name: /Search/ }).first()).toBeEnabled();
    await page.keyboard.press('Control+k');
    const input = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
    await expect(input).toBeFocused();
    // Closing and "/" in one task: the key arrives before the browser moves focus off the box.
    const reopened = await page.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('.pagefind-ui__search-input')!;
      document.querySelector<HTMLDialogElement>('site-search dialog')!.close();
      box.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true }));
      return document.querySelector('site-search dialog')!.hasAttribute('open');
    });
    expect(reopened).toBe(true);
  });
});

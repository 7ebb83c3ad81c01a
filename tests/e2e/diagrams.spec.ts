import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('the site has its diagrams, all built at build time (every figure is checked in all-pages.spec.ts)', () => {
  const pages = (readdirSync('dist', { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
  const diagrams = pages.reduce(
    (n, f) => n + (readFileSync(`dist/${f}`, 'utf8').match(/<svg[^>]* id="mermaid/g)?.length ?? 0),
    0,
  );
  expect(diagrams).toBeGreaterThanOrEqual(8);
});

test('switching the theme changes the diagram colours', async ({ page }) => {
  await page.goto('architecture/');
  const node = page.locator('figure.diagram svg .node rect').first();
  const text = page.locator('figure.diagram svg .node text').first();
  const colours = async () => ({
    fill: await node.evaluate((el) => getComputedStyle(el).fill),
    text: await text.evaluate((el) => getComputedStyle(el).fill),
  });
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
  const light = await colours();
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  const dark = await colours();
  expect(dark.fill).not.toBe(light.fill);
  expect(dark.text).not.toBe(light.text);
});

test('a wide diagram keeps a readable size on a phone and scrolls in a focusable region', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('decide/');
  const region = page.getByRole('region', { name: /^Diagram: Decision tree, part 1 of / });
  await expect(region).toHaveAttribute('tabindex', '0');
  const { client, scroll } = await region.evaluate((el) => ({
    client: el.clientWidth,
    scroll: el.scrollWidth,
  }));
  expect(scroll).toBeGreaterThan(client);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('no Mermaid code is shipped to the browser', () => {
  const dir = 'dist/_astro';
  const offenders = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .filter(
      (f) => /mermaid/i.test(f) || /mermaid|flowchart-v2|dagre/i.test(readFileSync(`${dir}/${f}`, 'utf8')),
    );
  expect(offenders).toEqual([]);
});

test('a diagram opens full screen, zooms with the buttons and keys, closes on Escape and gives focus back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('decide/');
  const figure = page.locator('figure.diagram').first();
  const open = figure.getByRole('button', { name: 'Full screen' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: /^Decision tree, part 1 of/ });
  await expect(dialog).toBeVisible();
  const svg = dialog.locator('svg');
  await expect(svg).toBeVisible();
  const before = (await svg.boundingBox())!.width;
  await dialog.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await svg.boundingBox())!.width).toBeGreaterThan(before * 1.4);
  await page.keyboard.press('+');
  await expect(dialog.locator('.diagram-viewer-level')).toHaveText('200%');
  await page.keyboard.press('0');
  await expect(dialog.locator('.diagram-viewer-level')).toHaveText('100%');
  // The copy's ids are its own, so the page keeps unique ids while it is open.
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(duplicates).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
});

test('each diagram downloads as a standalone SVG file with its colours', async ({ page }) => {
  await page.goto('architecture/');
  const figure = page.locator('figure.diagram', {
    has: page.locator('title', { hasText: 'Custom Model Import flow' }),
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('custom-model-import-flow.svg');
  const file = await download.path();
  const svg = readFileSync(file, 'utf8');
  expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('Bedrock Custom Model Import');
  // Colours are written into the file, not left to the page's stylesheet.
  expect(svg).toMatch(/fill="rgb\(/);
});

import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './helpers';

test('no raw Mermaid is left in any page, and every diagram is an accessible, captioned figure', async ({
  page,
}) => {
  test.setTimeout(120_000);
  let diagrams = 0;
  for (const path of await sitemapPaths(page)) {
    await page.goto(path);
    await expect(
      page.locator('pre[data-language="mermaid"], pre.mermaid, code.language-mermaid'),
      path,
    ).toHaveCount(0);
    expect(await page.locator('main').innerText(), path).not.toMatch(
      /\baccTitle:|\baccDescr:|flowchart (LR|TB|TD)/,
    );
    for (const svg of await page.locator('svg[id^="mermaid"]').all()) {
      diagrams++;
      await expect(svg.locator('> title'), path).not.toBeEmpty();
      await expect(svg.locator('> desc'), path).not.toBeEmpty();
      const figure = svg.locator('xpath=ancestor::figure[1]');
      await expect(figure, path).toHaveClass('diagram');
      await expect(figure.locator('figcaption'), path).not.toBeEmpty();
    }
  }
  expect(diagrams, 'diagrams found across the site').toBeGreaterThanOrEqual(8);
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
  const region = page.getByRole('region', { name: 'Diagram: The whole decision tree' });
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

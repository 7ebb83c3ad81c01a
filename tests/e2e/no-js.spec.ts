import { readData } from '../../src/data/files';
import { expect, test } from '@playwright/test';
import { sampledBuiltPages } from './helpers';

test('without JavaScript every page is readable: content, table rows, tab panels, diagrams, decision tree', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  const failures: string[] = [];
  let tables = 0;
  let diagrams = 0;
  // Row and model pages are one template each: the largest of each per language stands for all
  // (tests/e2e/row-pages.spec.ts requests every one).
  for (const path of sampledBuiltPages()) {
    await page.goto(path);
    // One look at the page: what a reader without scripts gets.
    const seen = await page.evaluate(() => {
      const shown = (el: Element | null | undefined) => !!el && el.checkVisibility();
      const main = document.querySelector('main');
      return {
        text: shown(main) ? main!.innerText.trim().length : 0,
        // A scripted tool (the cost calculator) hides itself without scripts and shows its
        // fallback instead; its own tables do not count, the fallback must be seen.
        scripted: [...document.querySelectorAll('main [data-scripted]')].length,
        fallbacks: [...document.querySelectorAll('main [data-scripted-fallback]')].filter(shown).length,
        tables: [...document.querySelectorAll<HTMLTableElement>('main table:not([data-scripted] table)')].map(
          (t) => ({
            name: t.caption?.textContent?.trim() ?? t.id,
            rows: [...t.querySelectorAll('tbody tr')].filter(shown).length,
          }),
        ),
        hiddenPanels: [...document.querySelectorAll('main [role="tabpanel"]')].filter((p) => !shown(p))
          .length,
        diagrams: [...document.querySelectorAll('main figure.diagram')].map((f) => ({
          svg: shown(f.querySelector('svg')),
          title: f.querySelector('svg > title')?.textContent?.trim() ?? '',
        })),
        rawMermaid: document.querySelectorAll('main pre.mermaid, main code.language-mermaid').length,
      };
    });
    if (seen.text < 200) failures.push(`${path}: main content missing or hidden (${seen.text} characters)`);
    for (const t of seen.tables) if (!t.rows) failures.push(`${path}: table "${t.name}" shows no rows`);
    if (seen.scripted && !seen.fallbacks) failures.push(`${path}: a scripted tool shows no fallback`);
    if (seen.hiddenPanels) failures.push(`${path}: ${seen.hiddenPanels} tab panel(s) hidden`);
    for (const d of seen.diagrams)
      if (!d.svg || !d.title) failures.push(`${path}: diagram "${d.title}" not shown as SVG`);
    if (seen.rawMermaid) failures.push(`${path}: raw Mermaid shown`);
    // Words of one cell or heading never run into the next when styles are gone ("3Updated").
    const runTogether = await page
      .locator('tr[data-row] > *')
      .evaluateAll((cells) =>
        cells.map((c) => c.textContent ?? '').filter((t) => /\d(Updated|Cập nhật)/.test(t)),
      );
    if (runTogether.length) failures.push(`${path}: run-together text ${runTogether[0]!.slice(0, 60)}`);
    tables += seen.tables.length;
    diagrams += seen.diagrams.length;

    if (/(^|\/)decide\/$/.test(path)) {
      // The decision tree falls back to every question and outcome, answers as links to them.
      const tree = page.locator('decision-tree');
      await expect(tree.locator('.dt-progress'), path).toBeVisible();
      // A text browser shows both progress lines: they must not run together.
      expect(await tree.locator('.dt-progress').textContent(), path).not.toMatch(/[.!?][^\s.!?]/);
      const nodes = tree.locator('.dt-node');
      expect(await nodes.count(), path).toBeGreaterThanOrEqual(8);
      for (const node of await nodes.all()) await expect(node, path).toBeVisible();
      await expect(tree.locator('.dt-outcome'), path).toHaveCount(
        readData('decisionTree').nodes.filter((n) => n.type === 'outcome').length,
      );
      const targets = await tree
        .locator('a.dt-answer')
        .evaluateAll((links) =>
          links.map(
            (a) => !!document.getElementById(decodeURIComponent((a as HTMLAnchorElement).hash.slice(1))),
          ),
        );
      expect(targets.length, path).toBeGreaterThanOrEqual(8);
      expect(targets.every(Boolean), `${path}: every answer links to a node`).toBe(true);
    }
  }
  expect(failures).toEqual([]);
  expect(tables, 'tables across the site').toBeGreaterThanOrEqual(10);
  expect(diagrams, 'diagrams across the site').toBeGreaterThanOrEqual(8);
  await context.close();
});

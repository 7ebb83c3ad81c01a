import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { cspViolations, sampledBuiltPages, watchCsp, watchPage } from './helpers';

/**
 * The checks that hold on every built page, English and Vietnamese, at 390 px and 1280 px: one
 * test per page, generated from the build's sitemap (row and model pages, one template each,
 * are sampled: see sampledBuiltPages). A page is loaded once per width and every check runs on
 * that load: it answers with status 200, with no console error, CSP violation or third-party
 * request; its diagrams are built figures; its layout (tables, pickers, icons, diagrams, row
 * links, print); and axe, light at 390 px and dark at 1280 px.
 */

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * axe with every rule (target-size, WCAG 2.2, is off in axe by default and is turned on here), once
 * per page and theme: the light theme at 390 px (phone first), the dark theme at 1280 px. Every
 * rule runs in both themes and at both widths, each page's DOM is checked at each width, and axe,
 * most of this test's time, runs twice per page instead of four times. The theme is switched as
 * Starlight's picker does it (data-theme on <html>, remembered in localStorage) and put back to
 * light for the next page.
 */
async function axeProblems(page: Page, theme: 'light' | 'dark'): Promise<string[]> {
  const problems: string[] = [];
  await page.evaluate((t) => {
    localStorage.setItem('starlight-theme', t);
    document.documentElement.dataset.theme = t;
  }, theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  // axe runs in the page itself (axe.run) rather than in parts finished in a second, blank page,
  // which costs three to four times as long (/compare/: 1.4 s instead of 5.8 s). The difference
  // is only for frames from other origins, and the site has no frames at all: said here.
  if (page.frames().length !== 1) problems.push(`${page.frames().length - 1} frame(s) axe would not see`);
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } })
    .withTags(axeTags)
    .setLegacyMode()
    .analyze();
  for (const v of results.violations) {
    const where = v.nodes
      .map((n) => n.target.join(' '))
      .slice(0, 3)
      .join(' | ');
    problems.push(`${theme} theme: ${v.id}: ${where}`);
  }
  await page.evaluate(() => {
    localStorage.setItem('starlight-theme', 'light');
    document.documentElement.dataset.theme = 'light';
  });
  return problems;
}

/** A page's title, and Mermaid left unrendered or diagrams that are not captioned, named figures. */
function contentProblems() {
  const problems: string[] = [];
  if (!document.querySelector('h1')?.checkVisibility()) problems.push('no visible title');
  if (document.querySelector('pre[data-language="mermaid"], pre.mermaid, code.language-mermaid'))
    problems.push('raw Mermaid code block');
  if (/\baccTitle:|\baccDescr:|flowchart (LR|TB|TD)/.test(document.querySelector('main')?.innerText ?? ''))
    problems.push('Mermaid source in the text');
  for (const svg of document.querySelectorAll('svg[id^="mermaid"]')) {
    const name = svg.querySelector(':scope > title')?.textContent?.trim();
    if (!name) problems.push(`diagram ${svg.id} has no title`);
    if (!svg.querySelector(':scope > desc')?.textContent?.trim())
      problems.push(`diagram "${name}" has no description`);
    const figure = svg.closest('figure');
    if (!figure?.classList.contains('diagram')) problems.push(`diagram "${name}" is not in a diagram figure`);
    if (!figure?.querySelector('figcaption')?.textContent?.trim())
      problems.push(`diagram "${name}" has no caption`);
  }
  return problems;
}

/** Tables that are wider than their column, and cells whose text is cut. */
function tableOverflow() {
  const problems: string[] = [];
  for (const [t, table] of [...document.querySelectorAll('main table')].entries()) {
    const box = table.parentElement!;
    const name = table.querySelector('caption')?.textContent?.trim() || `table ${t + 1}`;
    const column = table.closest('.sl-markdown-content') ?? box;
    if (table.getBoundingClientRect().width > column.clientWidth + 1) {
      problems.push(
        `"${name}" is ${Math.round(table.getBoundingClientRect().width)} px wide in a ${column.clientWidth} px column`,
      );
    }
    if (box.scrollWidth > box.clientWidth + 1) problems.push(`"${name}" scrolls sideways`);
    for (const cell of table.querySelectorAll<HTMLElement>('th, td')) {
      if (!cell.checkVisibility()) continue;
      if (cell.scrollWidth > cell.clientWidth + 1) {
        problems.push(`"${name}": cell "${cell.textContent?.trim().slice(0, 30)}" is cut`);
      }
    }
  }
  return problems;
}

/** Header pickers (language, theme) whose chosen option does not fit: "Tiếng …". */
function cutPickers() {
  const canvas = document.createElement('canvas').getContext('2d')!;
  return [...document.querySelectorAll<HTMLSelectElement>('header select')]
    .filter((select) => select.checkVisibility())
    .filter((select) => {
      const style = getComputedStyle(select);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = canvas.measureText(select.selectedOptions[0]?.textContent ?? '').width;
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return text > room + 0.5;
    })
    .map((select) => `picker "${select.selectedOptions[0]?.textContent}" is cut`);
}

/** In print: chrome or navigation cards still shown, external links without their address. */
function printProblems() {
  const problems: string[] = [];
  for (const selector of [
    'header.header',
    'nav.sidebar',
    '.pagination-links',
    '.sl-link-card',
    'site-search',
    'button',
  ]) {
    if ([...document.querySelectorAll(selector)].some((el) => el.checkVisibility()))
      problems.push(`prints ${selector}`);
  }
  for (const a of document.querySelectorAll<HTMLAnchorElement>(
    '.sl-markdown-content a[href^="http"]:not(.source-link)',
  )) {
    if (!a.checkVisibility()) continue;
    if (!getComputedStyle(a, '::after').content.includes(a.getAttribute('href')!)) {
      problems.push(`prints the link "${a.textContent?.trim()}" without its address`);
    }
  }
  return problems;
}

/** Diagrams whose smallest label renders under 12 px, or that have no full-screen control. */
function diagramProblems() {
  const problems: string[] = [];
  for (const figure of document.querySelectorAll<HTMLElement>('figure.diagram')) {
    const svg = figure.querySelector<SVGSVGElement>('svg');
    const name = svg?.querySelector('title')?.textContent ?? 'a diagram';
    if (!svg) continue;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const sizes = [...svg.querySelectorAll('text')]
      .filter((t) => t.textContent?.trim())
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    const smallest = Math.min(...sizes);
    if (innerWidth >= 1280 && smallest < 12)
      problems.push(`"${name}": smallest label ${smallest.toFixed(1)} px`);
    const open = figure.querySelector<HTMLElement>('[data-diagram-action="open"]');
    if (!open?.checkVisibility()) problems.push(`"${name}": no full-screen control`);
  }
  return problems;
}

/** Comparison rows shown twice on one page. */
function repeatedRows() {
  const ids = [...document.querySelectorAll<HTMLElement>('main tr[data-row]')].map((row) => row.dataset.row!);
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))].map((id) => `row "${id}" is shown twice`);
}

/** Copy-link icons that sit on a line of their own instead of after the last word. */
function strandedIcons() {
  return [...document.querySelectorAll<HTMLElement>('main a.copy-link')]
    .filter((link) => link.checkVisibility())
    .filter((link) => {
      const line = link.closest('.nowrap');
      return !line || line.getClientRects().length !== 1;
    })
    .map((link) => `icon "${link.getAttribute('aria-label')}" is not kept with the last word`);
}

/**
 * Opens each linked row (first, middle and last of the page) through its address, as a shared
 * link would, and says where the names of the row's columns are not on screen beside it: on a
 * phone the labels in the row's cells, on a wide screen the table's column headers.
 */
async function rowLinkProblems(page: Page): Promise<string[]> {
  const ids = await page.locator('main tr[id]').evaluateAll((rows) => rows.map((r) => r.id));
  const picked = [...new Set([ids[0], ids[Math.floor(ids.length / 2)], ids.at(-1)])].filter(
    (id): id is string => !!id,
  );
  const problems: string[] = [];
  for (const id of picked) {
    await page.evaluate((hash) => (location.hash = hash), id);
    await page.waitForFunction((hash) => document.getElementById(hash)?.matches(':target'), id);
    // Two frames: the scroll to the target, then the layout of the table it lands in.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const missing = await page.evaluate((rowId) => {
      const row = document.getElementById(rowId)!;
      const table = row.closest('table')!;
      const onScreen = (el: Element) => {
        const r = el.getBoundingClientRect();
        if (!el.checkVisibility() || r.height === 0 || r.top < 0 || r.bottom > innerHeight) return false;
        const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + r.height / 2);
        return !!hit && (el === hit || el.contains(hit));
      };
      if (!onScreen(row.firstElementChild!)) return [`row not on screen`];
      const headers = [...table.querySelectorAll('thead th')].slice(1);
      const labels = [...row.querySelectorAll('.cell-label')];
      const shown = labels.some((l) => l.checkVisibility()) ? labels : headers;
      return shown.filter((el) => !onScreen(el)).map((el) => `"${el.textContent?.trim()}" not on screen`);
    }, id);
    problems.push(...missing.map((m) => `#${id}: ${m}`));
  }
  return problems;
}

const pages = sampledBuiltPages();

test.describe('every page at 390 px and 1280 px: loads cleanly, lays out, prints and passes axe', () => {
  test('the build has the pages to check', () => expect(pages.length).toBeGreaterThan(20));

  for (const path of pages) {
    test(path, async ({ page, baseURL }) => {
      const failures: string[] = [];
      await watchCsp(page);
      const problems = watchPage(page, new URL(baseURL!).origin);
      for (const [width, height] of [
        [390, 844],
        [1280, 900],
      ] as const) {
        await page.setViewportSize({ width, height });
        const where = `${path} at ${width} px`;
        const seen = problems.length;
        const response = await page.goto(path);
        if (response?.status() !== 200) failures.push(`${where}: status ${response?.status()}`);
        failures.push(...(await page.evaluate(contentProblems)).map((p) => `${where}: ${p}`));
        if (width === 390) {
          failures.push(...(await page.evaluate(tableOverflow)).map((p) => `${where}: ${p}`));
          failures.push(...(await page.evaluate(repeatedRows)).map((p) => `${where}: ${p}`));
        }
        failures.push(...(await page.evaluate(strandedIcons)).map((p) => `${where}: ${p}`));
        failures.push(...(await page.evaluate(cutPickers)).map((p) => `${where}: ${p}`));
        failures.push(...(await page.evaluate(diagramProblems)).map((p) => `${where}: ${p}`));
        failures.push(
          ...(await axeProblems(page, width === 390 ? 'light' : 'dark')).map((p) => `${where}: ${p}`),
        );
        if (width === 1280) {
          await page.emulateMedia({ media: 'print' });
          failures.push(...(await page.evaluate(printProblems)).map((p) => `${path} in print: ${p}`));
          await page.emulateMedia({ media: 'screen' });
        }
        // Last: it moves the page to row anchors.
        failures.push(...(await rowLinkProblems(page)).map((p) => `${where}: ${p}`));
        failures.push(...(await cspViolations(page)).map((v) => `${where}: CSP ${v}`));
        failures.push(...problems.slice(seen).map((p) => `${where}: ${p}`));
      }
      expect(failures).toEqual([]);
    });
  }
});

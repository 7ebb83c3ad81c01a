import { expect, test } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readData } from '../../src/data/files';
import { recentChanges } from '../../src/lib/changes';
import { siteDate } from '../../src/config/site';
import { editions } from './helpers';

const changes = readData('changes').changes;
const rows = readData('comparison').rows;

test.describe('sources and what changed', () => {
  test('every comparison cell shows its own sources as named links', async ({ page }) => {
    await page.goto('compare/');
    const table = page.locator('tr[data-row]');
    await expect(table).toHaveCount(rows.length);
    const missing = await table.evaluateAll((trs) =>
      trs.flatMap((tr) =>
        [...tr.querySelectorAll('td')]
          .filter((td) => !td.querySelector('.source-link[aria-label^="Source"][href^="https://"]'))
          .map((td) => `${tr.id} ${td.cellIndex}`),
      ),
    );
    expect(missing).toEqual([]);
    const shadow = rows.find((r) => r.id === 'shadow-testing')!;
    const first = shadow.sagemaker.sources[0]!;
    await expect(page.locator('#shadow-testing td').nth(1).locator('.source-link').first()).toHaveAttribute(
      'aria-label',
      new RegExp(`^Source( 1)?: ${first.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
    );
    await expect(page.locator('#shadow-testing td').nth(1).locator('.source-link').first()).toHaveAttribute(
      'href',
      first.url,
    );
  });

  test('a row changed in the last 90 days shows an Updated badge that leads to its change entry', async ({
    page,
  }) => {
    const rowIds = new Set(rows.map((r) => r.id));
    const [target, change] = [...recentChanges(changes, siteDate())].find(
      ([href]) => href.startsWith('/compare/#') && rowIds.has(href.split('#')[1]!),
    )!;
    const id = target.split('#')[1]!;
    await page.goto('compare/');
    const badge = page.locator(`tr#${id} .updated-badge`);
    await expect(badge).toBeVisible();
    await badge.click();
    await expect(page).toHaveURL(new RegExp(`/changes/#${change.id}$`));
    await expect(page.locator(`h2#${change.id}`)).toBeVisible();
    await expect(page.locator(`section[aria-labelledby="${change.id}"] .source-link`).first()).toBeVisible();
  });

  test('/changes/ lists every change, newest first, and announces a valid RSS feed', async ({ page }) => {
    for (const { prefix, lang: language } of editions) {
      await page.goto(`${prefix}changes/`);
      await expect(page.locator('.change-entry h2')).toHaveCount(changes.length);
      const ids = await page.locator('.change-entry h2').evaluateAll((hs) => hs.map((h) => h.id));
      expect(ids).toEqual(changes.map((c) => c.id));
      const feedHref = await page
        .locator('link[rel="alternate"][type="application/rss+xml"]')
        .getAttribute('href');
      expect(feedHref).toBe(`/${prefix}changes.xml`);
      const xml = await (await page.request.get(feedHref!)).text();
      expect(XMLValidator.validate(xml)).toBe(true);
      const feed = new XMLParser().parse(xml).rss.channel;
      expect(feed.language).toBe(language);
      expect(feed.item).toHaveLength(changes.length);
      expect(feed.item[0].link).toMatch(new RegExp(`/${prefix}changes/#${changes[0]!.id}$`));
    }
  });

  test('/about/ has a bibliography grouped by service and the latest changes from the same data', async ({
    page,
  }) => {
    await page.goto('about/');
    for (const group of ['bedrock', 'sagemaker', 'general']) {
      await expect(page.locator(`#bibliography-${group} + ul li a[href^="https://"]`).first()).toBeVisible();
    }
    const latest = page
      .locator('#recent-changes-caption')
      .locator('xpath=ancestor::table')
      .locator('tbody tr');
    await expect(latest).toHaveCount(Math.min(10, changes.length));
    await expect(latest.first().locator('a')).toHaveAttribute('href', `/changes/#${changes[0]!.id}`);
  });

  test('prose pages end with their sources, in the page and in its Markdown version', async ({ page }) => {
    await page.goto('bedrock/');
    const sources = page
      .locator('#page-sources')
      .locator('xpath=following::ul[1]//a[starts-with(@href, "https://")]');
    expect(await sources.count()).toBeGreaterThan(3);
    const markdown = await (await page.request.get('bedrock.md')).text();
    expect(markdown).toContain('## Sources');
    expect(markdown).toMatch(
      /\[Manage your endpoints - Amazon Bedrock\]\(https:\/\/docs\.aws\.amazon\.com\//,
    );
  });

  test('the Markdown version of /compare/ keeps the source links of each row', async ({ page }) => {
    const markdown = await (await page.request.get('compare.md')).text();
    const shadow = rows.find((r) => r.id === 'shadow-testing')!;
    expect(markdown).toContain(`(${shadow.sagemaker.sources[0]!.url})`);
  });

  test('the Markdown version keeps every tab panel', async ({ page }) => {
    const markdown = await (await page.request.get('sagemaker.md')).text();
    for (const text of [
      '**Build and track**',
      '**Watch and explain**',
      '**Control access**',
      'Model Monitor',
      'SageMaker Catalog',
    ]) {
      expect(markdown, text).toContain(text);
    }
    const full = await (await page.request.get('llms-full.txt')).text();
    expect(full).toContain('**Watch and explain**');
  });
});

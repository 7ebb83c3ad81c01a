import { expect, test, type APIRequestContext } from '@playwright/test';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { pdfFiles, pdfForPage } from '../../src/config/downloads';
import { localeConfig } from '../../src/config/locales';
import { ui } from '../../src/data/ui';
import { expectLinkCopied, sitemapPaths } from './helpers';

/** A PDF as a reader sees it: pages, metadata, the text of each page and every link. */
async function readPdf(bytes: Buffer) {
  const doc = await getDocumentProxy(new Uint8Array(bytes));
  const { info } = (await getMeta(doc)) as { info: Record<string, unknown> };
  const { text } = await extractText(doc, { mergePages: false });
  const links: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    for (const annotation of await (await doc.getPage(n)).getAnnotations()) {
      if (annotation.subtype === 'Link' && annotation.url) links.push(annotation.url as string);
    }
  }
  return { pages: doc.numPages, info, text: text as string[], links };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The links of a PDF that point into the site answer 200 here. */
async function brokenSiteLinks(request: APIRequestContext, links: string[], siteRoot: URL, here: string) {
  const broken: string[] = [];
  const paths = new Set(links.filter((l) => l.startsWith(siteRoot.href)).map((l) => new URL(l).pathname));
  for (const path of paths) {
    const response = await request.get(new URL(path, here).href);
    if (!response.ok()) broken.push(`${path}: ${response.status()}`);
  }
  return broken;
}

test.describe('PDF downloads', () => {
  for (const pdf of pdfFiles()) {
    test(`/${pdf.pagePath} links to ${pdf.file}, a PDF of the page`, async ({ page, baseURL }) => {
      await page.goto(pdf.pagePath);
      const link = page
        .locator('.page-formats')
        .getByRole('link', { name: ui(pdf.locale, 'page.downloadPdf') });
      await expect(link).toHaveAttribute('type', 'application/pdf');
      await expect(link).toHaveAttribute('download', pdf.saveAs);
      const href = new URL((await link.getAttribute('href'))!, page.url()).href;
      expect(href).toBe(new URL(pdf.file, baseURL).href);

      const response = await page.request.get(href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^application\/pdf\b/);
      const read = await readPdf(await response.body());
      const all = oneLine(read.text.join('\n'));

      const title = oneLine((await page.locator('h1').first().textContent())!);
      const documentTitle = await page.title();
      expect(read.pages).toBeGreaterThanOrEqual(1);
      expect(all).toContain(title);
      expect(read.info.Title).toBe(documentTitle);
      expect(read.info.Title).toContain(title);
      expect(read.info.Language).toBe(localeConfig[pdf.locale].lang);

      // The review date, as the page shows it under its title.
      const reviewed = oneLine((await page.locator('.last-reviewed').textContent())!);
      expect(all).toContain(reviewed);

      // Each sheet's footer: the page's public address and "Page N / M" in the page's language.
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
      const pageWord = ui(pdf.locale, 'pdf.page');
      read.text.forEach((sheet, i) => {
        const text = oneLine(sheet);
        expect(text, `sheet ${i + 1}`).toContain(canonical);
        expect(text, `sheet ${i + 1}`).toContain(`${pageWord} ${i + 1} / ${read.pages}`);
      });

      // Links go to the public site or elsewhere on the web, never to the server that printed it.
      expect(read.links.length).toBeGreaterThan(0);
      const siteRoot = new URL(canonical.slice(0, canonical.length - pdf.pagePath.length));
      const local = read.links.filter((l) => /^https?:\/\/(127\.0\.0\.1|\[::1\])[:/]/.test(l));
      expect(local, 'links to a local server').toEqual([]);
      expect(read.links.filter((l) => !/^https?:\/\//.test(l))).toEqual([]);
      expect(read.links.some((l) => l.startsWith(siteRoot.href))).toBe(true);
      expect(await brokenSiteLinks(page.request, read.links, siteRoot, baseURL!)).toEqual([]);

      // Every glyph from an embedded outline font: no Type 3 fonts (Chromium's stand-in for a
      // style a font lacks), which some readers draw badly, as accented letters were.
      expect((await response.body()).toString('latin1')).not.toMatch(/\/Subtype\s*\/Type3\b/);
      // Paper has no icons to click: instructions about on-screen controls are left out.
      expect(all).not.toMatch(/chain icon|biểu tượng mắt xích/);
    });
  }

  test('a card of the talk track is printed whole on one sheet', async ({ page }) => {
    const pdf = pdfFiles().find((p) => p.pagePath === 'sales/talk-track/')!;
    const read = await readPdf(await (await page.request.get(pdf.file)).body());
    const sheets = read.text.map(oneLine);
    const sheetOf = (text: string) => sheets.findIndex((sheet) => sheet.includes(text));
    expect(sheetOf('the creation and customization layer')).toBe(
      sheetOf('every stage of the model lifecycle'),
    );
    expect(sheetOf('Amazon Bedrock: the consumption layer')).toBe(sheetOf('runs infrastructure'));
  });

  test('pages not in the list have no PDF link', async ({ page }) => {
    for (const path of ['overview/', 'vi/glossary/']) {
      expect(pdfForPage(path)).toBeUndefined();
      await page.goto(path);
      await expect(page.locator('.page-formats a[type="application/pdf"]')).toHaveCount(0);
    }
  });

  test('the sitemap and llms.txt do not list the PDFs as pages', async ({ page }) => {
    const paths = await sitemapPaths(page);
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((p) => /\.pdf$|\/downloads\//.test(p))).toEqual([]);
    for (const file of ['llms.txt', 'llms-full.txt']) {
      const response = await page.request.get(file);
      expect(response.ok(), file).toBe(true);
      expect(await response.text(), file).not.toMatch(/\.pdf\b|\/downloads\//);
    }
  });
});

test.describe('Copy page as Markdown', () => {
  for (const [path, locale] of [
    ['compare/', 'en'],
    ['vi/sales/faq/', 'vi'],
  ] as const) {
    test(`on /${path} it copies the page's Markdown and says so`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(path);
      const href = (await page.locator('.page-formats a[type="text/markdown"]').getAttribute('href'))!;
      const markdown = await (await page.request.get(href)).text();
      expect(markdown.length).toBeGreaterThan(100);
      const button = page.getByRole('button', { name: ui(locale, 'page.copyMarkdown') });
      await button.click();
      await expectLinkCopied(page, button, markdown, ui(locale, 'copy.textDone'));
    });
  }
});

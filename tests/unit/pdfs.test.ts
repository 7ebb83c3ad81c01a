import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfDownloads, pdfFile, pdfFiles, pdfForPage } from '../../src/config/downloads';
import { locales } from '../../src/config/locales';
import { localePrefix } from '../../src/config/i18n';
import { footerTemplate, renderPdfs, serveSite } from '../../src/integrations/pdfs';

describe('the list of PDFs', () => {
  it('names each file once and lists pages that exist in every language', () => {
    expect(new Set(pdfDownloads.map((d) => d.name)).size).toBe(pdfDownloads.length);
    for (const { page } of pdfDownloads) {
      for (const locale of locales) {
        const file = join('content/docs', localePrefix(locale), page);
        expect(existsSync(`${file}.mdx`) || existsSync(`${file}.md`), file).toBe(true);
      }
    }
  });

  it('puts each language in its own directory and finds a page by id or path', () => {
    expect(pdfFiles()).toHaveLength(pdfDownloads.length * locales.length);
    expect(pdfForPage('vi/sales/faq')).toMatchObject({
      locale: 'vi',
      pagePath: 'vi/sales/faq/',
      file: 'vi/downloads/faq.pdf',
      saveAs: 'faq-vi.pdf',
    });
    expect(pdfForPage('/compare/')).toMatchObject({ locale: 'en', file: 'downloads/comparison.pdf' });
    expect(pdfForPage('overview')).toBeUndefined();
    expect(pdfForPage('vi/glossary')).toBeUndefined();
  });
});

describe('footerTemplate', () => {
  it('shows the address as text and leaves the page numbers to Chromium', () => {
    const html = footerTemplate('https://example.org/a/?q=1&b=<x>', 'Trang');
    expect(html).toContain('https://example.org/a/?q=1&#38;b=&#60;x&#62;');
    expect(html).toMatch(/Trang <span class="pageNumber"><\/span> \/ <span class="totalPages"><\/span>/);
  });
});

/** A built site of three pages under /docs/: one to print, one it links to, one empty. */
async function makeSite(root: string) {
  const pages: Record<string, string> = {
    'vi/guide/index.html':
      '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Hướng dẫn | Site</title>' +
      '<link rel="stylesheet" href="/docs/style.css"></head><body><main><h1>Hướng dẫn in</h1>' +
      '<p>Xem <a href="../other/">trang khác</a> và <a href="/docs/vi/other/#part">một phần</a>.</p>' +
      '</main></body></html>',
    'vi/other/index.html':
      '<!doctype html><html lang="vi"><title>Khác</title><main><p>Khác</p></main></html>',
    'empty/index.html': '<!doctype html><html lang="en"><title>Empty</title><main></main></html>',
    'style.css': 'h1 { color: rgb(0, 0, 128); }',
  };
  for (const [file, text] of Object.entries(pages)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), text);
  }
}

/** A PDF of a page of the test site, named as the build names them (src/config/downloads.ts). */
const file = (pagePath: string, name: string) =>
  pdfFile({ name, page: pagePath.replace(/^vi\/|\/$/g, '') }, pagePath.startsWith('vi/') ? 'vi' : 'en');

// One small built site for both suites.
let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pdf-site-'));
  await makeSite(root);
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('serveSite', () => {
  it('serves the build under its base only, index.html for a folder, nothing outside it', async () => {
    const server = await serveSite(root, '/docs/');
    try {
      const page = await fetch(`${server.origin}/docs/vi/guide/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toContain('Hướng dẫn in');
      const css = await fetch(`${server.origin}/docs/style.css`);
      expect(css.headers.get('content-type')).toMatch(/^text\/css/);
      expect((await fetch(`${server.origin}/vi/guide/`)).status).toBe(404);
      expect((await fetch(`${server.origin}/docs/vi/missing/`)).status).toBe(404);
      expect((await fetch(`${server.origin}/docs/..%2F..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
      expect((await fetch(`${server.origin}/docs/vi/guide/`, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});

describe('renderPdfs', () => {
  const options = { base: '/docs/', site: 'https://example.org' };

  it('prints a page at its public address, with its title, language, footer and links', async () => {
    const written = await renderPdfs({ ...options, root, files: [file('vi/guide/', 'guide')] });
    expect(written).toHaveLength(1);
    const bytes = await readFile(join(root, 'vi/downloads/guide.pdf'));
    expect(written[0]!.bytes).toBe(bytes.length);

    const doc = await getDocumentProxy(new Uint8Array(bytes));
    expect(doc.numPages).toBe(1);
    const { info } = (await getMeta(doc)) as { info: Record<string, unknown> };
    expect(info.Title).toBe('Hướng dẫn | Site');
    expect(info.Language).toBe('vi');
    const { text } = await extractText(doc, { mergePages: true });
    expect(text).toContain('Hướng dẫn in');
    expect(text).toContain('https://example.org/docs/vi/guide/');
    expect(text).toMatch(/Trang 1 \/ 1/);
    const links = (await (await doc.getPage(1)).getAnnotations()).map((a) => a.url as string);
    expect(links.sort()).toEqual([
      'https://example.org/docs/vi/other/',
      'https://example.org/docs/vi/other/#part',
    ]);
  }, 60_000);

  it('fails naming the page when it is not in the build', async () => {
    await expect(renderPdfs({ ...options, root, files: [file('vi/nowhere/', 'nowhere')] })).rejects.toThrow(
      /Cannot make the PDF of \/vi\/nowhere\/ \(vi\/downloads\/nowhere\.pdf\): the page is not in the build/,
    );
  });

  it('fails naming the page when it prints nothing', async () => {
    await expect(renderPdfs({ ...options, root, files: [file('empty/', 'empty')] })).rejects.toThrow(
      /Cannot make the PDF of \/empty\/ .*no content when printed/,
    );
    expect(existsSync(join(root, 'downloads/empty.pdf'))).toBe(false);
  }, 60_000);

  it('fails naming the pages when there is no Chromium', async () => {
    const saved = process.env.CHROME_PATH;
    process.env.CHROME_PATH = '/nonexistent/chromium';
    try {
      await expect(renderPdfs({ ...options, root, files: [file('vi/guide/', 'guide')] })).rejects.toThrow(
        /Cannot make the PDFs of \/vi\/guide\/: CHROME_PATH is set to "\/nonexistent\/chromium"/,
      );
    } finally {
      if (saved === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved;
    }
  });
});

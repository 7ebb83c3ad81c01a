import { createReadStream } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright';
import type { AfterBuildStep } from './after-build';
import { pdfFiles, type PdfFile } from '../config/downloads';
import { ui } from '../data/ui';
import { baseRoot } from '../lib/urls';
// The one Chromium lookup, shared with the diagram renderer and the browser tests.
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { LOCAL_ORIGIN } from '../config/site';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.pdf': 'application/pdf',
};

export interface StaticServer {
  /** "http://127.0.0.1:<port>", no trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site from its folder on 127.0.0.1 and a free port, under its base path only,
 * as a static host would: "/docs/compare/" is docs' compare/index.html, anything outside the base
 * or the folder is a 404. GET and HEAD only.
 */
export async function serveSite(root: string, base = '/'): Promise<StaticServer> {
  const top = resolve(root);
  const prefix = baseRoot(base);
  /** The file a request's path names, or the status to answer instead. */
  const lookup = async (url = '/'): Promise<{ file: string; size: number } | number> => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(url, 'http://local').pathname);
    } catch {
      return 400;
    }
    if (!path.startsWith(prefix)) return 404;
    const rest = path.slice(prefix.length);
    const file = resolve(top, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest);
    if (!file.startsWith(top + sep)) return 404;
    const info = await stat(file).catch(() => undefined);
    return info?.isFile() ? { file, size: info.size } : 404;
  };
  const server = createServer((request, response) => {
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    void lookup(request.url).then((found) => {
      if (typeof found === 'number') {
        response.writeHead(found).end();
        return;
      }
      response.writeHead(200, {
        'content-type': contentTypes[extname(found.file)] ?? 'application/octet-stream',
        'content-length': found.size,
      });
      if (method === 'HEAD') response.end();
      else createReadStream(found.file).pipe(response);
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The footer of every PDF sheet: the page's public address on the left, "Page N / M" on the
 * right, in the page's language. Chromium fills the `pageNumber` and `totalPages` spans; the
 * page's own styles do not reach this template, so it carries its own.
 */
export function footerTemplate(pageUrl: string, pageWord: string): string {
  return [
    '<div style="box-sizing:border-box;width:100%;padding:0 15mm;display:flex;gap:8mm;',
    'justify-content:space-between;font:8pt system-ui,sans-serif;color:#444">',
    `<span style="overflow-wrap:anywhere">${escapeHtml(pageUrl)}</span>`,
    `<span style="white-space:nowrap">${escapeHtml(pageWord)} <span class="pageNumber"></span>`,
    ' / <span class="totalPages"></span></span></div>',
  ].join('');
}

/** A PDF that Chromium wrote in full: the header, the end-of-file mark and more than a blank sheet. */
function checkPdf(bytes: Buffer): string | undefined {
  if (bytes.length < 2048) return `the PDF has only ${bytes.length} bytes`;
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') return 'the file is not a PDF';
  if (!bytes.subarray(-32).toString('latin1').includes('%%EOF')) return 'the PDF is cut short';
  return undefined;
}

export interface RenderPdfsOptions {
  /** The built site's folder. */
  root: string;
  /** The base path the site was built for ("/" or "/docs/"). */
  base: string;
  /** The public origin (config.site); the pages are printed at their public address. */
  site: string;
  /** The PDFs to make; each page must be in the build. */
  files: PdfFile[];
}

/** Opens one page and prints it; throws with what went wrong. */
async function printPage(page: Page, pageUrl: string, pdf: PdfFile): Promise<Buffer> {
  const response = await page.goto(pageUrl, { waitUntil: 'load', timeout: 60_000 });
  if (!response?.ok()) throw new Error(`the page answered ${response?.status() ?? 'nothing'}`);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready);
  const printed = await page.evaluate(
    () => (document.querySelector('main') as HTMLElement | null)?.innerText.trim().length ?? 0,
  );
  if (!printed) throw new Error('the page has no content when printed');
  const bytes = await page.pdf({
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: footerTemplate(pageUrl, ui(pdf.locale, 'pdf.page')),
    // A tagged PDF carries the page's language (its <html lang>); an untagged one has none.
    tagged: true,
    outline: true,
  });
  const problem = checkPdf(bytes);
  if (problem) throw new Error(problem);
  return bytes;
}

/**
 * Prints each listed page of a built site to its PDF with the print stylesheet, in Chromium.
 *
 * The site is served from its folder by `serveSite`, but the browser opens each page at its
 * public address (site + base): every request to that origin is answered by the local server.
 * So relative links resolve to the public site, and the links Chromium writes into the PDF
 * work wherever the file is read; requests to any other origin are refused. The page's
 * `<title>` becomes the PDF's title and its `<html lang>` the PDF's language.
 *
 * Throws, naming the page, when Chromium is missing, a page was not built or answered with an
 * error, its content is empty in print, or the PDF is not whole. Returns what was written.
 */
export async function renderPdfs(options: RenderPdfsOptions): Promise<{ file: string; bytes: number }[]> {
  const { root, files } = options;
  const siteRoot = new URL(baseRoot(options.base), options.site);
  const pageList = files.map((f) => `/${f.pagePath}`).join(', ');

  for (const pdf of files) {
    const html = join(root, pdf.pagePath, 'index.html');
    if (!(await stat(html).catch(() => undefined))?.isFile()) {
      throw new Error(
        `Cannot make the PDF of /${pdf.pagePath} (${pdf.file}): the page is not in the build ` +
          `(no ${join(pdf.pagePath, 'index.html')}). Fix the list in src/config/downloads.ts or add the page.`,
      );
    }
  }
  const launchOptions = await chromiumLaunchOptions().catch((error: Error) => {
    throw new Error(`Cannot make the PDFs of ${pageList}: ${error.message}`, { cause: error });
  });

  const server = await serveSite(root, options.base);
  const browser = await chromium.launch(launchOptions).catch((error: Error) => {
    void server.close();
    throw new Error(`Cannot make the PDFs of ${pageList}: Chromium did not start: ${error.message}`, {
      cause: error,
    });
  });
  const written: { file: string; bytes: number }[] = [];
  try {
    const context = await browser.newContext({ colorScheme: 'light', serviceWorkers: 'block' });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== siteRoot.origin) return route.abort('blockedbyclient');
      try {
        const answer = await fetch(`${server.origin}${url.pathname}${url.search}`);
        await route.fulfill({
          status: answer.status,
          headers: Object.fromEntries(answer.headers),
          body: Buffer.from(await answer.arrayBuffer()),
        });
      } catch {
        await route.abort('failed');
      }
    });
    const page = await context.newPage();
    for (const pdf of files) {
      const bytes = await printPage(page, new URL(pdf.pagePath, siteRoot).href, pdf).catch((error: Error) => {
        throw new Error(`Cannot make the PDF of /${pdf.pagePath} (${pdf.file}): ${error.message}`, {
          cause: error,
        });
      });
      const target = join(root, pdf.file);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, bytes);
      written.push({ file: pdf.file, bytes: bytes.length });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return written;
}

/**
 * After the build: the PDFs of the pages listed in src/config/downloads.ts, from the final
 * pages (this step runs after the CSP step), into `downloads/` of each language.
 */
export const pdfFilesStep: AfterBuildStep = async ({ dir, logger, config }) => {
  const started = Date.now();
  const written = await renderPdfs({
    root: fileURLToPath(dir),
    base: config.base,
    site: config.site ?? LOCAL_ORIGIN,
    files: pdfFiles(),
  });
  const sizes = written.map((w) => `${w.file} (${Math.round(w.bytes / 1024)} KiB)`).join(', ');
  logger.info(`${written.length} PDFs written in ${((Date.now() - started) / 1000).toFixed(1)} s: ${sizes}`);
};

/**
 * The pages that can be downloaded as PDF: the one list. The build prints each of them, in
 * every language, to a file under `downloads/` (src/integrations/pdfs.ts), the page's footer
 * links to its file (src/components/overrides/Footer.astro), and the tests read this list to
 * know which files to expect. To offer another page, add a line here; nothing else changes.
 *
 * Files live in each language's own directory, like the pages: the English talk track is
 * `/downloads/talk-track.pdf`, the Vietnamese one `/vi/downloads/talk-track.pdf`.
 */
import { locales, type Locale } from './locales';
import { localeOfId, localePrefix, withoutLocale } from './i18n';

export interface PdfDownload {
  /** The file's name without ".pdf", the same in every language. */
  name: string;
  /** The page, as its path without base, language or slashes at either end: "sales/faq". */
  page: string;
}

export const pdfDownloads: readonly PdfDownload[] = [
  { name: 'talk-track', page: 'sales/talk-track' },
  { name: 'faq', page: 'sales/faq' },
  { name: 'comparison', page: 'compare' },
];

/** One PDF: a listed page in one language. Paths have no base and no leading slash. */
export interface PdfFile extends PdfDownload {
  locale: Locale;
  /** The page it is printed from: "vi/sales/faq/". */
  pagePath: string;
  /** Where the file is written and served: "vi/downloads/faq.pdf". */
  file: string;
  /** The name a browser saves it under, with the language for all but the default: "faq-vi.pdf". */
  saveAs: string;
}

/** The PDF of one listed (or, in tests, any) page in one language. */
export function pdfFile(download: PdfDownload, locale: Locale): PdfFile {
  const prefix = localePrefix(locale);
  const suffix = prefix ? `-${prefix.replace(/\/$/, '')}` : '';
  return {
    ...download,
    locale,
    pagePath: `${prefix}${download.page}/`,
    file: `${prefix}downloads/${download.name}.pdf`,
    saveAs: `${download.name}${suffix}.pdf`,
  };
}

/** Every PDF the build makes: each listed page in each language. */
export function pdfFiles(): PdfFile[] {
  return pdfDownloads.flatMap((d) => locales.map((l) => pdfFile(d, l)));
}

/** The PDF of a page, by its id or path ("vi/sales/faq", "/compare/"), if it has one. */
export function pdfForPage(idOrPath: string): PdfFile | undefined {
  const id = idOrPath.replace(/^\/+|\/+$/g, '');
  const download = pdfDownloads.find((d) => d.page === withoutLocale(id));
  return download && pdfFile(download, localeOfId(id));
}

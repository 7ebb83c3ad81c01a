import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Checks a built site without a browser: every internal href, src and srcset of every HTML
 * file must resolve to a file of the build, and every #hash to an id (or <a name>) on the
 * target page. Links to other origins are collected, not fetched.
 *
 * Only Node built-ins are imported, so scripts/check-dist.ts runs this file directly.
 *
 * Why not linkinator (tried 2026-12-06, linkinator 8.1.0 over a copy of dist/, with fragment
 * checking and every page as a start point): its command line cannot check links to the site's
 * own origin (SITE_URL's port is not the one it serves on), so a broken absolute link got
 * through; from the home page alone it reached 133 of 285 pages (the other language is linked
 * by absolute URLs and <option> values); it reads a fixed list of tags (no SVG <use href>),
 * reports a URL once however many times a page links it, has no "outside the base path" error,
 * and took 9–13 s where this takes under 2 s. Through its API, with a wrapper that rewrites the
 * origin, it caught what this catches but for <use href>: the same amount of code, slower.
 * starlight-links-validator, which the build runs, checks the links written in the content; this
 * checks every built page, generated ones and the base-path build included.
 */

export interface CrawlOptions {
  /** The base path the build was made for: "/" or a sub-path such as "/docs/". */
  base?: string;
  /** The site's public origin (SITE_URL); absolute links to it are checked like internal ones. */
  site?: string;
}

export interface CrawlReport {
  /** HTML files read. */
  pages: number;
  /** Internal references checked. */
  checked: number;
  /** One line per broken reference: "page file: attribute="link" → what is wrong". */
  errors: string[];
  /** Links to other origins (and mailto: and the like), each with how often it is used. */
  external: Map<string, number>;
}

export interface Reference {
  attribute: string;
  value: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the character references that can appear in an attribute value. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

const linkAttributes = new Set(['href', 'xlink:href', 'src', 'srcset']);

/**
 * Reads the links and the ids of one HTML page. Comments are skipped, and so is the text of
 * <script> and <style> elements (their start tags still count: <script src>).
 */
export function parsePage(html: string): { references: Reference[]; ids: Set<string> } {
  const references: Reference[] = [];
  const ids = new Set<string>();
  const markup = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<(script|style)\b(?:[^>"']|"[^"]*"|'[^']*')*>)[\s\S]*?<\/\2\s*>/gi, '$1');
  const tags = /<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  const attributes = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const [, tag, text] of markup.matchAll(tags)) {
    for (const [, rawName, double, single, bare] of text!.matchAll(attributes)) {
      const name = rawName!.toLowerCase();
      const value = double ?? single ?? bare;
      if (value === undefined) continue;
      const decoded = decodeEntities(value);
      if (name === 'id' || (name === 'name' && tag!.toLowerCase() === 'a')) ids.add(decoded);
      if (!linkAttributes.has(name)) continue;
      if (name !== 'srcset') {
        references.push({ attribute: name, value: decoded.trim() });
        continue;
      }
      // "a.png 1x, b.png 2x": each candidate is a URL and an optional size.
      if (decoded.trim().startsWith('data:')) continue;
      for (const candidate of decoded.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) references.push({ attribute: name, value: url });
      }
    }
  }
  return { references, ids };
}

/** The URL path a built file is served at: "guide/index.html" → "/docs/guide/". */
export function urlPathOf(file: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + file.replace(/(^|\/)index\.html$/, '$1');
}

const htmlFiles = (outDir: string) =>
  (readdirSync(outDir, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.html'))
    .sort();

/** Crawls every HTML file of a build directory. */
export function crawlSite(outDir: string, options: CrawlOptions = {}): CrawlReport {
  const base = (options.base ?? '/').replace(/\/*$/, '/');
  const siteOrigin = options.site ? new URL(options.site).origin : undefined;
  const crawlOrigin = 'http://crawl.invalid';
  const files = htmlFiles(outDir);
  const pages = new Map(files.map((f) => [f, parsePage(readFileSync(join(outDir, f), 'utf8'))]));
  const report: CrawlReport = { pages: files.length, checked: 0, errors: [], external: new Map() };
  if (!files.length) {
    report.errors.push(`${outDir}: no HTML files; build the site first`);
    return report;
  }
  const kind = (path: string) => {
    try {
      return statSync(join(outDir, path)).isDirectory() ? 'directory' : 'file';
    } catch {
      return 'missing';
    }
  };

  for (const [file, { references }] of pages) {
    const pageUrl = new URL(urlPathOf(file, base), crawlOrigin);
    for (const { attribute, value } of references) {
      const fail = (problem: string) => report.errors.push(`${file}: ${attribute}="${value}" → ${problem}`);
      let url: URL;
      try {
        url = new URL(value, pageUrl);
      } catch {
        fail('not a valid URL');
        continue;
      }
      if (url.protocol === 'data:' || url.protocol === 'blob:') continue;
      if (url.origin !== crawlOrigin && url.origin !== siteOrigin) {
        report.external.set(url.href, (report.external.get(url.href) ?? 0) + 1);
        continue;
      }
      report.checked++;
      let path: string;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        fail('the path is not valid percent-encoding');
        continue;
      }
      if (!path.startsWith(base)) {
        fail(`outside the base path ${base}`);
        continue;
      }
      const rest = path.slice(base.length);
      const target = rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
      const found = kind(target);
      if (found === 'directory') {
        fail(`${target} is a directory: end the link with "/"`);
        continue;
      }
      if (found === 'missing') {
        fail(`no file ${target} in ${outDir}`);
        continue;
      }
      const fragment = url.hash.slice(1);
      if (!fragment || !target.endsWith('.html')) continue;
      let id: string;
      try {
        id = decodeURIComponent(fragment);
      } catch {
        id = fragment;
      }
      // The HTML standard scrolls to the top for "#top" when no element has that id.
      if (id.toLowerCase() === 'top' || id.startsWith(':~:')) continue;
      const ids = pages.get(target)?.ids ?? parsePage(readFileSync(join(outDir, target), 'utf8')).ids;
      if (!ids.has(id)) fail(`no id "${id}" on ${target}`);
    }
  }
  return report;
}

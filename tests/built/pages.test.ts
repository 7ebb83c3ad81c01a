import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeConfig, locales } from '../../src/config/locales';

/**
 * What every built page must carry, read from the files in dist/ (the same bytes a host
 * serves): link-preview tags with an image that exists, a Markdown version listed in llms.txt,
 * a copy link on every section heading, and "Copy page as Markdown" beside the Markdown link.
 */
const dist = process.env.DIST_DIR ?? 'dist';
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const locs = (xml: string) => [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
const paths = locs(read('sitemap-index.xml')).flatMap((sitemap) => locs(read(sitemap)));
const pages = paths.map((path) => ({ path, html: read(join(path, 'index.html')) }));
const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];
/** "Copy link" in every language: page chrome that must not reach a Markdown version. */
const copyLinkWords: string[] = locales.map(
  (l) => JSON.parse(readFileSync(`content/i18n/${localeConfig[l].lang}.json`, 'utf8'))['handout.copyLink'],
);
const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&#39;/g, "'");

describe('every built page', () => {
  it('is in the sitemap, with its file', () => {
    expect(paths.length).toBeGreaterThan(20);
  });

  it('has a canonical URL, link-preview tags and a 1200 × 630 image of its own', () => {
    const problems: string[] = [];
    const images = new Set<string>();
    for (const { path, html } of pages) {
      const canonical = attr(html, /<link rel="canonical" href="([^"]+)"/);
      const image = attr(html, /<meta property="og:image" content="([^"]+)"/);
      const twitter = attr(html, /<meta name="twitter:image" content="([^"]+)"/);
      if (!canonical || new URL(canonical).pathname !== path)
        problems.push(`${path}: canonical ${canonical}`);
      if (!attr(html, /<meta property="og:title" content="([^"]+)"/))
        problems.push(`${path}: og:title missing`);
      if (!attr(html, /<meta property="og:description" content="([^"]+)"/))
        problems.push(`${path}: og:description missing`);
      if (!image || !/^https?:\/\//.test(image)) problems.push(`${path}: og:image ${image}`);
      if (twitter !== image) problems.push(`${path}: twitter:image differs from og:image`);
      if (!html.includes('<meta name="twitter:card" content="summary_large_image"'))
        problems.push(`${path}: twitter:card missing`);
      if (!image) continue;
      const file = join(dist, new URL(image).pathname);
      images.add(file);
      if (!existsSync(file)) {
        problems.push(`${path}: no image at ${image}`);
        continue;
      }
      // A PNG of 1200 × 630 pixels: width and height are the IHDR chunk's first two numbers.
      const png = readFileSync(file);
      if (png.readUInt32BE(16) !== 1200 || png.readUInt32BE(20) !== 630)
        problems.push(`${image}: wrong size`);
    }
    expect(problems).toEqual([]);
    expect(images.size, 'one image per page').toBe(pages.length);
  });

  it('links to its Markdown version, which starts with its title, and llms.txt lists it', () => {
    const llms = read('llms.txt');
    expect(llms).toMatch(/^# .+\n\n> /);
    const problems: string[] = [];
    for (const { path, html } of pages) {
      const href = attr(html, /class="page-formats[^"]*"[^>]*>\s*<a href="([^"]+)" type="text\/markdown"/);
      const canonical = attr(html, /<link rel="canonical" href="([^"]+)"/)!;
      const title = decode(attr(html, /<h1 id="_top"[^>]*>([^<]+)<\/h1>/) ?? '');
      if (!href) {
        problems.push(`${path}: no Markdown link`);
        continue;
      }
      const file = join(dist, href);
      const markdown = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      if (markdown === undefined) problems.push(`${path}: ${href} is missing`);
      else if (!markdown.startsWith(`# ${title}\n`))
        problems.push(`${path}: ${href} does not start with "${title}"`);
      else if (
        /<svg|<script|data-copy-link/.test(markdown) ||
        copyLinkWords.some((w) => markdown.includes(w))
      )
        problems.push(`${path}: ${href} has page chrome`);
      // Links in llms.txt are absolute, on the site's public address (its canonical URLs).
      if (!llms.includes(`](${new URL(href, canonical).href})`)) problems.push(`${path}: not in llms.txt`);
      // "Copy page as Markdown" copies that same file.
      const button = attr(html, /<button type="button" class="copy-text[^"]*" data-copy-markdown="([^"]+)"/);
      if (button !== href) problems.push(`${path}: Markdown ${href}, copy button ${button}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every H2 and H3 with an id a copy link', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { path, html } of pages) {
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      for (const [, id] of main.matchAll(/<h[23] id="([^"]+)"/g)) {
        // Decision-tree questions and outcomes are steps of one interactive answer, shared with
        // its own "Copy link to this result" button (the answers live in the URL).
        if (id!.startsWith('dt-')) continue;
        const anchor = new RegExp(
          `class="sl-anchor-link[^"]*" href="#${id}"|class="copy-link"[^>]*href="[^"]*#${id}"`,
        );
        if (!anchor.test(main)) problems.push(`${path}#${id}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });
});

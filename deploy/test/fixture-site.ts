/**
 * A small built site in a temporary folder, shaped like dist/: for every language, the home
 * page, a page per redirect target of src/config/redirects.ts and the redirect pages the build
 * writes, plus 404 pages, feeds, Markdown versions, the search index and a hashed asset. The
 * tests use it so they run without a build; DIST_DIR adds the real one (see sites()).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { redirects } from '../../src/config/redirects.ts';
import { localePrefixes } from '../lib/site-function.ts';
import { siteSettings } from '../lib/settings.ts';

export function fixtureSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-fixture-'));
  const write = (file: string, text = `<!doctype html><title>${file}</title>`) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  for (const prefix of localePrefixes) {
    write(`${prefix}index.html`);
    for (const page of ['overview/', ...Object.values(redirects), ...Object.keys(redirects)]) {
      write(`${prefix}${page}index.html`);
    }
    write(`${prefix}compare.md`, '# Compare');
    write(`${prefix}changes.xml`, '<rss/>');
    if (prefix) write(`${prefix}404/index.html`);
  }
  write('404.html');
  write('_astro/common.AbC123.css', 'body{}');
  write('pagefind/pagefind.js', '');
  write('pagefind/fragment/en_0123abc.pf_fragment', '');
  write('og/compare.png', '');
  write('_headers', '/*\n');
  write('_redirects', '');
  return dir;
}

/** The sites the tests run on: the fixture, and the built site when DIST_DIR names one. */
export function sites(): [name: string, dir: string][] {
  const list: [string, string][] = [['fixture site', fixtureSite()]];
  if (process.env.DIST_DIR)
    list.push([`built site (${process.env.DIST_DIR})`, siteSettings(process.env).distDir]);
  return list;
}

import type { Locale } from '../schemas/common';

/**
 * Turns a site path ("/compare/#spot-instances") into a link for the current deployment and
 * language: the base path first ("/docs/"), then "vi/" for the Vietnamese edition.
 */
export function localHref(path: string, locale: Locale, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const prefix = locale === 'vi' ? 'vi/' : '';
  return `${root}${prefix}${path.replace(/^\//, '')}`;
}

/**
 * Where the Markdown version of a page lives: "/compare/" → "/compare.md", the home page
 * "/" → "/index.md", "/vi/" → "/vi.md". `pathname` includes the base path, which is kept.
 */
export function markdownHref(pathname: string, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const inner = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  const page = inner.replace(/\/?(index\.html)?$/, '');
  return `${root}${page || 'index'}.md`;
}

/** The same mapping for a built file: "compare/index.html" → "compare.md". */
export function markdownFileFor(htmlFile: string): string {
  const page = htmlFile.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '');
  return `${page || 'index'}.md`;
}

/**
 * Prefixes a root-relative link ("/cost/", "/vi/compare/#cost") with the base path
 * ("/docs/"). Other links, and links that already start with the base, are returned as they are.
 */
export function withBase(href: string, base: string): string {
  const root = base.replace(/\/+$/, '');
  if (!root || !href.startsWith('/') || href.startsWith('//') || href.startsWith(`${root}/`)) return href;
  return root + href;
}

/** The base path with exactly one trailing slash: "/docs" → "/docs/", "/" → "/". */
export function baseRoot(base = '/'): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * The "page not found" page in either language, by page id ("vi/404") or built file
 * ("404.html", "vi/404/index.html").
 */
export function isNotFoundPage(idOrFile: string): boolean {
  return /(^|\/)404(\.html|\/index\.html)?$/.test(idOrFile);
}

/**
 * Where the Markdown version of a page lives: "/compare/" → "/compare.md", the home page
 * "/" → "/index.md", "/vi/" → "/vi.md". `pathname` includes the base path, which is kept.
 */
export function markdownHref(pathname: string, base = '/'): string {
  const root = baseRoot(base);
  const inner = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  return `${root}${markdownFileFor(inner)}`;
}

/** The same mapping for a built file or page path: "compare/index.html" or "compare/" → "compare.md". */
export function markdownFileFor(htmlFile: string): string {
  const page = htmlFile.replace(/\\/g, '/').replace(/\/?(index\.html)?$/, '');
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

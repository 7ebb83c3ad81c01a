import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Prefixes root-relative links in content ("/cost/") with the site's base path, so the same
 * pages work at a domain root and under a sub-path such as "/docs/".
 */
export default function rehypeBaseLinks(options: { base: string }) {
  const base = options.base.replace(/\/+$/, '');
  return (tree: Root) => {
    if (!base) return;
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties.href;
      if (
        typeof href === 'string' &&
        href.startsWith('/') &&
        !href.startsWith('//') &&
        !href.startsWith(`${base}/`)
      ) {
        node.properties.href = base + href;
      }
    });
  };
}

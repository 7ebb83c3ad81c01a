import type { Root } from 'hast';
import type {} from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { withBase } from '../lib/urls';

/**
 * Prefixes root-relative links in content ("/cost/") with the site's base path, so the same
 * pages work at a domain root and under a sub-path such as "/docs/": Markdown links, and the
 * `href` of components used in MDX (`<LinkCard href="/compare/" />`).
 */
export default function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element' && node.tagName === 'a') {
        const href = node.properties.href;
        if (typeof href === 'string') node.properties.href = withBase(href, options.base);
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of node.attributes) {
          if (
            attribute.type === 'mdxJsxAttribute' &&
            attribute.name === 'href' &&
            typeof attribute.value === 'string'
          ) {
            attribute.value = withBase(attribute.value, options.base);
          }
        }
      }
    });
  };
}

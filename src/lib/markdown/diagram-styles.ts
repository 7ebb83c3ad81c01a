import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Removes the <style> Mermaid embeds in each rendered diagram. Its colours are fixed for one
 * theme; the site's own stylesheet (src/styles/diagrams.css) colours diagrams from Starlight's
 * theme variables instead, so they follow the light/dark switch.
 */
export default function rehypeDiagramStyles() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'svg' || !String(node.properties.id ?? '').startsWith('mermaid')) return;
      node.children = node.children.filter(
        (child) => !(child.type === 'element' && child.tagName === 'style'),
      );
      // Give the SVG its natural size: desktop CSS scales it down to fit, phones keep it
      // full size inside the scrolling figure so the text stays readable.
      const [, , width, height] = String(node.properties.viewBox ?? '')
        .split(/\s+/)
        .map(Number);
      if (width && height) {
        node.properties.width = Math.ceil(width);
        node.properties.height = Math.ceil(height);
        delete node.properties.style;
      }
    });
  };
}

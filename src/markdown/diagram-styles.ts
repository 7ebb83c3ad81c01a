import type { Element, ElementContent, Root } from 'hast';
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
      lighten(node);
    });
  };
}

const same = (a: Element, b: Element) => JSON.stringify(a.properties) === JSON.stringify(b.properties);
const text = (node: Element) => node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
const onlyText = (node: Element) => node.children.every((c) => c.type === 'text');

/**
 * Fewer elements for the browser to style and lay out, the same picture: Mermaid writes each
 * word of a label as its own <tspan>; runs of word tspans with the same attributes become one,
 * a line with a single run keeps the line only, and empty style attributes go.
 */
function lighten(node: Element) {
  if (node.properties.style === '') delete node.properties.style;
  const merged: ElementContent[] = [];
  for (const child of node.children) {
    const last = merged.at(-1);
    if (
      child.type === 'element' &&
      child.tagName === 'tspan' &&
      onlyText(child) &&
      last?.type === 'element' &&
      last.tagName === 'tspan' &&
      onlyText(last) &&
      same(last, child)
    ) {
      last.children = [{ type: 'text', value: text(last) + text(child) }];
      continue;
    }
    if (child.type === 'element') lighten(child);
    merged.push(child);
  }
  node.children = merged;
  // A line holding one run of words: the run's attributes go on the line, the run goes.
  const only = merged.length === 1 ? merged[0] : undefined;
  if (node.tagName === 'tspan' && only?.type === 'element' && only.tagName === 'tspan' && onlyText(only)) {
    const rest = { ...only.properties };
    delete rest.className;
    node.properties = { ...rest, ...node.properties };
    node.children = only.children;
  }
}

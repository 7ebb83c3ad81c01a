import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** The label a body cell carries: its column's name, shown when tables become cards. */
export function cellLabel(text: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['cell-label'], ariaHidden: 'true' },
    children: [
      { type: 'text', value: text },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['cell-label-sep'] },
        children: [{ type: 'text', value: ': ' }],
      },
    ],
  };
}

const isElement = (node: ElementContent | undefined, tagName: string): node is Element =>
  node?.type === 'element' && node.tagName === tagName;

/**
 * Gives Markdown tables the shape of the site's data tables (src/components/DataTable.astro):
 * a `.table-scroll` frame, and in each body cell but the first its column's name, so that on
 * a narrow screen (src/styles/tables.css) each row becomes a card whose cells say which column
 * they are. The first cell is the card's title.
 */
export default function rehypeTableCards() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      if (
        parent.type === 'element' &&
        (parent.properties.className as string[] | undefined)?.includes('table-scroll')
      )
        return;
      const thead = node.children.find((c) => isElement(c, 'thead')) as Element | undefined;
      const headerRow = thead?.children.find((c) => isElement(c, 'tr')) as Element | undefined;
      const headers = (headerRow?.children ?? [])
        .filter((c): c is Element => isElement(c, 'th'))
        .map((th) => toString(th).trim());
      // Column names are in every cell's label; the header row would only run into the first row.
      if (thead) thead.properties.dataPagefindIgnore = '';
      const tbody = node.children.find((c) => isElement(c, 'tbody')) as Element | undefined;
      for (const row of tbody?.children ?? []) {
        if (!isElement(row, 'tr')) continue;
        row.children
          .filter((c): c is Element => isElement(c, 'td') || isElement(c, 'th'))
          .forEach((cell, i) => {
            if (i > 0 && headers[i]) cell.children.unshift(cellLabel(headers[i]!));
          });
      }
      node.properties.className = ['data-table', 'md-table'];
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'] },
        children: [node],
      };
    });
  };
}

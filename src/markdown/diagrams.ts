import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { fold } from '../lib/filter';
import { localeOfFile } from '../config/i18n';
import type { UiStrings } from './strings';

/** A file name from a diagram's title: "Custom Model Import flow" → "custom-model-import-flow". */
const slug = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'diagram';

/** Reads the accessible title and description that every diagram must declare. */
export function diagramLabels(source: string): {
  title: string | undefined;
  description: string | undefined;
} {
  const title = /^\s*accTitle\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
  const description = /^\s*accDescr\s*:\s*(.+)$/m.exec(source)?.[1]?.trim();
  return { title, description };
}

/**
 * Turns each ```mermaid block into a figure: a focusable scroll region holding the diagram
 * (rendered to SVG later by rehype-mermaid) and a caption written from its accDescr, which is
 * the text search indexes. A diagram without accTitle or accDescr fails the build.
 */
export default function remarkDiagrams({ strings: ui }: { strings: UiStrings }) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'mermaid' || !parent || index === undefined) return;
      const { title, description } = diagramLabels(node.value);
      const missing = [!title && 'accTitle', !description && 'accDescr'].filter(Boolean);
      if (missing.length) {
        file.fail(
          `Mermaid diagram at line ${node.position?.start.line ?? '?'} has no ${missing.join(' or ')}: ` +
            'every diagram needs both, for its accessible title and its caption.',
          node,
        );
      }
      const locale = localeOfFile(file.path);
      const control = (action: string, text: string) => ({
        type: 'element' as const,
        tagName: 'button',
        properties: { type: 'button', dataDiagramAction: action },
        children: [{ type: 'text' as const, value: text }],
      });
      parent.children[index] = {
        type: 'paragraph',
        children: [],
        data: {
          hName: 'figure',
          hProperties: { className: ['diagram'], dataName: slug(title ?? 'diagram') },
          hChildren: [
            {
              // Full screen and download work with JavaScript only; without it they are hidden.
              type: 'element',
              tagName: 'div',
              properties: {
                className: ['diagram-tools'],
                dataPagefindIgnore: '',
                dataZoomIn: ui(locale, 'diagram.zoomIn'),
                dataZoomOut: ui(locale, 'diagram.zoomOut'),
                dataClose: ui(locale, 'diagram.close'),
              },
              children: [
                control('open', ui(locale, 'diagram.fullScreen')),
                control('download', ui(locale, 'diagram.download')),
              ],
            },
            {
              type: 'element',
              // A named <section> is a region landmark: the scrollable diagram can take focus.
              tagName: 'section',
              properties: {
                className: ['diagram-scroll'],
                tabIndex: 0,
                ariaLabel: `${ui(locale, 'diagram.label')}: ${title}`,
              },
              children: [
                {
                  type: 'element',
                  tagName: 'pre',
                  properties: { className: ['mermaid'] },
                  children: [{ type: 'text', value: node.value }],
                },
              ],
            },
            {
              type: 'element',
              tagName: 'figcaption',
              properties: {},
              children: [{ type: 'text', value: description! }],
            },
          ],
        },
      };
    });
  };
}

import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { localeOfFile, type Locale } from '../config/i18n';
import { decisionTreeMermaid } from './decision-tree-mermaid';
import type { DecisionTreeData } from '../schemas/decision-tree';
import type { UiStrings } from './strings';

/**
 * Diagrams generated from data: a code block ```diagram with the name of a generator
 * ("decision-tree") becomes one or more Mermaid blocks before the diagram pipeline renders
 * them, so the picture can never drift from the data.
 */
export default function remarkGeneratedDiagrams({
  decisionTree,
  strings,
}: {
  decisionTree: DecisionTreeData;
  strings: UiStrings;
}) {
  const generators: Record<string, (locale: Locale) => string[]> = {
    'decision-tree': (locale) => decisionTreeMermaid(decisionTree, locale, strings),
  };
  return (tree: Root, file: VFile) => {
    const locale = localeOfFile(file.path);
    visit(tree, 'code', (node: Code, index, parent) => {
      if (node.lang !== 'diagram' || !parent || index === undefined) return;
      const name = node.value.trim();
      const generate = generators[name];
      if (!generate)
        file.fail(`Unknown generated diagram "${name}" (known: ${Object.keys(generators).join(', ')})`, node);
      const blocks: Code[] = generate(locale).map((value) => ({
        type: 'code',
        lang: 'mermaid',
        value,
        position: node.position,
      }));
      parent.children.splice(index, 1, ...blocks);
      return index + blocks.length;
    });
  };
}

import { readFileSync } from 'node:fs';
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { decisionTreeMermaid } from '../decision-tree/mermaid';
import { checkDecisionTree } from '../decision-tree/validate';
import { loadDataFile } from '../data/load';
import { decisionTreeFile } from '../../schemas/decision-tree';

/**
 * Diagrams generated from data: a code block ```diagram with the name of a generator
 * ("decision-tree") becomes Mermaid source before the diagram pipeline renders it, so the
 * picture can never drift from the data.
 */
const generators: Record<string, (locale: 'en' | 'vi') => string> = {
  'decision-tree': (locale) => {
    const file = 'content/data/decision-tree.yaml';
    const tree = loadDataFile(file, readFileSync(file, 'utf8'), decisionTreeFile, checkDecisionTree);
    return decisionTreeMermaid(tree, locale);
  },
};

export default function remarkGeneratedDiagrams() {
  return (tree: Root, file: VFile) => {
    const locale = /[\\/]content[\\/]docs[\\/]vi[\\/]/.test(file.path) ? 'vi' : 'en';
    visit(tree, 'code', (node: Code) => {
      if (node.lang !== 'diagram') return;
      const name = node.value.trim();
      const generate = generators[name];
      if (!generate)
        file.fail(`Unknown generated diagram "${name}" (known: ${Object.keys(generators).join(', ')})`, node);
      node.lang = 'mermaid';
      node.value = generate(locale);
    });
  };
}

import type { Locale } from '../i18n';
import type { DecisionTreeData } from '../../schemas/decision-tree';
import { pick } from '../i18n';
import { ui } from '../ui';

/** Escapes text for a quoted Mermaid label. */
const label = (text: string) => text.replace(/"/g, '#quot;');

/** Shortens an answer to its first clause, so arrow labels stay legible. */
const short = (text: string, max = 38) => {
  const first = text.split(/[:(,]/)[0]!.trim();
  return first.length > max ? `${first.slice(0, max - 1).trimEnd()}…` : first;
};

/** Mermaid source for the whole tree, generated from the same data the island uses. */
export function decisionTreeMermaid(tree: DecisionTreeData, locale: Locale): string {
  const lines = [
    'flowchart TD',
    `  accTitle: ${ui(locale, 'tree.diagramTitle')}`,
    `  accDescr: ${ui(locale, 'tree.diagramDescription')}`,
  ];
  for (const node of tree.nodes) {
    lines.push(
      node.type === 'question'
        ? `  ${node.id}["${label(pick(node.question, locale))}"]`
        : `  ${node.id}("${label(pick(node.title, locale))}")`,
    );
  }
  for (const node of tree.nodes) {
    if (node.type !== 'question') continue;
    for (const a of node.answers)
      lines.push(`  ${node.id} -->|"${label(short(pick(a.label, locale)))}"| ${a.next}`);
  }
  const outcomes = tree.nodes.filter((n) => n.type === 'outcome').map((n) => n.id);
  lines.push(`  classDef outcome stroke-width:3px`, `  class ${outcomes.join(',')} outcome`);
  return lines.join('\n');
}

import type { DecisionTreeData } from '../../schemas/decision-tree';

/**
 * Where the tree's text names a feature that no longer takes new customers (the names come
 * from the comparison cells' `closedToNew`): "<node> <field>.<language>: <feature>" per hit.
 * A reader following the tree must never be sent to something they cannot sign up for.
 */
export function closedFeaturesNamed(tree: DecisionTreeData, closed: readonly string[]): string[] {
  const hits: string[] = [];
  const look = (node: string, field: string, text: Record<string, string>) => {
    for (const [locale, value] of Object.entries(text)) {
      for (const name of closed) {
        if (value.toLowerCase().includes(name.toLowerCase()))
          hits.push(`${node} ${field}.${locale}: ${name}`);
      }
    }
  };
  for (const node of tree.nodes) {
    if (node.type === 'question') {
      look(node.id, 'question', node.question);
      look(node.id, 'help', node.help);
      for (const a of node.answers) {
        look(node.id, `${a.id}.label`, a.label);
        look(node.id, `${a.id}.reason`, a.reason);
      }
    } else {
      look(node.id, 'title', node.title);
      look(node.id, 'summary', node.summary);
      for (const [i, step] of node.nextSteps.entries()) look(node.id, `nextSteps[${i}]`, step.label);
    }
  }
  return hits;
}

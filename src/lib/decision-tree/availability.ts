import type { DecisionTreeData } from '../../schemas/decision-tree';
import { eachTreeText } from './text';

/**
 * Where the tree's text names a feature that no longer takes new customers (the names come
 * from the comparison cells' `closedToNew`): "<node> <field>.<language>: <feature>" per hit.
 * A reader following the tree must never be sent to something they cannot sign up for.
 */
export function closedFeaturesNamed(tree: DecisionTreeData, closed: readonly string[]): string[] {
  const hits: string[] = [];
  eachTreeText(tree, (text, node, field) => {
    for (const [locale, value] of Object.entries(text)) {
      for (const name of closed) {
        if (value.toLowerCase().includes(name.toLowerCase()))
          hits.push(`${node} ${field}.${locale}: ${name}`);
      }
    }
  });
  return hits;
}

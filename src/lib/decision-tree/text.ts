import type { DecisionTreeData } from '../../schemas/decision-tree';

/** A text of the tree in every language: `{ en: "...", vi: "..." }`. */
export type TreeText = Record<string, string>;

/**
 * The tree with each of its texts passed through `fn`, which is told the node and the field
 * ("question", "help", "<answer>.label", "<answer>.reason", "title", "summary", "nextSteps[i]").
 * The one walk over the tree's words: filling placeholders, and the checks that read them.
 */
export function mapTreeText(
  tree: DecisionTreeData,
  fn: (text: TreeText, node: string, field: string) => TreeText,
): DecisionTreeData {
  return {
    ...tree,
    nodes: tree.nodes.map((node) =>
      node.type === 'question'
        ? {
            ...node,
            question: fn(node.question, node.id, 'question'),
            help: fn(node.help, node.id, 'help'),
            answers: node.answers.map((a) => ({
              ...a,
              label: fn(a.label, node.id, `${a.id}.label`),
              reason: fn(a.reason, node.id, `${a.id}.reason`),
            })),
          }
        : {
            ...node,
            title: fn(node.title, node.id, 'title'),
            summary: fn(node.summary, node.id, 'summary'),
            nextSteps: node.nextSteps.map((step, i) => ({
              ...step,
              label: fn(step.label, node.id, `nextSteps[${i}]`),
            })),
          },
    ),
  } as DecisionTreeData;
}

/** Calls `fn` on every text of the tree, in order. */
export function eachTreeText(
  tree: DecisionTreeData,
  fn: (text: TreeText, node: string, field: string) => void,
) {
  mapTreeText(tree, (text, node, field) => {
    fn(text, node, field);
    return text;
  });
}

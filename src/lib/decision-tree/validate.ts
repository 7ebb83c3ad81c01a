import type { DecisionTreeData } from '../../schemas/decision-tree';
import { duplicateIds } from '../data/load';
import { eachTreeText } from './text';

/**
 * Structural rules of the tree, each problem naming the node: one root that exists, every
 * `next` points to a node, answer ids unique per question, no cycles, every node reachable,
 * and every path ends at an outcome.
 */
export function checkDecisionTree(tree: DecisionTreeData): string[] {
  const problems = duplicateIds(tree.nodes, 'nodes');
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const where = (id: string) => `nodes[${tree.nodes.findIndex((n) => n.id === id)}] "${id}"`;

  const root = byId.get(tree.root);
  if (!root) return [...problems, `root: "${tree.root}" is not a node`];
  if (root.type !== 'question') problems.push(`root: "${tree.root}" must be a question`);

  // Placeholders ({{tunable}}) are filled from other data in help, reasons and summaries only:
  // questions, answer labels and titles are also drawn in the whole-tree diagram, as written.
  const placeholder = /\{\{\s*\w+\s*\}\}/;
  const drawn = /^(question|title|[a-z0-9-]+\.label)$/;
  eachTreeText(tree, (text, node, field) => {
    if (drawn.test(field) && Object.values(text).some((v) => placeholder.test(v)))
      problems.push(`${where(node)} → field "${field}": {{placeholders}} belong in help, reason or summary`);
  });

  for (const node of tree.nodes) {
    if (node.type !== 'question') continue;
    const seen = new Set<string>();
    for (const [i, a] of node.answers.entries()) {
      if (seen.has(a.id)) problems.push(`${where(node.id)} → answers[${i}]: duplicate answer id "${a.id}"`);
      seen.add(a.id);
      if (!byId.has(a.next)) {
        problems.push(`${where(node.id)} → answers[${i}] "${a.id}" → field "next": no node "${a.next}"`);
      }
      if (a.next === tree.root) {
        problems.push(`${where(node.id)} → answers[${i}] "${a.id}": points back to the root "${tree.root}"`);
      }
    }
  }
  if (problems.length) return problems;

  // Depth-first walk from the root: finds cycles (a node on the current path) and reachability.
  const reached = new Set<string>();
  const onPath: string[] = [];
  const walk = (id: string) => {
    if (onPath.includes(id)) {
      problems.push(`${where(id)}: cycle ${[...onPath.slice(onPath.indexOf(id)), id].join(' → ')}`);
      return;
    }
    if (reached.has(id)) return;
    reached.add(id);
    const node = byId.get(id)!;
    if (node.type === 'question') {
      onPath.push(id);
      for (const a of node.answers) walk(a.next);
      onPath.pop();
    }
  };
  walk(tree.root);
  for (const node of tree.nodes) {
    if (!reached.has(node.id)) problems.push(`${where(node.id)}: unreachable from the root "${tree.root}"`);
  }
  return problems;
}

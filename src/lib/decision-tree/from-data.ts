import type { DecisionTreeData } from '../../schemas/decision-tree';
import type { EngineTree } from './engine';

/** The part of the tree the engine needs: ids and where each answer leads. */
export function toEngineTree(data: DecisionTreeData): EngineTree {
  return {
    root: data.root,
    nodes: Object.fromEntries(
      data.nodes.map((node) => [
        node.id,
        node.type === 'question' ? { answers: node.answers.map(({ id, next }) => ({ id, next })) } : {},
      ]),
    ),
    ...(data.moved.length ? { moved: data.moved } : {}),
  };
}

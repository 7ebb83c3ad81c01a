// Every way through the decision tree, for the benchmark to click through.

/**
 * Every path from the root to an outcome, as the answers to click.
 * @param {{ root: string, nodes: Record<string, { answers?: { id: string, next: string }[] }> }} tree
 * @returns {{ node: string, answer: string, next: string }[][]}
 */
export function treePaths(tree) {
  const walk = (id) => {
    const answers = tree.nodes[id]?.answers;
    if (!answers) return [[]];
    return answers.flatMap((a) =>
      walk(a.next).map((rest) => [{ node: id, answer: a.id, next: a.next }, ...rest]),
    );
  };
  return walk(tree.root);
}

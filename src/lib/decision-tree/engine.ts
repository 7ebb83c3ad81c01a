/**
 * The decision-tree engine: pure functions over a small tree structure, no DOM. The island on
 * /decide/ and the unit tests both drive it.
 */
import { format } from '../format';

export interface EngineNode {
  /** Answers of a question; an outcome has none. */
  answers?: { id: string; next: string }[];
}
export interface EngineTree {
  root: string;
  nodes: Record<string, EngineNode>;
  /** Answers that moved: an old link's leading answers `from` now read `to`. */
  moved?: { from: string[]; to: string[] }[];
}

/** One step taken: the question and the answer chosen there. */
export interface Step {
  node: string;
  answer: string;
}
export interface State {
  steps: Step[];
  /** The question on screen, or the outcome reached. */
  current: string;
}

export type ParseResult =
  { ok: true; state: State; moved?: boolean } | { ok: false; state: State; error: string };

export const QUERY_KEY = 'answers';

export const start = (tree: EngineTree): State => ({ steps: [], current: tree.root });

export function isOutcome(tree: EngineTree, id: string): boolean {
  return !tree.nodes[id]?.answers;
}

/** Chooses an answer of the current question. An unknown answer is an error. */
export function answer(tree: EngineTree, state: State, answerId: string): State {
  const choice = tree.nodes[state.current]?.answers?.find((a) => a.id === answerId);
  if (!choice) throw new Error(`"${answerId}" is not an answer of "${state.current}"`);
  return { steps: [...state.steps, { node: state.current, answer: answerId }], current: choice.next };
}

/** One step back; at the first question, stays there. */
export function back(state: State): State {
  const last = state.steps.at(-1);
  return last ? { steps: state.steps.slice(0, -1), current: last.node } : state;
}

/** Goes back to the question of step `index` (0-based), forgetting the answers from there on. */
export function backTo(state: State, index: number): State {
  const step = state.steps[index];
  return step ? { steps: state.steps.slice(0, index), current: step.node } : state;
}

/**
 * The progress line for a state that is at a question: "Question {{n}} of at most {{m}}" with n
 * the question's number and m the most questions any run through the tree asks. m is the same
 * on every question, so the line never takes back what it said.
 */
export function progressText(template: string, tree: EngineTree, state: State): string {
  return format(template, { n: state.steps.length + 1, m: remainingQuestions(tree, tree.root) });
}

/** The most questions still to answer from a node (0 at an outcome). */
export function remainingQuestions(tree: EngineTree, id: string): number {
  const answers = tree.nodes[id]?.answers;
  if (!answers) return 0;
  return 1 + Math.max(...answers.map((a) => remainingQuestions(tree, a.next)));
}

/** The answers as a query value: "genai,ready,serverless". */
export function serialize(state: State): string {
  return state.steps.map((s) => s.answer).join(',');
}

/** "?answers=genai,ready" → the state it describes, or the first question and an error. */
export function parse(tree: EngineTree, search: string): ParseResult {
  const value = new URLSearchParams(search).get(QUERY_KEY);
  if (value === null || value === '') return { ok: true, state: start(tree) };
  let ids = value.split(',');
  // The longest moved prefix wins, so a specific move can override a general one.
  const move = (tree.moved ?? [])
    .filter((m) => m.from.length <= ids.length && m.from.every((id, i) => ids[i] === id))
    .sort((a, b) => b.from.length - a.from.length)[0];
  if (move) ids = [...move.to, ...ids.slice(move.from.length)];
  let state = start(tree);
  for (const id of ids) {
    if (isOutcome(tree, state.current)) {
      return { ok: false, state: start(tree), error: 'more answers than questions' };
    }
    try {
      state = answer(tree, state, id);
    } catch {
      return { ok: false, state: start(tree), error: `unknown answer "${id.slice(0, 40)}"` };
    }
  }
  return move ? { ok: true, state, moved: true } : { ok: true, state };
}

/** Walks a list of answer ids from the root; used by tests and the scenario checks. */
export function follow(tree: EngineTree, answers: string[]): State {
  return answers.reduce((state, id) => answer(tree, state, id), start(tree));
}

/** The fewest answers that reach a node from the root, or undefined when none does. */
export function shortestPath(tree: EngineTree, target: string): string[] | undefined {
  const queue: { id: string; answers: string[] }[] = [{ id: tree.root, answers: [] }];
  const seen = new Set<string>();
  while (queue.length) {
    const { id, answers } = queue.shift()!;
    if (id === target) return answers;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const a of tree.nodes[id]?.answers ?? []) queue.push({ id: a.next, answers: [...answers, a.id] });
  }
  return undefined;
}

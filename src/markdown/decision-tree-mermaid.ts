import type { Locale } from '../config/i18n';
import type { DecisionTreeData } from '../schemas/decision-tree';
import { format } from '../lib/format';
import { pick } from '../config/i18n';
import type { UiStrings } from './strings';

/** Escapes text for a quoted Mermaid label. */
const escape = (text: string) => text.replace(/"/g, '#quot;');

/**
 * Breaks a label into lines of about `width` characters at spaces, never inside a word (or a
 * Vietnamese syllable), so no label is cut and no box grows wide.
 */
export function wrapLabel(text: string, width = 20): string {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.map(escape).join('<br/>');
}

/** An answer's label up to its first colon or bracket: "No", "A generative AI feature". */
const answerLabel = (text: string) => text.split(/[:(]/)[0]!.trim();

/** A branch of the tree to draw: the answers that lead to it, then every node it reaches. */
interface Branch {
  path: { node: string; answer: string; next: string }[];
  nodes: Set<string>;
}

/** A branch that would be too wide for the column is drawn as one diagram per answer below it. */
const MAX_NODES = 6;

/**
 * Mermaid sources for the tree, generated from the same data the island uses, top to bottom:
 * one diagram per answer to the first question, and where that branch is large, one per answer
 * to its first question, and so on down. Split this way, each fits the column of text with its labels at full
 * size (12 px or more at 1280 px), and its arrows' labels do not run into each other.
 */
export function decisionTreeMermaid(tree: DecisionTreeData, locale: Locale, ui: UiStrings): string[] {
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const root = byId.get(tree.root);
  if (root?.type !== 'question') throw new Error('decision tree: the root must be a question');
  const reach = (id: string, into = new Set<string>()) => {
    if (into.has(id)) return into;
    into.add(id);
    const node = byId.get(id);
    if (node?.type === 'question') node.answers.forEach((a) => reach(a.next, into));
    return into;
  };
  // A branch too large for the column is split by the answers of its first question, and so on
  // down, until each part fits.
  const split = (path: Branch['path']): Branch[] => {
    const next = path.at(-1)!.next;
    const below = byId.get(next);
    const nodes = reach(next);
    if (nodes.size <= MAX_NODES || below?.type !== 'question') return [{ path, nodes }];
    return below.answers.flatMap((a) => split([...path, { node: below.id, answer: a.id, next: a.next }]));
  };
  const branches: Branch[] = root.answers.flatMap((first) =>
    split([{ node: root.id, answer: first.id, next: first.next }]),
  );
  /** An answer's arrow label: its first clause, or, where that would not tell it from another
   * answer of the same question ("Yes" and "Yes"), up to the end of the next clause. */
  const answerText = (nodeId: string, answerId: string) => {
    const node = byId.get(nodeId);
    if (node?.type !== 'question') throw new Error(`decision tree: "${nodeId}" is not a question`);
    const short = node.answers.map((a) => answerLabel(pick(a.label, locale)));
    const i = node.answers.findIndex((a) => a.id === answerId);
    const full = /^[^:(]*[:(]?[^,;(]*/
      .exec(pick(node.answers[i]!.label, locale))![0]
      .replace(/[:(]$/, '')
      .trim();
    return short.filter((text) => text === short[i]).length > 1 ? full : short[i]!;
  };
  return branches.map(({ path, nodes }, part) => {
    const answers = path.map((step) => answerText(step.node, step.answer)).join(' → ');
    const lines = [
      // Closer side by side than Mermaid's default, so a branch of three fits the column.
      '%%{init: {"flowchart": {"nodeSpacing": 16}}}%%',
      'flowchart TB',
      `  accTitle: ${format(ui(locale, 'tree.diagramPartTitle'), { part: part + 1, parts: branches.length, answer: answers })}`,
      `  accDescr: ${format(ui(locale, 'tree.diagramPartDescription'), { answer: answers })}`,
    ];
    const drawn = tree.nodes.filter((n) => nodes.has(n.id) || path.some((step) => step.node === n.id));
    for (const node of drawn) {
      lines.push(
        node.type === 'question'
          ? `  ${node.id}["${wrapLabel(pick(node.question, locale))}"]`
          : `  ${node.id}("${wrapLabel(pick(node.title, locale))}")`,
      );
    }
    for (const step of path)
      lines.push(`  ${step.node} -->|"${wrapLabel(answerText(step.node, step.answer), 16)}"| ${step.next}`);
    for (const node of drawn) {
      if (node.type !== 'question' || !nodes.has(node.id)) continue;
      // Answers that lead to the same place share one arrow ("Yes" twice is drawn once).
      const targets = [...new Set(node.answers.map((a) => a.next))];
      for (const next of targets) {
        const texts = [
          ...new Set(
            node.answers.filter((a) => a.next === next).map((a) => answerLabel(pick(a.label, locale))),
          ),
        ];
        const text = texts.length === 1 ? texts[0]! : texts.join(` ${ui(locale, 'tree.diagramOr')} `);
        lines.push(`  ${node.id} -->|"${wrapLabel(text, 16)}"| ${next}`);
      }
    }
    // Outcomes in the colour of the service they recommend (src/styles/diagrams.css).
    const outcomeClass = { bedrock: 'bedrock', sagemaker: 'sagemaker' } as Record<string, string>;
    const outcomes = drawn.flatMap((n) => (n.type === 'outcome' ? [n] : []));
    lines.push('  classDef outcome stroke-width:3px', '  classDef bedrock stroke-width:3px');
    lines.push('  classDef sagemaker stroke-width:3px', '  classDef both stroke-width:3px');
    if (outcomes.length) lines.push(`  class ${outcomes.map((n) => n.id).join(',')} outcome`);
    for (const service of ['bedrock', 'sagemaker', 'both']) {
      const ids = outcomes
        .filter((n) => (outcomeClass[n.recommendation] ?? 'both') === service)
        .map((n) => n.id);
      if (ids.length) lines.push(`  class ${ids.join(',')} ${service}`);
    }
    return lines.join('\n');
  });
}

import type { DecisionTreeData } from '../../schemas/decision-tree';
import { format } from '../format';

/** Text of the tree in every language: `{ en: "...", vi: "..." }`. */
type Localized = Record<string, string>;

/**
 * The tree with its `{{placeholders}}` filled per language, e.g. `{{tunable}}` with the models
 * Bedrock can tune, read from the model data, so the tree names what the data says. A
 * placeholder without a value is an error naming the node and the field.
 */
export function fillTree(
  tree: DecisionTreeData,
  values: Record<string, Record<string, string>>,
): DecisionTreeData {
  const fill = (text: Localized, where: string): Localized =>
    Object.fromEntries(
      Object.entries(text).map(([locale, value]) => {
        const filled = format(value, values[locale] ?? {});
        const left = /\{\{\s*(\w+)\s*\}\}/.exec(filled);
        if (left) throw new Error(`decision-tree.yaml ${where}.${locale}: no value for {{${left[1]}}}`);
        return [locale, filled];
      }),
    );
  return {
    ...tree,
    nodes: tree.nodes.map((node) =>
      node.type === 'question'
        ? {
            ...node,
            question: fill(node.question, `"${node.id}" question`),
            help: fill(node.help, `"${node.id}" help`),
            answers: node.answers.map((a) => ({
              ...a,
              label: fill(a.label, `"${node.id}" answer "${a.id}" label`),
              reason: fill(a.reason, `"${node.id}" answer "${a.id}" reason`),
            })),
          }
        : {
            ...node,
            title: fill(node.title, `"${node.id}" title`),
            summary: fill(node.summary, `"${node.id}" summary`),
          },
    ),
  } as DecisionTreeData;
}

/** What Bedrock can tune, from the model data: the models, and the providers none of whose models it tunes. */
export function tuningFacts(models: { name: string; provider: string; customization: string[] | null }[]) {
  const tunable = models.filter((m) => m.customization?.length).map((m) => m.name);
  const providers = [...new Set(models.map((m) => m.provider))];
  const untunable = providers.filter((p) =>
    models
      .filter((m) => m.provider === p)
      .every((m) => m.customization !== null && m.customization.length === 0),
  );
  return { tunable, untunable };
}

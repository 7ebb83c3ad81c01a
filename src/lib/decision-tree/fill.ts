import type { DecisionTreeData } from '../../schemas/decision-tree';
import { format } from '../format';
import { mapTreeText } from './text';

/**
 * The tree with its `{{placeholders}}` filled per language, e.g. `{{tunable}}` with the models
 * Bedrock can tune, read from the model data, so the tree names what the data says. A
 * placeholder without a value is an error naming the node and the field.
 */
export function fillTree(
  tree: DecisionTreeData,
  values: Record<string, Record<string, string>>,
): DecisionTreeData {
  return mapTreeText(tree, (text, node, field) =>
    Object.fromEntries(
      Object.entries(text).map(([locale, value]) => {
        const filled = format(value, values[locale] ?? {});
        const left = /\{\{\s*(\w+)\s*\}\}/.exec(filled);
        if (left)
          throw new Error(`decision-tree.yaml "${node}" ${field}.${locale}: no value for {{${left[1]}}}`);
        return [locale, filled];
      }),
    ),
  );
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

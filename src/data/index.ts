/**
 * The site's data for components: the content collections of src/content.config.ts, in the
 * order of their files. Validation (file, entry and field named on error) happens when the
 * collections load.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { recentChanges } from '../lib/changes';
import { siteDate } from '../config/site';
import { priceBook, type PriceBook } from '../lib/cost/catalog';
import { checkPriceItems } from '../lib/data/checks';
import { DataFileError } from '../lib/data/load';
import type { Change } from '../schemas/changes';
import type { DecisionTreeData } from '../schemas/decision-tree';
import { fillTree, tuningFacts } from '../lib/decision-tree/fill';
import { shortestPath } from '../lib/decision-tree/engine';
import { toEngineTree } from '../lib/decision-tree/from-data';
import type { Localized } from '../schemas/common';
import { localeConfig, locales } from '../config/locales';

type DataCollection =
  'dimensions' | 'comparison' | 'scenarios' | 'journey' | 'analogies' | 'glossary' | 'changes';

/** Every entry of a data collection, as data. */
export async function getDataEntries<C extends DataCollection>(
  name: C,
): Promise<CollectionEntry<C>['data'][]> {
  const entries = (await getCollection(name)).map((entry) => entry.data);
  return entries.sort((a, b) => a.order - b.order);
}

let recent: Promise<Map<string, Change>> | undefined;

/** The newest change of the last 90 days per affected row or section, computed once per build. */
export function getRecentChanges(): Promise<Map<string, Change>> {
  recent ??= getDataEntries('changes').then((changes) => recentChanges(changes, siteDate()));
  return recent;
}

let tree: Promise<DecisionTreeData> | undefined;

/**
 * The decision tree (content/data/decision-tree.yaml), its text filled in once per build from
 * the model data: {{tunable}} lists the models Bedrock can tune, {{untunable}} the providers
 * none of whose models it tunes, each as a list in the reader's language.
 */
export function getDecisionTree(): Promise<DecisionTreeData> {
  tree ??= (async () => {
    const entry = await getEntry('decisionTree', 'tree');
    if (!entry) throw new Error('content/data/decision-tree.yaml was not loaded');
    const models = (await getCollection('models')).map((m) => m.data).sort((a, b) => a.order - b.order);
    const rows = new Set((await getDataEntries('comparison')).map((r) => r.id));
    const unknown = entry.data.nodes.flatMap((node, i) =>
      node.type === 'outcome'
        ? node.rows
            .filter((id) => !rows.has(id))
            .map((id) => `nodes[${i}] "${node.id}" → field "rows": no comparison row "${id}"`)
        : [],
    );
    if (unknown.length) throw new DataFileError('content/data/decision-tree.yaml', unknown);
    const facts = tuningFacts(models);
    const values = Object.fromEntries(
      locales.map((locale) => {
        const list = new Intl.ListFormat(localeConfig[locale].lang, { type: 'conjunction' });
        return [locale, { tunable: list.format(facts.tunable), untunable: list.format(facts.untunable) }];
      }),
    );
    return fillTree(entry.data, values);
  })();
  return tree;
}

let outcomesByRow: Promise<Map<string, { title: Localized; answers: string }[]>> | undefined;

/**
 * For each comparison row, the decision-tree outcomes that rest on it, with the fewest answers
 * that reach each (for a link that opens at the result): worked out once per build, not once
 * per row page.
 */
export function getOutcomesByRow(): Promise<Map<string, { title: Localized; answers: string }[]>> {
  outcomesByRow ??= getDecisionTree().then((tree) => {
    const engine = toEngineTree(tree);
    const byRow = new Map<string, { title: Localized; answers: string }[]>();
    for (const node of tree.nodes) {
      if (node.type !== 'outcome') continue;
      const answers = shortestPath(engine, node.id);
      if (!answers) continue;
      for (const row of node.rows)
        byRow.set(row, [...(byRow.get(row) ?? []), { title: node.title, answers: answers.join(',') }]);
    }
    return byRow;
  });
  return outcomesByRow;
}

let priceData: ReturnType<typeof loadPriceData> | undefined;
let book: Promise<PriceBook> | undefined;

/**
 * The price data: prices.yaml with the models (current and retired) and instances in their
 * files' order, read and checked once per build. A figure that names an unknown model or
 * instance fails the build, naming the entry.
 */
export function getPriceData() {
  priceData ??= loadPriceData();
  return priceData;
}

/** The calculator's price book (src/lib/cost/catalog.ts), built once per build. */
export function getPriceBook(): Promise<PriceBook> {
  book ??= getPriceData().then((d) => priceBook(d.prices, d.models, d.instances));
  return book;
}

async function loadPriceData() {
  const [prices, models, instances, retired] = await Promise.all([
    getEntry('prices', 'prices'),
    getCollection('models'),
    getCollection('instances'),
    getCollection('retiredModels'),
  ]);
  if (!prices) throw new Error('content/data/prices.yaml was not loaded');
  const sorted = <T extends { order: number }>(list: { data: T }[]) =>
    list.map((e) => e.data).sort((a, b) => a.order - b.order);
  const data = {
    prices: prices.data,
    models: sorted(models),
    instances: sorted(instances),
    retired: sorted(retired),
  };
  const problems = checkPriceItems(data.prices, data.models, data.instances);
  if (problems.length) throw new DataFileError('content/data/prices.yaml', problems);
  return data;
}

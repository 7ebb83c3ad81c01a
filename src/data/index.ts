/**
 * The site's data for components: the content collections of src/content.config.ts, in the
 * order of their files. Validation (file, entry and field named on error) happens when the
 * collections load.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

type DataCollection =
  'dimensions' | 'comparison' | 'scenarios' | 'journey' | 'analogies' | 'glossary' | 'changes';

/** Every entry of a data collection, as data. */
export async function getDataEntries<C extends DataCollection>(
  name: C,
): Promise<CollectionEntry<C>['data'][]> {
  const entries = (await getCollection(name)).map((entry) => entry.data);
  return entries.sort((a, b) => a.order - b.order);
}

/** The decision tree (content/data/decision-tree.yaml). */
export async function getDecisionTree() {
  const entry = await getEntry('decisionTree', 'tree');
  if (!entry) throw new Error('content/data/decision-tree.yaml was not loaded');
  return entry.data;
}

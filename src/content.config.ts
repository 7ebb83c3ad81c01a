import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { dataLoader, order } from './data/collection-loader';
import { change } from './schemas/changes';
import { comparisonRow, dimension } from './schemas/comparison';
import { decisionTreeFile } from './schemas/decision-tree';
import { pageSchema } from './schemas/page';
import { instanceEntry, modelEntry, pricesFile, retiredModel } from './schemas/prices';
import { analogy, glossaryTerm, scenario, stage } from './schemas/tables';
import { uiStringsSchema } from './schemas/ui';

/**
 * The pages, the UI strings, and one collection per list of data (content/data/*.yaml, files
 * listed in src/data/files.ts). Components read data with getCollection() or the helpers
 * in src/data/index.ts, which return list entries in the order of their file.
 */
export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: './content/docs' }),
    schema: docsSchema({ extend: pageSchema }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStringsSchema }) }),
  dimensions: defineCollection({
    loader: dataLoader('comparison', (d) => d.dimensions),
    schema: dimension.extend(order),
  }),
  comparison: defineCollection({
    loader: dataLoader('comparison', (d) => d.rows),
    schema: comparisonRow.extend(order),
  }),
  scenarios: defineCollection({
    loader: dataLoader('scenarios', (d) => d.scenarios),
    schema: scenario.extend(order),
  }),
  journey: defineCollection({ loader: dataLoader('journey', (d) => d.stages), schema: stage.extend(order) }),
  analogies: defineCollection({
    loader: dataLoader('analogies', (d) => d.analogies),
    schema: analogy.extend(order),
  }),
  glossary: defineCollection({
    loader: dataLoader('glossary', (d) => d.terms),
    schema: glossaryTerm.extend(order),
  }),
  changes: defineCollection({
    loader: dataLoader('changes', (d) => d.changes),
    schema: change.extend(order),
  }),
  decisionTree: defineCollection({
    loader: dataLoader('decisionTree', (tree) => ({ tree })),
    schema: decisionTreeFile,
  }),
  prices: defineCollection({
    loader: dataLoader('prices', (prices) => ({ prices })),
    schema: pricesFile,
  }),
  models: defineCollection({
    loader: dataLoader('models', (d) => d.models),
    schema: modelEntry.extend(order),
  }),
  retiredModels: defineCollection({
    loader: dataLoader('models', (d) => d.retired),
    schema: retiredModel.extend(order),
  }),
  instances: defineCollection({
    loader: dataLoader('instances', (d) => d.instances),
    schema: instanceEntry.extend(order),
  }),
};

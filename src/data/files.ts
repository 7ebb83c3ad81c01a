import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { changesFile } from '../schemas/changes';
import { comparisonFile } from '../schemas/comparison';
import { decisionTreeFile } from '../schemas/decision-tree';
import { instancesFile, modelsFile, pricesFile } from '../schemas/prices';
import { analogyFile, glossaryFile, journeyFile, scenarioFile } from '../schemas/tables';
import { checkDecisionTree } from '../lib/decision-tree/validate';
import {
  checkAnalogies,
  checkChanges,
  checkComparison,
  checkGlossary,
  checkJourney,
  checkInstances,
  checkModels,
  checkPrices,
  checkScenarios,
} from '../lib/data/checks';
import { loadDataFile } from '../lib/data/load';

/** A data file: where it lives, and how its text becomes validated data. */
function dataFile<S extends z.ZodType>(file: string, schema: S, check: (data: z.output<S>) => string[]) {
  return { file, schema, parse: (text: string) => loadDataFile(file, text, schema, check) };
}

/**
 * Every data file of the site, each path written once: its schema and its cross-entry checks.
 * The content collections (src/content.config.ts) load them through `parse`; code that runs
 * before the collections exist (config, Markdown plugins, tests) uses `readData`, which runs
 * the same `parse`.
 */
export const dataFiles = {
  comparison: dataFile('content/data/comparison.yaml', comparisonFile, checkComparison),
  scenarios: dataFile('content/data/scenarios.yaml', scenarioFile, checkScenarios),
  journey: dataFile('content/data/journey.yaml', journeyFile, checkJourney),
  analogies: dataFile('content/data/analogies.yaml', analogyFile, checkAnalogies),
  glossary: dataFile('content/data/glossary.yaml', glossaryFile, checkGlossary),
  decisionTree: dataFile('content/data/decision-tree.yaml', decisionTreeFile, checkDecisionTree),
  changes: dataFile('content/data/changes.yaml', changesFile, checkChanges),
  prices: dataFile('content/data/prices.yaml', pricesFile, checkPrices),
  models: dataFile('content/data/models.yaml', modelsFile, checkModels),
  instances: dataFile('content/data/instances.yaml', instancesFile, checkInstances),
};

type DataFiles = typeof dataFiles;
export type DataName = keyof DataFiles;
export type DataOf<N extends DataName> = ReturnType<DataFiles[N]['parse']>;

/** The same parsers, typed by name so `parsers[name]` keeps its file's type. */
const parsers: { [N in DataName]: { parse: (text: string) => DataOf<N> } } = dataFiles;

/** Validates the text of a data file with its schema and checks; throws naming file, entry and field. */
export function parseData<N extends DataName>(name: N, text: string): DataOf<N> {
  return parsers[name].parse(text);
}

const fromDisk = new Map<DataName, unknown>();

/** Reads and validates a data file from disk once per process. */
export function readData<N extends DataName>(name: N): DataOf<N> {
  if (!fromDisk.has(name)) fromDisk.set(name, parseData(name, readFileSync(dataFiles[name].file, 'utf8')));
  return fromDisk.get(name) as DataOf<N>;
}
